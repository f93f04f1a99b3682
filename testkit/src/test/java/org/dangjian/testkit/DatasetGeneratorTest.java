package org.dangjian.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.member.Development;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.DuesRates;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.statistics.BulletinFigures;
import org.dangjian.core.statistics.PartyStatistics;
import org.dangjian.testkit.assertj.DangjianAssertions;
import org.junit.jupiter.api.Test;

class DatasetGeneratorTest {

  static final LocalDate AS_OF = LocalDate.of(2024, 1, 31);

  /** The group of bulletin issue 62, valid on {@link #AS_OF}. */
  static GeneratorSettings issue62() {
    return SampleBulletins.group();
  }

  static final Dataset ISSUE62 = DatasetGenerator.generate(issue62());

  @Test
  void bulletinFiguresMatchTheSettings() {
    BulletinFigures f = PartyStatistics.bulletinFigures(ISSUE62.asOf(AS_OF), OptionalInt.empty());
    assertThat(f.members()).isEqualTo(3096);
    assertThat(f.probationary()).isEqualTo(197);
    assertThat(f.committees()).isEqualTo(16);
    assertThat(f.generalBranches()).isEqualTo(4);
    assertThat(f.branches()).isEqualTo(114);
    assertThat(f.organizations()).isEqualTo(134);
    assertThat(f.employees()).hasValue(30960);
    assertThat(f.shareOfEmployeesPercent()).contains(new BigDecimal("10.0"));
    DangjianAssertions.assertThat(ISSUE62)
        .hasMemberCount(3096)
        .hasOrganizationCount(OrganizationKind.PARTY_COMMITTEE, 16)
        .hasOrganizationCount(OrganizationKind.GENERAL_BRANCH, 4)
        .hasOrganizationCount(OrganizationKind.BRANCH, 114)
        .hasNoDuplicateIdNumbers()
        .hasBulletinFigures(AS_OF, 3096, 197, 16, 4, 114);
  }

  @Test
  void sameSettingsGiveEqualDatasetsAndAnotherSeedAnotherOne() {
    Dataset again = DatasetGenerator.generate(issue62());
    assertThat(again).isEqualTo(ISSUE62);
    assertThat(again.members()).isEqualTo(ISSUE62.members());
    Dataset other = DatasetGenerator.generate(issue62().toBuilder().seed(63).build());
    assertThat(other).isNotEqualTo(ISSUE62);
    assertThat(other.members().get(0)).isNotEqualTo(ISSUE62.members().get(0));
  }

  @Test
  void everyInvariantHoldsOnTheReferenceDate() {
    assertThat(InvariantChecker.check(ISSUE62, AS_OF)).isEmpty();
  }

  @Test
  void invariantsHoldForOtherShapesDatesAndSeeds() {
    List<GeneratorSettings> shapes =
        List.of(
            GeneratorSettings.builder().build(),
            GeneratorSettings.builder().seed(7).branches(1).members(3).probationary(0).build(),
            Shapes.mixed(),
            GeneratorSettings.builder()
                .seed(9)
                .branches(2)
                .members(300)
                .probationary(20)
                .asOf(LocalDate.of(2023, 12, 5))
                .build());
    for (GeneratorSettings s : shapes) {
      Dataset d = DatasetGenerator.generate(s);
      List<InvariantChecker.Violation> violations = InvariantChecker.check(d, s.asOf());
      if (s.members() / s.branches() > 50) {
        violations = violations.stream().filter(v -> !v.ruleId().equals("ORG-002")).toList();
      }
      assertThat(violations).as(s.toString()).isEmpty();
      BulletinFigures f = PartyStatistics.bulletinFigures(d.asOf(s.asOf()), OptionalInt.empty());
      assertThat(f.members()).isEqualTo(s.members());
      assertThat(f.probationary()).isEqualTo(s.probationary());
      assertThat(f.committees()).isEqualTo(s.committees());
      assertThat(f.generalBranches()).isEqualTo(s.generalBranches());
      assertThat(f.branches()).isEqualTo(s.branches());
    }
  }

  @Test
  void idNumbersAreValidUniqueAndAgreeWithThePerson() {
    Set<String> seen = new HashSet<>();
    Set<String> phones = new HashSet<>();
    for (Member m : ISSUE62.members()) {
      ResidentIdNumber id = m.idNumber().orElseThrow();
      assertThat(ResidentIdNumber.parse(id.value(), AS_OF).isValid()).isTrue();
      assertThat(id.birthDate()).isEqualTo(m.birthDate());
      assertThat(id.gender()).isEqualTo(m.gender());
      assertThat(seen.add(id.value())).as("unique ID of %s", m.id()).isTrue();
      assertThat(phones.add(m.phone().orElseThrow().value())).isTrue();
      DangjianAssertions.assertThat(m).hasIdNumberConsistentWithPerson().isPartyMemberOn(AS_OF);
    }
  }

