package org.dangjian.validation.rules.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.validation.rules.development.DevelopmentFixture.APPLICATION;
import static org.dangjian.validation.rules.development.DevelopmentFixture.AS_OF;
import static org.dangjian.validation.rules.development.DevelopmentFixture.CODES;
import static org.dangjian.validation.rules.development.DevelopmentFixture.codes;
import static org.dangjian.validation.rules.development.DevelopmentFixture.dev;
import static org.dangjian.validation.rules.development.DevelopmentFixture.member;
import static org.dangjian.validation.rules.development.DevelopmentFixture.mine;
import static org.dangjian.validation.rules.development.DevelopmentFixture.withDevelopment;
import static org.dangjian.validation.rules.development.DevelopmentFixture.withStep;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.ImmutableStepRecord;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.StepRecord;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.DevelopmentEdition;
import org.dangjian.validation.ImmutableDevelopmentEdition;
import org.dangjian.validation.LegacyCases;
import org.dangjian.validation.LocalPolicy;
import org.dangjian.validation.ValidationSettings;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.rule.Confidence;
import org.dangjian.validation.rule.Rule;
import org.dangjian.validation.rule.Severity;
import org.junit.jupiter.api.Test;

/** Time limits follow the edition in force on the application date; old cases per policy. */
class EditionsTest {

  /** The fixture member with every date moved back by {@code years}. */
  private static Member movedBack(int years) {
    Member m = member();
    long days = ChronoUnit.DAYS.between(APPLICATION.minusYears(years), APPLICATION);
    List<StepRecord> steps = new ArrayList<>();
    for (StepRecord s : m.development().steps()) {
      steps.add(ImmutableStepRecord.copyOf(s).withDate(s.date().minusDays(days)));
    }
    List<LocalDate> assessments =
        m.development().assessments().stream().map(d -> d.minusDays(days)).toList();
    Member moved =
        withDevelopment(
            m,
            dev(m)
                .withSteps(steps)
                .withAssessments(assessments)
                .withPoliticalReview(Optional.empty())
                .withTraining(Optional.empty()));
    return ImmutableMember.copyOf(moved).withBirthDate(m.birthDate().minusDays(days));
  }

  private static List<String> codesWith(ValidationSettings settings, Member m) {
    return mine(DangjianValidator.of(settings).checkMember(m, AS_OF)).stream()
        .map(Issue::code)
        .toList();
  }

  @Test
  void oldCasesAreCheckedWithTheEarliestEditionByDefault() {
    Member old = movedBack(10);
    assertThat(codes(old)).isEmpty();
    Member lateTalk =
        withStep(old, DevelopmentStep.APPLICATION_TALK, APPLICATION.minusYears(10).plusMonths(2));
    assertThat(codes(lateTalk)).containsExactly("DEV-003");
  }

  @Test
  void skippedOldCasesKeepOnlyTheConstitutionsRules() {
    ValidationSettings skip =
        ValidationSettings.builder()
            .policy(LocalPolicy.builder().legacyCases(LegacyCases.SKIP).build())
            .build();
    Member old = movedBack(10);
    Member lateTalk =
        withStep(old, DevelopmentStep.APPLICATION_TALK, APPLICATION.minusYears(10).plusMonths(2));
    assertThat(codesWith(skip, lateTalk)).isEmpty();
    Member young =
        ImmutableMember.copyOf(lateTalk)
            .withBirthDate(APPLICATION.minusYears(10).minusYears(18).plusDays(1));
    assertThat(codesWith(skip, young)).containsExactly("CONST-001");
    Member oneIntroducer = withDevelopment(old, dev(old).withIntroducerIds("mem-s1"));
    assertThat(codesWith(skip, oneIntroducer)).containsExactly("DEV-008");
  }

  @Test
  void aLaterEditionAppliesFromItsEffectiveDate() {
    DevelopmentEdition relaxed =
        ImmutableDevelopmentEdition.copyOf(DevelopmentEdition.of2014())
            .withName("test")
            .withEffectiveFrom(APPLICATION)
            .withApplicationTalkMonths(2);
    ValidationSettings settings =
        ValidationSettings.builder()
            .developmentEditions(List.of(DevelopmentEdition.of2014(), relaxed))
            .build();
    Member talk = withStep(member(), DevelopmentStep.APPLICATION_TALK, APPLICATION.plusMonths(2));
    assertThat(codes(talk)).containsExactly("DEV-003");
    assertThat(codesWith(settings, talk)).isEmpty();
    Member earlier =
        withStep(
            withStep(talk, DevelopmentStep.APPLICATION, APPLICATION.minusDays(1)),
            DevelopmentStep.APPLICATION_TALK,
            APPLICATION.minusDays(1).plusMonths(2));
    assertThat(codesWith(settings, earlier)).containsExactly("DEV-003");
  }

  @Test
  void theCatalogueDeclaresEveryRuleOfTheGroup() {
    List<Rule> rules =
        DangjianValidator.defaults().catalogue().rules().stream()
            .filter(r -> CODES.contains(r.code()))
            .toList();
    assertThat(rules).extracting(Rule::code).containsExactlyInAnyOrderElementsOf(CODES);
    for (Rule r : rules) {
      assertThat(r.statement().zh()).as(r.code()).isNotBlank();
      assertThat(r.statement().en()).as(r.code()).isNotBlank();
      assertThat(r.citation().document()).as(r.code()).isNotBlank();
      if (r.confidence() == Confidence.MEMORY) {
        assertThat(r.severity()).isNotEqualTo(Severity.ERROR);
      }
    }
    assertThat(rules)
        .filteredOn(r -> r.severity() == Severity.WARNING)
        .extracting(Rule::code)
        .containsExactlyInAnyOrder(
            "DEV-005", "DEV-015-NORMAL", "DEV-ORDER-STEP", "DEV-STAGE-HISTORY");
  }

  @Test
  void aRuleSwitchedOffIsNotReported() {
    ValidationSettings off = ValidationSettings.builder().addDisabled("DEV-003").build();
    Member lateTalk =
        withStep(member(), DevelopmentStep.APPLICATION_TALK, APPLICATION.plusMonths(2));
    assertThat(codesWith(off, lateTalk)).isEmpty();
    assertThat(
            codesWith(
                ValidationSettings.builder().putSeverity("DEV-003", Severity.INFO).build(),
                lateTalk))
        .containsExactly("DEV-003");
  }
}
