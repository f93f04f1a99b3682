package org.dangjian.testkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dangjian.testkit.validation.ReportAssertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.testkit.Mutation;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.Profile;
import org.dangjian.validation.ValidationSettings;
import org.dangjian.validation.report.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The defects whose rule the default settings do not report (a rule the national profile disables,
 * a points policy) are reported under {@link DefectSettings}, and only there; a defect of the whole
 * dataset, whose issue names no record, is asserted with an empty record id.
 */
class DefectSettingsTest {

  private static final LocalDate AS_OF = GeneratorSettings.DEFAULT_AS_OF;
  private static final Dataset VALID =
      DatasetGenerator.generate(GeneratorSettings.proportional(11, 1500).build());

  @ParameterizedTest
  @EnumSource(
      value = Defect.class,
      names = {
        "STATE_OWNED_GENERAL_BRANCH_OF_100",
        "STATE_OWNED_BRANCH_OF_50",
        "POINTS_OVER_MONTHLY_CAP"
      })
  void aDefectThatNeedsOtherSettingsIsReportedUnderThemOnly(Defect defect) {
    Mutation m = defect.applyTo(VALID, AS_OF);

    ValidationReport under = DefectSettings.validator(defect).validate(m.dataset(), AS_OF);
    ValidationReport byDefault = DangjianValidator.defaults().validate(m.dataset(), AS_OF);

    assertThat(defect.detection().isDefault()).isFalse();
    assertThat(under).hasExactly(defect.ruleId() + "@" + m.recordId());
    assertThat(byDefault).hasNoIssues();
    assertThat(DefectSettings.validator(defect).validate(VALID, AS_OF)).hasNoIssues();
  }

  @Test
  void theSettingsAreTheDefaultsExceptWhatTheDefectNames() {
    long special = Arrays.stream(Defect.values()).filter(d -> !d.detection().isDefault()).count();
    assertThat(special).isEqualTo(3);
    ValidationSettings plain = DefectSettings.of(Defect.TRAINING_TOO_SHORT);
    assertThat(plain.profile()).isEqualTo(Profile.national());
    assertThat(plain.pointsPolicy().editions()).isEmpty();
    ValidationSettings soe = DefectSettings.of(Defect.STATE_OWNED_BRANCH_OF_50);
    assertThat(soe.profile().disabled())
        .contains("ORG-012")
        .doesNotContain("ORG-013")
        .hasSize(Profile.national().disabled().size() - 1);
    assertThat(soe.pointsPolicy().editions()).isEmpty();
    assertThat(DefectSettings.of(Defect.POINTS_OVER_MONTHLY_CAP).pointsPolicy().editions())
        .isNotEmpty();
    assertThat(DefectSettings.of(Defect.POINTS_OVER_MONTHLY_CAP).profile())
        .isEqualTo(Profile.national());
  }

  @Test
  void aDefectOfTheWholeDatasetIsAssertedWithAnEmptyRecordId() {
    Mutation m = Defect.NO_ACTIVITIES.applyTo(VALID, AS_OF);
    ValidationReport report = DangjianValidator.defaults().validate(m.dataset(), AS_OF);

    assertThat(m.recordId()).isEmpty();
    assertThat(report)
        .hasExactly(m.defect().ruleId() + "@" + m.recordId())
        .hasIssue("LIFE-NO-ACTIVITIES")
        .at("");
    assertThatThrownBy(() -> assertThat(report).hasIssue("LIFE-NO-ACTIVITIES").at("org-0001"))
        .hasMessageContaining("Expected an issue LIFE-NO-ACTIVITIES at org-0001 but found none");
    ValidationReport record =
        DangjianValidator.defaults()
            .validate(Defect.TRAINING_TOO_SHORT.applyTo(VALID, AS_OF).dataset(), AS_OF);
    assertThatThrownBy(() -> assertThat(record).hasExactly("DEV-010@"))
        .hasMessageContaining("missing [DEV-010@]");
    assertThatThrownBy(() -> assertThat(record).hasIssue("DEV-010").at(""))
        .hasMessageContaining("Expected an issue DEV-010 of the whole dataset but found none");
  }
}