  @Test
  void membersBelongToBranchesWithAtLeastThreeFullMembers() {
    Map<String, Long> fullByOrg =
        ISSUE62.members().stream()
            .filter(m -> m.stage() == MemberStage.FULL)
            .collect(Collectors.groupingBy(Member::organizationId, Collectors.counting()));
    for (Member m : ISSUE62.members()) {
      Organization org = ISSUE62.organization(m.organizationId()).orElseThrow();
      assertThat(org.kind()).isEqualTo(OrganizationKind.BRANCH);
    }
    for (Organization o : ISSUE62.organizations()) {
      if (o.kind() == OrganizationKind.BRANCH) {
        assertThat(fullByOrg.getOrDefault(o.id(), 0L)).as(o.id()).isGreaterThanOrEqualTo(3);
        assertThat(ISSUE62.membersOf(o.id())).hasSizeLessThanOrEqualTo(50);
      } else {
        assertThat(ISSUE62.membersOf(o.id())).isEmpty();
      }
    }
    assertThat(ISSUE62.roots()).hasSize(1);
    assertThat(ISSUE62.roots().get(0).hostUnit().orElseThrow().creditCode()).isPresent();
  }

  @Test
  void developmentTimingFollowsTheRules() {
    int unrecordedSponsors = 0;
    for (Member m : ISSUE62.members()) {
      Development dev = m.development();
      LocalDate application = dev.applicationDate().orElseThrow();
      LocalDate activist = dev.activistDate().orElseThrow();
      LocalDate target = dev.targetDate().orElseThrow();
      LocalDate admission = dev.admissionDate().orElseThrow();
      LocalDate approval = dev.dateOf(DevelopmentStep.ADMISSION_APPROVAL).orElseThrow();
      assertThat(m.birthDate().plusYears(18)).isBeforeOrEqualTo(application);
      assertThat(dev.dateOf(DevelopmentStep.APPLICATION_TALK).orElseThrow())
          .isBetween(application, application.plusMonths(1));
      assertThat(activist).isAfter(application);
      if (dev.dateOf(DevelopmentStep.MENTOR_ASSIGNMENT).isPresent()) {
        assertThat(dev.mentorIds()).hasSizeBetween(1, 2);
      } else {
        unrecordedSponsors++;
        assertThat(dev.mentorIds()).isEmpty();
      }
      assertThat(activist.plusYears(1)).isBeforeOrEqualTo(target);
      if (dev.dateOf(DevelopmentStep.INTRODUCER_ASSIGNMENT).isPresent()) {
        assertThat(dev.introducerIds()).hasSize(2).doesNotHaveDuplicates();
      } else {
        unrecordedSponsors++;
        assertThat(dev.introducerIds()).isEmpty();
      }
      for (String introducer : dev.introducerIds()) {
        assertThat(ISSUE62.member(introducer).orElseThrow().stageOn(target))
            .contains(MemberStage.FULL);
      }
      for (String mentor : dev.mentorIds()) {
        assertThat(ISSUE62.member(mentor).orElseThrow().stageOn(activist))
            .contains(MemberStage.FULL);
      }
      assertThat(dev.politicalReview().orElseThrow().passed()).isTrue();
      assertThat(dev.training().orElseThrow().days()).isGreaterThanOrEqualTo(3);
      assertThat(dev.training().orElseThrow().classHours()).isGreaterThanOrEqualTo(24);
      assertThat(approval).isBetween(admission, admission.plusMonths(3));
      assertThat(dev.dateOf(DevelopmentStep.OATH)).isPresent();
      LocalDate end = dev.probationEnd().orElseThrow();
      if (m.stage() == MemberStage.FULL) {
        assertThat(dev.dateOf(DevelopmentStep.CONVERSION_APPLICATION).orElseThrow()).isBefore(end);
        LocalDate meeting = dev.dateOf(DevelopmentStep.CONVERSION_MEETING).orElseThrow();
        LocalDate converted = dev.dateOf(DevelopmentStep.CONVERSION_APPROVAL).orElseThrow();
        assertThat(meeting).isAfterOrEqualTo(end).isBeforeOrEqualTo(AS_OF);
        assertThat(converted).isBeforeOrEqualTo(end.plusMonths(3)).isBeforeOrEqualTo(AS_OF);
        assertThat(m.stageOn(AS_OF)).contains(MemberStage.FULL);
      } else {
        assertThat(m.stage()).isEqualTo(MemberStage.PROBATIONARY);
        assertThat(admission).isAfter(AS_OF.minusYears(1)).isBeforeOrEqualTo(AS_OF);
        assertThat(end).isAfter(AS_OF);
        assertThat(dev.dateOf(DevelopmentStep.CONVERSION_MEETING)).isEmpty();
      }
      for (var step : dev.steps()) {
        assertThat(step.date()).isBeforeOrEqualTo(AS_OF);
      }
    }
    long older = ISSUE62.members().stream().filter(m -> m.birthDate().getYear() < 1970).count();
    assertThat(older).isPositive();
    // only the first members of the dataset, sponsored by members outside it
    assertThat(unrecordedSponsors).isLessThanOrEqualTo(6);
  }

