package org.dangjian.validation.rules.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.validation.rules.development.DevelopmentFixture.CODES;
import static org.dangjian.validation.rules.development.DevelopmentFixture.VALIDATOR;
import static org.dangjian.validation.rules.development.DevelopmentFixture.keys;
import static org.dangjian.validation.rules.development.DevelopmentFixture.mine;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.testkit.Mutation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Generated valid data raises nothing; each testkit defect raises exactly its own code. */
class GeneratedDataTest {

  static final LocalDate AS_OF = GeneratorSettings.DEFAULT_AS_OF;

  static final Dataset VALID =
      DatasetGenerator.generate(
          GeneratorSettings.builder()
              .seed(62)
              .committees(4)
              .generalBranches(3)
              .branches(40)
              .members(1200)
              .probationary(80)
              .applicants(30)
              .activists(30)
              .developmentTargets(30)
              .build());

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void generatedDatasetsRaiseNothing(long seed) {
    Dataset d =
        DatasetGenerator.generate(
            GeneratorSettings.builder()
                .seed(seed)
                .committees(3)
                .branches(120)
                .members(5000)
                .probationary(300)
                .applicants(60)
                .activists(60)
                .developmentTargets(60)
                .activities(false)
                .build());
    assertThat(keys(mine(VALIDATOR.validate(d, AS_OF)))).isEmpty();
  }

  @Test
  void theDefaultShapeRaisesNothing() {
    Dataset d =
        DatasetGenerator.generate(GeneratorSettings.builder().seed(4).members(5000).build());
    assertThat(keys(mine(VALIDATOR.validate(d, AS_OF)))).isEmpty();
    assertThat(keys(mine(VALIDATOR.validate(VALID, AS_OF)))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = Defect.class, names = "WRONG_ID_CHECKSUM", mode = EnumSource.Mode.EXCLUDE)
  void eachDefectRaisesOnlyItsOwnCodeAtItsRecord(Defect defect) {
    Mutation m = defect.applyTo(VALID, AS_OF);
    List<String> found = keys(mine(VALIDATOR.validate(m.dataset(), AS_OF)));
    if (CODES.contains(defect.ruleId())) {
      assertThat(found).containsExactly(defect.ruleId() + "@" + m.recordId());
    } else {
      assertThat(found).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(value = Defect.class, names = "WRONG_ID_CHECKSUM", mode = EnumSource.Mode.EXCLUDE)
  void defectsInASmallDatasetToo(Defect defect) {
    Dataset small =
        DatasetGenerator.generate(
            GeneratorSettings.builder().seed(11).committees(2).branches(6).members(90).build());
    Mutation m;
    try {
      m = defect.applyTo(small, AS_OF);
    } catch (IllegalStateException noSuitableRecord) {
      assumeTrue(false, noSuitableRecord.getMessage());
      return;
    }
    List<String> found = keys(mine(VALIDATOR.validate(m.dataset(), AS_OF)));
    assertThat(keys(mine(VALIDATOR.validate(small, AS_OF)))).isEmpty();
    if (CODES.contains(defect.ruleId())) {
      assertThat(found).containsExactly(defect.ruleId() + "@" + m.recordId());
    } else {
      assertThat(found).isEmpty();
    }
  }

  @Test
  void theGroupOwnsTwentyTwoDefects() {
    assertThat(Defect.values())
        .filteredOn(d -> CODES.contains(d.ruleId()))
        .containsExactlyInAnyOrder(
            Defect.APPLICANT_UNDER_18,
            Defect.ACTIVIST_PROMOTED_EARLY,
            Defect.PROBATION_OVER_TWO_YEARS,
            Defect.APPLICATION_TALK_LATE,
            Defect.ONE_INTRODUCER,
            Defect.TRAINING_TOO_SHORT,
            Defect.APPROVAL_AFTER_SIX_MONTHS,
            Defect.APPROVAL_AFTER_FOUR_MONTHS,
            Defect.POLITICAL_REVIEW_FAILED,
            Defect.ACTIVIST_FILING_MISSING,
            Defect.NO_MENTOR,
            Defect.CONVERSION_APPLIED_AFTER_MEETING,
            Defect.CONVERSION_APPROVAL_LATE,
            Defect.ASSESSMENT_MISSING,
            Defect.ADMISSION_APPROVED_BY_BRANCH,
            Defect.EXTENSION_TOO_SHORT,
            Defect.STEP_OF_LATER_STAGE_FIRST,
            Defect.STEPS_SWAPPED,
            Defect.STEP_IN_FUTURE,
            Defect.CONVERTED_RECORDED_AS_PROBATIONARY,
            Defect.STAGE_AHEAD_OF_STEPS,
            Defect.CONVERSION_MEETING_BEFORE_PROBATION_ENDS);
  }
}
