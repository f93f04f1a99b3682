package org.dangjian.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.UnitType;
import org.dangjian.core.record.Location;
import org.dangjian.validation.report.ValidationReport;
import org.dangjian.validation.rule.Rule;
import org.dangjian.validation.rule.RuleCatalogue;
import org.dangjian.validation.rule.Severity;
import org.junit.jupiter.api.Test;

class ValidationSettingsTest {

  private static final LocalDate AS_OF = LocalDate.of(2024, 1, 31);
  private final Rule checksum = RuleCatalogue.defaults().require("ID-CHECKSUM");

  private static ValidationReport badId(ValidationSettings settings) {
    ValidationRun run = DangjianValidator.of(settings).newRun("t", AS_OF);
    run.residentIdNumber("110105194912310021", Location.unknown());
    return run.finish();
  }

  @Test
  void defaultsUseTheRulesSeverity() {
    assertThat(ValidationSettings.defaults().severityOf(checksum)).contains(Severity.ERROR);
    assertThat(badId(ValidationSettings.defaults()).isSuccessful()).isFalse();
  }

  @Test
  void aSeverityOverrideChangesTheIssueAndTheOutcome() {
    ValidationSettings settings =
        ValidationSettings.builder().putSeverity("ID-CHECKSUM", Severity.WARNING).build();
    ValidationReport report = badId(settings);
    assertThat(report.issues())
        .singleElement()
        .satisfies(i -> assertThat(i.severity()).isEqualTo(Severity.WARNING));
    assertThat(report.isSuccessful()).isTrue();
  }

  @Test
  void aDisabledRuleReportsNothing() {
    ValidationSettings settings = ValidationSettings.builder().addDisabled("ID-CHECKSUM").build();
    assertThat(settings.severityOf(checksum)).isEmpty();
    assertThat(badId(settings).issues()).isEmpty();
  }

  @Test
  void profilesDisableTheirRulesAndOverridesWinOverProfiles() {
    Profile strict =
        Profile.builder()
            .name("strict")
            .label("严格")
            .putSeverity("ID-CHECKSUM", Severity.INFO)
            .build();
    assertThat(ValidationSettings.builder().profile(strict).build().severityOf(checksum))
        .contains(Severity.INFO);
    assertThat(
            ValidationSettings.builder()
                .profile(strict)
                .putSeverity("ID-CHECKSUM", Severity.WARNING)
                .build()
                .severityOf(checksum))
        .contains(Severity.WARNING);
    assertThat(Profile.national().disabled()).contains("ORG-012", "ORG-013");
    assertThat(Profile.stateOwnedEnterprise().disabled())
        .contains("ORG-014")
        .doesNotContain("ORG-012");
  }

  @Test
  void developmentEditionsApplyByApplicationDate() {
    DevelopmentEdition e2014 = DevelopmentEdition.of2014();
    DevelopmentEdition e2026 =
        org.dangjian.validation.ImmutableDevelopmentEdition.copyOf(e2014)
            .withName("2026")
            .withEffectiveFrom(LocalDate.of(2026, 5, 18));
    ValidationSettings settings =
        ValidationSettings.builder().developmentEditions(List.of(e2014, e2026)).build();
    assertThat(settings.developmentEdition(LocalDate.of(2026, 5, 17))).contains(e2014);
    assertThat(settings.developmentEdition(LocalDate.of(2026, 5, 18))).contains(e2026);
    assertThat(settings.developmentEdition(LocalDate.of(2014, 5, 28))).contains(e2014);
    assertThat(settings.developmentEdition(LocalDate.of(1999, 1, 1))).contains(e2014);
    ValidationSettings skip =
        ValidationSettings.builder()
            .policy(LocalPolicy.builder().legacyCases(LegacyCases.SKIP).build())
            .build();
    assertThat(skip.developmentEdition(LocalDate.of(2014, 5, 27))).isEmpty();
    assertThat(skip.developmentEdition(LocalDate.of(2014, 5, 28))).contains(e2014);
  }

