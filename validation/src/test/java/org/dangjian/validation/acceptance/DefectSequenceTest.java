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
 * none throws, and after each step the report has the new defect's rule at its record, except the
 * rules on the size of a whole subtree (ORG-012 to ORG-015), which the validator does not judge
 * once an earlier defect broke the tree (a missing parent, a cycle); those four are shown on an
 * intact tree, one after the other, by the second test. The validator runs with every rule a defect
 * needs enabled (ORG-012, ORG-013) and the sample points policy, so that each defect is reported.
 */
class DefectSequenceTest {

  private static final DangjianValidator VALIDATOR =
      DangjianValidator.of(
          ValidationSettings.builder()
              .profile(ImmutableProfile.copyOf(Profile.national()).withDisabled(Set.of()))
              .pointsPolicy(PointsPolicy.sample())
              .build());

  /** The rules on the members of a whole subtree, which a broken tree suspends. */
  private static final Set<String> SUBTREE_SIZES =
      Set.of("ORG-012", "ORG-013", "ORG-014", "ORG-015");

  @Test
  void everyDefectAppliesAfterAllTheOthersAndIsStillReported() {
    GeneratorSettings settings = GeneratorSettings.proportional(17, 3000).build();
    LocalDate asOf = settings.asOf();
    Dataset dataset = DatasetGenerator.generate(settings);
    List<String> missing = new ArrayList<>();
    List<Defect> treeSkipped = new ArrayList<>();
    int applied = 0;
    for (Defect defect : Defect.values()) {
      if (!defect.representableInDataset()) {
        continue;
      }
      Mutation m = defect.applyTo(dataset, asOf);
      dataset = m.dataset();
      applied++;
      ValidationReport report = VALIDATOR.validate(dataset, asOf);
      if (SUBTREE_SIZES.contains(defect.ruleId()) && brokenTree(report)) {
        // not judged while a parent is missing or in a cycle: the subtree counts would be wrong
        treeSkipped.add(defect);
        continue;
      }
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
    assertThat(treeSkipped)
        .containsExactly(
            Defect.SMALL_GENERAL_BRANCH,
            Defect.STATE_OWNED_GENERAL_BRANCH_OF_100,
            Defect.STATE_OWNED_BRANCH_OF_50,
            Defect.SMALL_VILLAGE_COMMITTEE);
  }

  /**
   * The four defects of subtree sizes that the sequence above skips compose too: applied one after
   * another to an intact tree, each gives its rule at its record.
   */
  @Test
  void theSubtreeSizeDefectsSkippedAboveAreReportedOnAnIntactTree() {
    GeneratorSettings settings = GeneratorSettings.proportional(17, 3000).build();
    Dataset dataset = DatasetGenerator.generate(settings);
    for (Defect defect :
        List.of(
            Defect.SMALL_GENERAL_BRANCH,
            Defect.STATE_OWNED_GENERAL_BRANCH_OF_100,
            Defect.STATE_OWNED_BRANCH_OF_50,
            Defect.SMALL_VILLAGE_COMMITTEE)) {
      Mutation m = defect.applyTo(dataset, settings.asOf());
      dataset = m.dataset();
      assertThat(VALIDATOR.validate(dataset, settings.asOf()).issues())
          .as(defect.name())
          .anyMatch(
              i ->
                  i.code().equals(defect.ruleId())
                      && i.location().recordId().orElse("").equals(m.recordId()));
    }
  }

  private static boolean brokenTree(ValidationReport report) {
    return report.issues().stream()
        .anyMatch(i -> i.code().equals("REF-PARENT") || i.code().equals("REF-CYCLE"));
  }
}
