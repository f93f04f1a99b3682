package org.dangjian.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.testkit.Mutation;
import org.dangjian.validation.report.ReportFormat;
import org.dangjian.validation.report.ValidationReport;
import org.junit.jupiter.api.Test;

class EngineSmokeTest {

  @Test
  void duplicateIdIsReportedAtTheSecondHolder() {
    LocalDate asOf = GeneratorSettings.DEFAULT_AS_OF;
    Dataset valid =
        DatasetGenerator.generate(
            GeneratorSettings.builder().seed(3).branches(8).members(300).build());
    Mutation m = Defect.DUPLICATE_ID_NUMBER.applyTo(valid, asOf);
    ValidationReport report = DangjianValidator.defaults().validate(m.dataset(), asOf);
    System.out.println(report.render(ReportFormat.TEXT, Locale.CHINA));
    System.out.println(report.render(ReportFormat.JSON, Locale.ENGLISH));
    assertThat(report.issues())
        .extracting(i -> i.code() + "@" + i.location().recordId().orElse(""))
        .containsExactly("ID-DUPLICATE@" + m.recordId());
  }
}
