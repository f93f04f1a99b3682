package org.dangjian.validation.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.validation.rules.structure.Fixtures.AS_OF;
import static org.dangjian.validation.rules.structure.Fixtures.CODES;
import static org.dangjian.validation.rules.structure.Fixtures.found;
import static org.dangjian.validation.rules.structure.Fixtures.shape;
import static org.dangjian.validation.rules.structure.Fixtures.validate;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Organization;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.Mutation;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.Profile;
import org.dangjian.validation.ValidationRun;
import org.dangjian.validation.acceptance.DefectSettings;
import org.dangjian.validation.report.ValidationReport;
import org.dangjian.validation.rule.Rule;
import org.dangjian.validation.rule.RuleCatalogue;
import org.dangjian.validation.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The structural groups on generated data: valid datasets raise nothing, each testkit defect raises
 * exactly its own code at its record (or nothing, when the code belongs to another group), and the
 * order in which records stream in does not change the report.
 */
class GeneratedDataTest {

  private static final Dataset VALID = DatasetGenerator.generate(shape(7, 5_000));

  @Test
  void everyStructuralCodeIsInTheCatalogueWithACitationAndWeakRulesAtMostWarnings() {
    RuleCatalogue catalogue = DangjianValidator.defaults().catalogue();
    for (String code : CODES) {
      Rule rule = catalogue.require(code);
      assertThat(rule.citation().document()).as(code).isNotBlank();
      assertThat(rule.message().zh()).as(code).isNotBlank();
      assertThat(rule.message().en()).as(code).isNotBlank();
      if (rule.confidence().isWeak()) {
        assertThat(rule.severity()).as(code).isNotEqualTo(Severity.ERROR);
      }
    }
    assertThat(Profile.national().disabled()).contains("ORG-012", "ORG-013");
    assertThat(Profile.stateOwnedEnterprise().disabled()).contains("ORG-014");
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void validDatasetsRaiseNothing(long seed) {
    Dataset d = DatasetGenerator.generate(shape(seed, 5_000));
    assertThat(found(validate(d))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = Defect.class, names = "WRONG_ID_CHECKSUM", mode = EnumSource.Mode.EXCLUDE)
  void eachDefectRaisesExactlyItsOwnCodeAtItsRecord(Defect defect) {
    Mutation m;
    try {
      m = defect.applyTo(VALID, AS_OF);
    } catch (IllegalStateException noSuitableRecord) {
      assumeTrue(false, noSuitableRecord.getMessage());
      return;
    }
    List<String> expected =
        CODES.contains(defect.ruleId()) ? List.of(defect.ruleId() + "@" + m.recordId()) : List.of();
    assertThat(found(validate(m.dataset(), DefectSettings.of(defect))))
        .as(m.description())
        .isEqualTo(expected);
  }

  @Test
  void defectsAlsoHoldOnASmallGroupWithoutProbationaryMembers() {
    Dataset small =
        DatasetGenerator.generate(
            org.dangjian.testkit.GeneratorSettings.builder()
                .seed(3)
                .committees(2)
                .branches(12)
                .members(420)
                .probationary(0)
                .build());
    assertThat(found(validate(small))).isEmpty();
    for (Defect defect :
        List.of(
            Defect.MEMBER_ATTACHED_TO_COMMITTEE,
            Defect.BRANCH_WITH_TWO_FULL_MEMBERS,
            Defect.DANGLING_PARENT)) {
      Mutation m = defect.applyTo(small, AS_OF);
      assertThat(found(validate(m.dataset())))
          .as(defect.name())
          .containsExactly(defect.ruleId() + "@" + m.recordId());
    }
  }

  @Test
  void theStreamOrderDoesNotChangeTheReport() {
    Dataset d = VALID;
    for (Defect defect :
        List.of(
            Defect.MEMBER_ATTACHED_TO_COMMITTEE,
            Defect.BRANCH_WITH_TWO_FULL_MEMBERS,
            Defect.DANGLING_PARENT)) {
      d = defect.applyTo(d, AS_OF).dataset();
    }
    ValidationReport canonical = validate(d);
    assertThat(found(canonical)).hasSize(3);
    ValidationRun run = DangjianValidator.defaults().newRun("dataset", AS_OF);
    for (Activity a : d.activities()) {
      run.activity(a, null);
    }
    for (Member m : d.members()) {
      run.member(m, null);
    }
    for (Organization o : d.organizations()) {
      run.organization(o, null);
    }
    assertThat(found(run.finish())).isEqualTo(found(canonical));
  }
}
