package org.dangjian.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityKind;
import org.dangjian.core.activity.Attendance;
import org.dangjian.core.activity.ImmutableActivity;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.id.IdentifierProblem;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.DuesRates;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.organization.OrganizationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MutatorsTest {

  // The parameterised tests below check the first defects against InvariantChecker, this test
  // tree's own model of their rules; every defect, these and the later ones, is checked against the
  // validator itself, on two shapes, by validation's DefectDetectionTest.

  static final LocalDate AS_OF = DatasetGeneratorTest.AS_OF;
  static final Dataset VALID = DatasetGeneratorTest.ISSUE62;

  @ParameterizedTest
  @EnumSource(
      value = Defect.class,
      names = {
        "APPLICANT_UNDER_18",
        "ACTIVIST_PROMOTED_EARLY",
        "PROBATION_OVER_TWO_YEARS",
        "BRANCH_WITH_TWO_FULL_MEMBERS",
        "MEMBER_ATTACHED_TO_COMMITTEE",
        "DUPLICATE_ID_NUMBER",
        "APPLICATION_TALK_LATE",
        "ONE_INTRODUCER",
        "TRAINING_TOO_SHORT",
        "APPROVAL_AFTER_SIX_MONTHS",
        "WRONG_DUES_AMOUNT",
        "DANGLING_PARENT",
        "ID_GENDER_MISMATCH"
      })
  void eachDefectBreaksExactlyItsRuleAtItsRecord(Defect defect) {
    Mutation m = defect.applyTo(VALID, AS_OF);
    assertThat(m.defect()).isEqualTo(defect);
    assertThat(m.dataset()).isNotEqualTo(VALID);
    assertThat(m.description()).isNotBlank();
    List<String> violations =
        InvariantChecker.check(m.dataset(), AS_OF).stream()
            .map(InvariantChecker.Violation::key)
            .toList();
    assertThat(violations).containsExactly(defect.ruleId() + "@" + m.recordId());
    assertThat(Mutators.apply(defect, VALID, AS_OF)).isEqualTo(m);
    assertThat(m.dataset().members()).hasSameSizeAs(VALID.members());
    assertThat(m.dataset().activities())
        .extracting(Activity::id)
        .isEqualTo(VALID.activities().stream().map(Activity::id).toList());
    List<Activity> changed = new ArrayList<>();
    for (int i = 0; i < VALID.activities().size(); i++) {
      Activity before = VALID.activities().get(i);
      Activity after = m.dataset().activities().get(i);
      if (!before.equals(after)) {
        assertThat(ImmutableActivity.copyOf(after).withAttendance(before.attendance()))
            .isEqualTo(before);
        changed.add(after);
      }
    }
    if (defect == Defect.BRANCH_WITH_TWO_FULL_MEMBERS) {
      assertThat(changed).isNotEmpty().allMatch(a -> a.organizationId().equals(m.recordId()));
    } else if (defect == Defect.MEMBER_ATTACHED_TO_COMMITTEE) {
      String branch = VALID.member(m.recordId()).orElseThrow().organizationId();
      assertThat(changed).allMatch(a -> a.organizationId().equals(branch));
    } else {
      assertThat(changed).isEmpty();
    }
  }

  @Test
  void membersMovedOutLeaveTheAttendanceOfTheirBranch() {
    Mutation m = Defect.BRANCH_WITH_TWO_FULL_MEMBERS.applyTo(VALID, AS_OF);
    Dataset d = m.dataset();
    for (Activity a : d.activitiesOf(m.recordId())) {
      if (a.kind() == ActivityKind.COMMITTEE_MEETING) {
        continue;
      }
      Attendance att = a.attendance().orElseThrow();
      long full =
          d.membersOf(m.recordId()).stream()
              .filter(x -> x.stageOn(a.date()).filter(MemberStage.FULL::equals).isPresent())
              .count();
      assertThat(att.votingDue()).as(a.id()).isLessThanOrEqualTo((int) full);
      assertThat(att.present() + att.absences().size()).isEqualTo(att.due());
      if (a.kind() == ActivityKind.GENERAL_MEETING && att.votingDue() > 0) {
        assertThat(att.votingPresent() * 2).isGreaterThan(att.votingDue());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Defect.class,
      names = {
        "APPLICANT_UNDER_18",
        "ACTIVIST_PROMOTED_EARLY",
        "PROBATION_OVER_TWO_YEARS",
        "BRANCH_WITH_TWO_FULL_MEMBERS",
        "MEMBER_ATTACHED_TO_COMMITTEE",
        "DUPLICATE_ID_NUMBER",
        "APPLICATION_TALK_LATE",
        "ONE_INTRODUCER",
        "TRAINING_TOO_SHORT",
        "APPROVAL_AFTER_SIX_MONTHS",
        "WRONG_DUES_AMOUNT",
        "DANGLING_PARENT",
        "ID_GENDER_MISMATCH"
      })
  void defectsWorkOnOtherShapesAndDates(Defect defect) {
    for (GeneratorSettings s :
        List.of(
            Shapes.mixed(),
            GeneratorSettings.builder().seed(11).committees(2).branches(6).members(90).build())) {
      Dataset valid = DatasetGenerator.generate(s);
      Mutation m = defect.applyTo(valid, s.asOf());
      assertThat(InvariantChecker.check(m.dataset(), s.asOf()))
          .as(s.toString())
          .extracting(InvariantChecker.Violation::key)
          .containsExactly(defect.ruleId() + "@" + m.recordId());
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Defect.class,
      names = {
        "APPLICANT_UNDER_18",
        "ACTIVIST_PROMOTED_EARLY",
        "PROBATION_OVER_TWO_YEARS",
        "MEMBER_ATTACHED_TO_COMMITTEE",
        "DUPLICATE_ID_NUMBER",
        "APPLICATION_TALK_LATE",
        "ONE_INTRODUCER",
        "TRAINING_TOO_SHORT",
        "APPROVAL_AFTER_SIX_MONTHS",
        "WRONG_DUES_AMOUNT",
        "ID_GENDER_MISMATCH"
      })
  void memberDefectsChangeOnlyTheAffectedMember(Defect defect) {
    Mutation m = defect.applyTo(VALID, AS_OF);
    assertThat(m.dataset().organizations()).isEqualTo(VALID.organizations());
    List<String> changed = changedMembers(VALID, m.dataset());
    assertThat(changed).containsExactly(m.recordId());
  }

  @Test
  void applicantUnder18AppliesOneDayBeforeTheBirthday() {
    Mutation m = Defect.APPLICANT_UNDER_18.applyTo(VALID, AS_OF);
    Member member = m.dataset().member(m.recordId()).orElseThrow();
    LocalDate application = member.development().applicationDate().orElseThrow();
    assertThat(member.birthDate().plusYears(18)).isEqualTo(application.plusDays(1));
    assertThat(member.idNumber().orElseThrow().birthDate()).isEqualTo(member.birthDate());
    assertThat(Defect.APPLICANT_UNDER_18.equivalentRuleIds()).containsExactly("DEV-001");
  }

  @Test
  void activistPromotedOneDayEarly() {
    Mutation m = Defect.ACTIVIST_PROMOTED_EARLY.applyTo(VALID, AS_OF);
    var dev = m.dataset().member(m.recordId()).orElseThrow().development();
    assertThat(dev.activistDate().orElseThrow().plusYears(1))
        .isEqualTo(dev.targetDate().orElseThrow().plusDays(1));
  }

  @Test
  void probationOverTwoYearsStaysProbationary() {
    Mutation m = Defect.PROBATION_OVER_TWO_YEARS.applyTo(VALID, AS_OF);
    Member member = m.dataset().member(m.recordId()).orElseThrow();
    assertThat(member.stage()).isEqualTo(MemberStage.PROBATIONARY);
    assertThat(member.stageOn(AS_OF)).contains(MemberStage.PROBATIONARY);
    assertThat(member.development().admissionDate().orElseThrow()).isBefore(AS_OF.minusYears(2));
    assertThat(member.dues().orElseThrow().payments()).hasSize(12);
  }

  @Test
  void branchKeepsExactlyTwoFullMembersAndOthersOnlyMove() {
    Mutation m = Defect.BRANCH_WITH_TWO_FULL_MEMBERS.applyTo(VALID, AS_OF);
    List<Member> left = m.dataset().membersOf(m.recordId());
    assertThat(left).filteredOn(x -> x.stage() == MemberStage.FULL).hasSize(2);
    assertThat(left).filteredOn(x -> x.stage() == MemberStage.PROBATIONARY).isEmpty();
    Map<String, Member> before =
        VALID.members().stream().collect(Collectors.toMap(Member::id, Function.identity()));
    for (Member after : m.dataset().members()) {
      Member original = before.get(after.id());
      if (!original.equals(after)) {
        assertThat(original.organizationId()).isEqualTo(m.recordId());
        assertThat(ImmutableMember.copyOf(after).withOrganizationId(m.recordId()))
            .isEqualTo(original);
      }
    }
  }

  @Test
  void memberAttachedToTheCommitteeAboveItsBranch() {
    Mutation m = Defect.MEMBER_ATTACHED_TO_COMMITTEE.applyTo(VALID, AS_OF);
    Member member = m.dataset().member(m.recordId()).orElseThrow();
    assertThat(m.dataset().organization(member.organizationId()).orElseThrow().kind())
        .isEqualTo(OrganizationKind.PARTY_COMMITTEE);
  }

  @Test
  void duplicateIdNumberKeepsBirthDateAndGenderConsistent() {
    Mutation m = Defect.DUPLICATE_ID_NUMBER.applyTo(VALID, AS_OF);
    Member copy = m.dataset().member(m.recordId()).orElseThrow();
    long holders =
        m.dataset().members().stream().filter(x -> x.idNumber().equals(copy.idNumber())).count();
    assertThat(holders).isEqualTo(2);
    assertThat(copy.idNumber().orElseThrow().birthDate()).isEqualTo(copy.birthDate());
    assertThat(copy.idNumber().orElseThrow().gender()).isEqualTo(copy.gender());
  }

  @Test
  void singleStepDefectsHaveTheirExactValues() {
    Member late = member(Defect.APPLICATION_TALK_LATE);
    LocalDate application = late.development().applicationDate().orElseThrow();
    assertThat(late.development().dateOf(DevelopmentStep.APPLICATION_TALK))
        .contains(application.plusMonths(1).plusDays(1));
    assertThat(member(Defect.ONE_INTRODUCER).development().introducerIds()).hasSize(1);
    var training = member(Defect.TRAINING_TOO_SHORT).development().training().orElseThrow();
    assertThat(training.days()).isEqualTo(2);
    assertThat(training.classHours()).isEqualTo(16);
    var approved = member(Defect.APPROVAL_AFTER_SIX_MONTHS).development();
    assertThat(approved.dateOf(DevelopmentStep.ADMISSION_APPROVAL))
        .contains(approved.admissionDate().orElseThrow().plusMonths(6).plusDays(1));
    var dues = member(Defect.WRONG_DUES_AMOUNT).dues().orElseThrow();
    BigDecimal expected = DuesRates.defaults().expected(dues).orElseThrow();
    assertThat(dues.payments()).filteredOn(p -> p.amount().compareTo(expected) != 0).hasSize(1);
    Member mismatch = member(Defect.ID_GENDER_MISMATCH);
    assertThat(mismatch.idNumber().orElseThrow().gender()).isNotEqualTo(mismatch.gender());
    assertThat(mismatch.idNumber().orElseThrow().birthDate()).isEqualTo(mismatch.birthDate());
  }

  @Test
  void danglingParentPointsNowhere() {
    Mutation m = Defect.DANGLING_PARENT.applyTo(VALID, AS_OF);
    var org = m.dataset().organization(m.recordId()).orElseThrow();
    assertThat(m.dataset().organization(org.parentId().orElseThrow())).isEmpty();
    assertThat(m.dataset().members()).isEqualTo(VALID.members());
  }

  @Test
  void wrongChecksumCannotBeHeldByADatasetButIsOfferedAsText() {
    assertThat(Defect.WRONG_ID_CHECKSUM.representableInDataset()).isFalse();
    assertThat(Defect.WRONG_ID_CHECKSUM.ruleId()).isEqualTo("ID-CHECKSUM");
    assertThatThrownBy(() -> Defect.WRONG_ID_CHECKSUM.applyTo(VALID, AS_OF))
        .isInstanceOf(UnsupportedOperationException.class);
    ResidentIdNumber id = VALID.members().get(0).idNumber().orElseThrow();
    String corrupt = Mutators.corruptCheckCharacter(id);
    assertThat(corrupt.substring(0, 17)).isEqualTo(id.value().substring(0, 17));
    assertThat(ResidentIdNumber.parse(corrupt, AS_OF).problem())
        .contains(IdentifierProblem.CHECKSUM_MISMATCH);
  }

  @Test
  void everyDefectNamesARuleAndALabel() {
    for (Defect d : Defect.values()) {
      assertThat(d.ruleId()).matches("[A-Z]+(-[A-Z0-9]+)+");
      assertThat(d.label()).isNotBlank();
    }
  }

  private static Member member(Defect defect) {
    Mutation m = defect.applyTo(VALID, AS_OF);
    return m.dataset().member(m.recordId()).orElseThrow();
  }

  private static List<String> changedMembers(Dataset before, Dataset after) {
    List<String> changed = new ArrayList<>();
    for (int i = 0; i < before.members().size(); i++) {
      if (!before.members().get(i).equals(after.members().get(i))) {
        changed.add(before.members().get(i).id());
      }
    }
    return changed;
  }
}