  @Test
  void termEditionsApplyByElectionDate() {
    TermEdition five = TermEdition.uniformFiveYears(LocalDate.of(2022, 10, 22));
    ValidationSettings settings =
        ValidationSettings.builder().termEditions(List.of(TermEdition.opinion2018(), five)).build();
    assertThat(settings.termEdition(LocalDate.of(2022, 10, 21)).name()).isEqualTo("2018");
    assertThat(settings.termEdition(LocalDate.of(2022, 10, 22)).name()).isEqualTo("2022-uniform-5");
    assertThat(settings.termEdition(LocalDate.of(2010, 1, 1)).name()).isEqualTo("2018");
    TermEdition t2018 = TermEdition.opinion2018();
    assertThat(t2018.usualYears(OrganizationKind.PARTY_COMMITTEE, UnitType.ENTERPRISE))
        .isEqualTo(5);
    assertThat(t2018.usualYears(OrganizationKind.GENERAL_BRANCH, UnitType.ENTERPRISE)).isEqualTo(3);
    assertThat(t2018.usualYears(OrganizationKind.BRANCH, UnitType.ENTERPRISE)).isEqualTo(3);
    assertThat(t2018.usualYears(OrganizationKind.BRANCH, UnitType.VILLAGE)).isEqualTo(5);
  }

  @Test
  void invalidSettingsAreRejected() {
    assertThatThrownBy(() -> ValidationSettings.builder().maxIssues(0).build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ValidationSettings.builder().developmentEditions(List.of()).build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> LocalPolicy.builder().partyLecturesPerQuarter(-1).build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theReportNamesTheProfile() {
    ValidationReport report =
        badId(ValidationSettings.builder().profile(Profile.stateOwnedEnterprise()).build());
    assertThat(report.profile()).isEqualTo("state-owned-enterprise");
    assertThat(report.summary()).contains("failed");
    assertThat(report.issues().get(0).message(Locale.ENGLISH)).contains("check character");
  }

  @Test
  void anUnknownDisabledCodeIsRejectedWithTheNearestCode() {
    assertThatThrownBy(() -> ValidationSettings.builder().addDisabled("DEV-O15").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown rule code in the disabled rules: DEV-O15 (did you mean DEV-015?)");
  }

  @Test
  void everyUnknownSeverityCodeIsNamed() {
    assertThatThrownBy(
            () ->
                ValidationSettings.builder()
                    .putSeverity("ID-CHEKSUM", Severity.WARNING)
                    .putSeverity("LIFE-OO7L", Severity.INFO)
                    .putSeverity("NOTHING-LIKE-IT", Severity.INFO)
                    .putSeverity("ORG-012", Severity.INFO)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown rule codes in the severity overrides: ID-CHEKSUM (did you mean ID-CHECKSUM?),"
                + " LIFE-OO7L (did you mean LIFE-007L?), NOTHING-LIKE-IT");
  }

  @Test
  void aProfileWithAnUnknownCodeIsRejected() {
    assertThatThrownBy(
            () -> Profile.builder().name("local").label("本地").addDisabled("ORG_014").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown rule code in the disabled rules of profile local: ORG_014 (did you mean"
                + " ORG-014?)");
    assertThatThrownBy(
            () ->
                Profile.builder()
                    .name("local")
                    .label("本地")
                    .putSeverity("dues-0O7", Severity.INFO)
                    .build())
        .hasMessageContaining("dues-0O7 (did you mean DUES-007?)");
  }

  @Test
  void settingsWithEqualRatingSchemesAreEqual() {
    // one policy for both (its dues rates compare by identity); two loads of the same schemes
    var policy = ValidationSettings.defaults().policy();
    ValidationSettings one =
        ValidationSettings.builder()
            .policy(policy)
            .ratingSchemes(org.dangjian.core.recognition.RatingSchemes.defaults())
            .build();
    ValidationSettings two =
        ValidationSettings.builder()
            .policy(policy)
            .ratingSchemes(org.dangjian.core.recognition.RatingSchemes.defaults())
            .build();
    assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
    ValidationSettings fewer =
        ValidationSettings.builder()
            .policy(policy)
            .ratingSchemes(
                org.dangjian.core.recognition.RatingSchemes.of(
                    org.dangjian.core.recognition.RatingSchemes.defaults()
                        .editions()
                        .subList(0, 1)))
            .build();
    assertThat(fewer).isNotEqualTo(one);
  }
}
