package org.dangjian.validation.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.points.PointsPolicy;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.testkit.Mutation;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.ImmutableProfile;
import org.dangjian.validation.Profile;
import org.dangjian.validation.ValidationSettings;
import org.dangjian.validation.report.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * The defects compose: applied one after another to the same dataset, in the order of the enum,
 * none throws, and after each step the report has the new defect's rule at its record. The
 * validator runs with every rule a defect needs enabled (ORG-012, ORG-013) and the sample points
 * policy, so that each defect is reported.
 */
class DefectSequenceTest {

  private static final DangjianValidator VALIDATOR =
      DangjianValidator.of(
          ValidationSettings.builder()
              .profile(ImmutableProfile.copyOf(Profile.national()).withDisabled(Set.of()))
              .pointsPolicy(PointsPolicy.sample())
              .build());

  @Test
  void everyDefectAppliesAfterAllTheOthersAndIsStillReported() {
    GeneratorSettings settings = GeneratorSettings.proportional(17, 3000).build();
    LocalDate asOf = settings.asOf();
    Dataset dataset = DatasetGenerator.generate(settings);
    List<String> missing = new ArrayList<>();
    int applied = 0;
    for (Defect defect : Defect.values()) {
      if (!defect.representableInDataset()) {
        continue;
      }
      Mutation m = defect.applyTo(dataset, asOf);
      dataset = m.dataset();
      applied++;
      ValidationReport report = VALIDATOR.validate(dataset, asOf);
      boolean found =
          report.issues().stream()
              .anyMatch(
                  i ->
                      i.code().equals(defect.ruleId())
                          && i.location().recordId().orElse("").equals(m.recordId()));
      if (!found) {
        missing.add(defect + " (" + defect.ruleId() + "@" + m.recordId() + ")");
      }
    }
    assertThat(applied).isEqualTo(Defect.values().length - 1);
    assertThat(missing).isEmpty();
  }
}
