package org.dangjian.validation.rules.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.testkit.Mutation;
import org.dangjian.validation.report.Issue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Generated valid data satisfies every field constraint; of the testkit's defects only the FIELD-
 * ones break one, each exactly its own (a defect the sample has no record for is skipped).
 */
class GeneratedDataTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void generatedDatasetsRaiseNoFieldIssue(long seed) {
    Dataset dataset =
        DatasetGenerator.generate(GeneratorSettings.builder().seed(seed).members(5_000).build());

    List<Issue> issues = FieldHarness.issues(dataset);

    assertThat(FieldHarness.codesAtFields(issues)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = Defect.class, mode = EnumSource.Mode.EXCLUDE, names = "WRONG_ID_CHECKSUM")
  void onlyTheFieldDefectsBreakAFieldConstraint(Defect defect) {
    Mutation mutation;
    try {
      mutation = defect.applyTo(FieldHarness.sample(), FieldHarness.AS_OF);
    } catch (IllegalStateException noSuitableRecord) {
      assumeTrue(false, noSuitableRecord.getMessage());
      return;
    }

    List<Issue> issues = FieldHarness.issues(mutation.dataset());

    if (defect.ruleId().startsWith("FIELD-")) {
      assertThat(issues)
          .extracting(i -> i.code() + "@" + i.location().recordId().orElse("-"))
          .containsExactly(defect.ruleId() + "@" + mutation.recordId());
    } else {
      assertThat(FieldHarness.codesAtFields(issues)).isEmpty();
    }
  }
}
