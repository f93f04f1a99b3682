package org.dangjian.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.testkit.Mutators;
import org.dangjian.validation.ValidationSettings;
import org.dangjian.validation.internal.rules.RuleGroups;
import org.dangjian.validation.report.ReportFormat;
import org.dangjian.validation.report.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A run whose record locations all go to the temporary file reports exactly what a run that keeps
 * them in memory reports (JSON and text), over every testkit defect a dataset can hold: the issues
 * that dataset checks report at records seen long before (duplicates, references, thresholds) are
 * located from the spilled blocks, and the finishing passes over every id read them back.
 */
class SpilledLocationsReportTest {

  private static final LocalDate AS_OF = GeneratorSettings.DEFAULT_AS_OF;

  private static final Dataset SAMPLE =
      DatasetGenerator.generate(GeneratorSettings.proportional(16, 1_200).build());

  static Stream<Defect> defects() {
    return Arrays.stream(Defect.values()).filter(Defect::representableInDataset);
  }

  @ParameterizedTest
  @MethodSource("defects")
  void everyDefect(Defect defect) {
    Dataset mutated = Mutators.apply(defect, SAMPLE, AS_OF).dataset();

    String inMemory = render(validate(mutated, Long.MAX_VALUE));
    assertThat(render(validate(mutated, 0))).isEqualTo(inMemory);
  }

  @Test
  void severalDefectsAtOnce() {
    Dataset mutated = Mutators.apply(Defect.DUPLICATE_ID_NUMBER, SAMPLE, AS_OF).dataset();
    mutated = Mutators.apply(Defect.WRONG_DUES_AMOUNT, mutated, AS_OF).dataset();
    ValidationReport inMemory = validate(mutated, Long.MAX_VALUE);

    assertThat(inMemory.issues()).isNotEmpty();
    assertThat(render(validate(mutated, 0))).isEqualTo(render(inMemory));
  }

  private static ValidationReport validate(Dataset dataset, long budget) {
    Run run = new Run(RuleGroups.all(), "dataset", AS_OF, ValidationSettings.defaults());
    run.context().spillLocationsPast(budget);
    dataset.accept(run);
    ValidationReport report = run.finish();
    assertThat(run.context().locations().spilledBytes() > 0).isEqualTo(budget == 0);
    return report;
  }

  private static String render(ValidationReport report) {
    return report.render(ReportFormat.JSON, Locale.ROOT)
        + "\n"
        + report.render(ReportFormat.TEXT, Locale.ENGLISH);
  }
}