  @Test
  void duesFollowTheStandardRates() {
    DuesRates rates = DuesRates.defaults();
    for (Member m : ISSUE62.members()) {
      var dues = m.dues().orElseThrow();
      BigDecimal expected = rates.monthlyDues(dues.category(), dues.monthlyBase().orElseThrow());
      assertThat(dues.payments()).isNotEmpty();
      dues.payments().forEach(p -> assertThat(p.amount()).isEqualByComparingTo(expected));
      if (m.stage() == MemberStage.FULL) {
        assertThat(dues.payments()).hasSize(12);
      }
    }
  }

  @Test
  void activitiesHaveConsistentAttendanceAndUniqueIds() {
    assertThat(ISSUE62.activities()).isNotEmpty();
    Set<String> ids = new HashSet<>();
    ISSUE62
        .activities()
        .forEach(
            a -> {
              assertThat(ids.add(a.id())).isTrue();
              var att = a.attendance().orElseThrow();
              assertThat(att.present() + att.absences().size()).isEqualTo(att.due());
            });
    Dataset without = DatasetGenerator.generate(issue62().toBuilder().activities(false).build());
    assertThat(without.activities()).isEmpty();
    assertThat(without.members()).hasSize(3096);
  }

  @Test
  void pipelinePeopleAreNotCountedAsMembers() {
    GeneratorSettings s =
        issue62().toBuilder().applicants(20).activists(15).developmentTargets(10).build();
    Dataset d = DatasetGenerator.generate(s);
    assertThat(d.members()).hasSize(3096 + 45);
    BulletinFigures f = PartyStatistics.bulletinFigures(d.asOf(AS_OF), OptionalInt.empty());
    assertThat(f.members()).isEqualTo(3096);
    var stats = PartyStatistics.members(d.asOf(AS_OF));
    assertThat(stats.byStage().get(MemberStage.APPLICANT)).isEqualTo(20);
    assertThat(stats.byStage().get(MemberStage.ACTIVIST)).isEqualTo(15);
    assertThat(stats.byStage().get(MemberStage.DEVELOPMENT_TARGET)).isEqualTo(10);
    for (Member m : d.members()) {
      if (!m.stage().isPartyMember()) {
        assertThat(m.dues()).isEmpty();
        assertThat(m.birthDate().plusYears(18))
            .isBeforeOrEqualTo(m.development().applicationDate().orElseThrow());
      }
    }
  }

  @Test
  void aHundredThousandMembersGenerate() {
    GeneratorSettings s =
        GeneratorSettings.builder()
            .seed(100_000)
            .committees(40)
            .generalBranches(60)
            .branches(2_400)
            .members(100_000)
            .probationary(6_000)
            .employees(1_000_000)
            .build();
    Dataset d = DatasetGenerator.generate(s);
    assertThat(d.members()).hasSize(100_000);
    assertThat(d.organizations()).hasSize(2_500);
    BulletinFigures f = PartyStatistics.bulletinFigures(d.asOf(AS_OF), OptionalInt.empty());
    assertThat(f.members()).isEqualTo(100_000);
    assertThat(f.probationary()).isEqualTo(6_000);
    assertThat(f.branches()).isEqualTo(2_400);
  }

  @Test
  void settingsAreValidated() {
    assertThatThrownBy(() -> GeneratorSettings.builder().committees(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("committees");
    assertThatThrownBy(() -> GeneratorSettings.builder().branches(10).members(29).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10 branches need at least 30 full members");
    assertThatThrownBy(() -> GeneratorSettings.builder().members(5).probationary(6).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("probationary");
    assertThatThrownBy(() -> GeneratorSettings.builder().applicants(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("applicants");
    assertThat(GeneratorSettings.builder().build().asOf()).isEqualTo(AS_OF);
    assertThat(issue62().toBuilder().build()).isEqualTo(issue62());
  }
}
