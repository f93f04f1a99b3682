package org.dangjian.validation.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.record.RecordKind;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.report.ValidationReport;
import org.dangjian.validation.rule.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The acceptance test of issue 3 for valid data: generated datasets of 100,000 members, seeds 1 to
 * 5, give no ERROR and no WARNING (INFO remarks are allowed and listed on failure).
 */
class GeneratedDatasetsTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void hundredThousandGeneratedMembersAreValid(long seed) {
    GeneratorSettings settings = GeneratorSettings.proportional(seed, 100_000).build();
    Dataset dataset = DatasetGenerator.generate(settings);
    ValidationReport report = DangjianValidator.defaults().validate(dataset, settings.asOf());
    assertThat(report.recordCounts())
        .containsEntry(RecordKind.MEMBER, (long) dataset.members().size());
    assertThat(report.count(Severity.ERROR)).as(report.tallies().toString()).isZero();
    assertThat(report.count(Severity.WARNING)).as(report.tallies().toString()).isZero();
    assertThat(report.isSuccessful()).isTrue();
  }
}
