package org.dangjian.validation.rules.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.validation.rules.structure.Fixtures.AS_OF;
import static org.dangjian.validation.rules.structure.Fixtures.activity;
import static org.dangjian.validation.rules.structure.Fixtures.branch;
import static org.dangjian.validation.rules.structure.Fixtures.committee;
import static org.dangjian.validation.rules.structure.Fixtures.compliantYear;
import static org.dangjian.validation.rules.structure.Fixtures.dataset;
import static org.dangjian.validation.rules.structure.Fixtures.found;
import static org.dangjian.validation.rules.structure.Fixtures.members;
import static org.dangjian.validation.rules.structure.Fixtures.org;
import static org.dangjian.validation.rules.structure.Fixtures.post;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityKind;
import org.dangjian.core.activity.Attendance;
import org.dangjian.core.activity.ImmutableActivity;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.Development;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.StepRecord;
import org.dangjian.core.member.Transfer;
import org.dangjian.core.member.TransferStatus;
import org.dangjian.core.organization.ImmutableOrganization;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.PostKind;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.LocalPolicy;
import org.dangjian.validation.ValidationSettings;
import org.dangjian.validation.report.ValidationReport;
import org.junit.jupiter.api.Test;

class MeetingRulesTest {

  private static final ImmutableOrganization PC = committee("pc", null);
  private static final ImmutableOrganization B1 = branch("b1", "pc");

  private static List<String> meetings(ValidationReport report) {
    return found(report).stream()
        .filter(s -> s.startsWith("LIFE") || s.startsWith("CONST-005") || s.startsWith("ELEC-005"))
        .toList();
  }

  private static ValidationReport run(
      List<? extends Organization> orgs, List<Member> people, List<Activity> acts) {
    return run(orgs, people, acts, ValidationSettings.defaults(), AS_OF);
  }

  private static ValidationReport run(
      List<? extends Organization> orgs,
      List<Member> people,
      List<Activity> acts,
      ValidationSettings settings,
      LocalDate asOf) {
    Dataset d = dataset(orgs, people, acts);
    return DangjianValidator.of(settings).validate(d, asOf);
  }

  private static List<Activity> without(List<Activity> acts, Predicate<Activity> drop) {
    return acts.stream().filter(drop.negate()).toList();
  }

  private static Predicate<Activity> at(ActivityKind kind, int year, int month) {
    return a -> a.kind() == kind && YearMonth.from(a.date()).equals(YearMonth.of(year, month));
  }

  @Test
  void aCompliantYearRaisesNothing() {
    assertThat(meetings(run(List.of(PC, B1), members("b1", 3, 0), compliantYear("b1")))).isEmpty();
  }

  @Test
  void aThemedPartyDayEveryWholeMonth() {
    List<Activity> year = compliantYear("b1");
    List<Activity> noJune = without(year, at(ActivityKind.THEMED_PARTY_DAY, 2023, 6));
    ValidationReport report = run(List.of(PC, B1), members("b1", 3, 0), noJune);
    assertThat(meetings(report)).containsExactly("LIFE-008@b1");
    assertThat(report.issuesOf("LIFE-008").get(0).arguments()).containsEntry("missing", "2023-06");
    List<Activity> noJanuary = without(year, at(ActivityKind.THEMED_PARTY_DAY, 2024, 1));
    assertThat(meetings(run(List.of(PC, B1), members("b1", 3, 0), noJanuary)))
        .containsExactly("LIFE-008@b1");
    assertThat(
            meetings(
                run(
                    List.of(PC, B1),
                    members("b1", 3, 0),
                    noJanuary,
                    ValidationSettings.defaults(),
                    AS_OF.minusDays(1))))
        .isEmpty();
  }

  @Test
  void onlyMonthsInWhichTheBranchExistedCount() {
    var young = B1.withFoundedOn(LocalDate.of(2023, 6, 15));
    List<Activity> fromJuly =
        without(compliantYear("b1"), a -> a.date().isBefore(LocalDate.of(2023, 7, 1)));
    assertThat(meetings(run(List.of(PC, young), members("b1", 3, 0), fromJuly))).isEmpty();
    List<Activity> fromAugust = without(fromJuly, a -> a.date().isBefore(LocalDate.of(2023, 8, 1)));
    assertThat(meetings(run(List.of(PC, young), members("b1", 3, 0), fromAugust)))
        .containsExactly("LIFE-001@b1", "LIFE-007L@b1", "LIFE-008@b1");
  }

  @Test
  void aGeneralMeetingEveryWholeQuarter() {
    List<Activity> year = compliantYear("b1");
    assertThat(
            meetings(
                run(
                    List.of(PC, B1),
                    members("b1", 3, 0),
                    without(year, at(ActivityKind.GENERAL_MEETING, 2023, 2)))))
        .isEmpty();
    ValidationReport report =
        run(
            List.of(PC, B1),
            members("b1", 3, 0),
            without(year, at(ActivityKind.GENERAL_MEETING, 2023, 7)));
    assertThat(meetings(report)).containsExactly("LIFE-001@b1");
    assertThat(report.issuesOf("LIFE-001").get(0).arguments())
        .containsEntry("missing", "2023年第3季度");
  }

  @Test
  void lecturesPerQuarterFollowTheLocalPolicy() {
    List<Activity> year = compliantYear("b1");
    List<Activity> noQ3 = without(year, at(ActivityKind.PARTY_LECTURE, 2023, 7));
    assertThat(meetings(run(List.of(PC, B1), members("b1", 3, 0), noQ3)))
        .containsExactly("LIFE-007L@b1");
    ValidationSettings two =
        ValidationSettings.builder()
            .policy(LocalPolicy.builder().partyLecturesPerQuarter(2).build())
            .build();
    ValidationReport report = run(List.of(PC, B1), members("b1", 3, 0), year, two, AS_OF);
    assertThat(meetings(report)).containsExactly("LIFE-007L@b1");
    assertThat(report.issuesOf("LIFE-007L").get(0).arguments())
        .containsEntry("missing", "2023年第2季度、2023年第3季度、2023年第4季度");
    ValidationSettings off =
        ValidationSettings.builder()
            .policy(LocalPolicy.builder().partyLecturesPerQuarter(0).build())
            .build();
    List<Activity> none = without(year, a -> a.kind() == ActivityKind.PARTY_LECTURE);
    assertThat(meetings(run(List.of(PC, B1), members("b1", 3, 0), none, off, AS_OF))).isEmpty();
  }

  @Test
  void committeeMeetingsEveryMonthWithACommittee() {
    var withCommittee =
        B1.withPosts(
            post(PostKind.SECRETARY, null, LocalDate.of(2020, 1, 1), "甲"),
            post(PostKind.ORGANIZATION_MEMBER, null, LocalDate.of(2023, 6, 15), "乙"),
            post(PostKind.PUBLICITY_MEMBER, null, LocalDate.of(2023, 6, 15), "丙"));
    List<Activity> acts = new ArrayList<>(compliantYear("b1"));
    for (int m = 7; m <= 13; m++) {
      YearMonth month = YearMonth.of(2023, 1).plusMonths(m - 1);
      acts.add(activity("cm" + m, "b1", ActivityKind.COMMITTEE_MEETING, month.atDay(5)));
    }
    assertThat(meetings(run(List.of(PC, withCommittee), members("b1", 7, 0), acts))).isEmpty();
    ValidationReport report =
        run(
            List.of(PC, withCommittee),
            members("b1", 7, 0),
            without(acts, at(ActivityKind.COMMITTEE_MEETING, 2023, 9)));
    assertThat(meetings(report)).containsExactly("LIFE-004@b1");
    assertThat(report.issuesOf("LIFE-004").get(0).arguments()).containsEntry("missing", "2023-09");
  }

  @Test
  void partyGroupsMeetEveryMonth() {
    var group = org("pg", OrganizationKind.PARTY_GROUP, "b1");
    List<Activity> acts = new ArrayList<>(compliantYear("b1"));
    for (int m = 0; m < 12; m++) {
      acts.add(
          activity(
              "g" + m, "pg", ActivityKind.GROUP_MEETING, LocalDate.of(2023, 2, 3).plusMonths(m)));
    }
    assertThat(meetings(run(List.of(PC, B1, group), members("b1", 3, 0), acts))).isEmpty();
    List<Activity> noSeptember = without(acts, at(ActivityKind.GROUP_MEETING, 2023, 9));
    assertThat(meetings(run(List.of(PC, B1, group), members("b1", 3, 0), noSeptember)))
        .containsExactly("LIFE-005@pg");
    List<Activity> atBranch = new ArrayList<>(noSeptember);
    atBranch.add(activity("gb9", "b1", ActivityKind.GROUP_MEETING, LocalDate.of(2023, 9, 9)));
    assertThat(meetings(run(List.of(PC, B1, group), members("b1", 3, 0), atBranch))).isEmpty();
  }

  @Test
  void aPartyCommitteeSecretaryLecturesOnceAYear() {
    var pc = PC.withPosts(post(PostKind.SECRETARY, "b1-0", LocalDate.of(2020, 1, 1), "书记"));
    List<Activity> year = compliantYear("b1");
    assertThat(meetings(run(List.of(pc, B1), members("b1", 3, 0), year))).isEmpty();
    List<Activity> byOther = new ArrayList<>(year);
    byOther.add(
        ImmutableActivity.copyOf(activity("l1", "b1", ActivityKind.PARTY_LECTURE, AS_OF))
            .withLecturerId("b1-1"));
    assertThat(meetings(run(List.of(pc, B1), members("b1", 3, 0), byOther)))
        .containsExactly("LIFE-007@pc");
    List<Activity> tooEarly = new ArrayList<>(byOther);
    tooEarly.add(
        ImmutableActivity.copyOf(
                activity("l2", "b1", ActivityKind.PARTY_LECTURE, AS_OF.minusMonths(12)))
            .withLecturerId("b1-0"));
    assertThat(meetings(run(List.of(pc, B1), members("b1", 3, 0), tooEarly)))
        .containsExactly("LIFE-007@pc");
    List<Activity> inTime = new ArrayList<>(byOther);
    inTime.add(
        ImmutableActivity.copyOf(
                activity("l2", "b1", ActivityKind.PARTY_LECTURE, AS_OF.minusMonths(12).plusDays(1)))
            .withLecturerId("b1-0"));
    assertThat(meetings(run(List.of(pc, B1), members("b1", 3, 0), inTime))).isEmpty();
  }

  @Test
  void anOrganizationalLifeMeetingAndAnAppraisalEveryYear() {
    List<Activity> year = compliantYear("b1");
    Predicate<Activity> lifeMeeting = a -> a.kind() == ActivityKind.ORGANIZATIONAL_LIFE_MEETING;
    Predicate<Activity> appraisal = a -> a.kind() == ActivityKind.DEMOCRATIC_APPRAISAL;
    assertThat(meetings(run(List.of(PC, B1), members("b1", 3, 0), without(year, lifeMeeting))))
        .containsExactly("LIFE-009@b1");
    assertThat(meetings(run(List.of(PC, B1), members("b1", 3, 0), without(year, appraisal))))
        .isEmpty();
    assertThat(
            meetings(
                run(
                    List.of(PC, B1),
                    members("b1", 3, 0),
                    without(year, lifeMeeting.or(appraisal)))))
        .containsExactly("LIFE-009@b1", "LIFE-011@b1");
    var young = B1.withFoundedOn(AS_OF.minusMonths(12).plusDays(2));
    assertThat(
            meetings(
                run(
                    List.of(PC, young),
                    members("b1", 3, 0),
                    without(year, lifeMeeting.or(appraisal)))))
        .isEmpty();
  }

  private static Activity meeting(String id, ActivityKind kind, LocalDate date, Attendance att) {
    return activity(id, "b1", kind, date, att);
  }

  private static Attendance voting(int due, int present) {
    return Attendance.builder()
        .due(due)
        .present(present)
        .votingDue(due)
        .votingPresent(present)
        .build();
  }

  /** Voters recorded apart from a due count that includes one more (probationary) member. */
  private static Attendance recorded(int voters) {
    return Attendance.builder()
        .due(voters + 1)
        .present(voters + 1)
        .votingDue(voters)
        .votingPresent(voters)
        .build();
  }

  @Test
  void aGeneralMeetingNeedsMoreThanHalfOfTheVotersPresent() {
    List<Member> four = members("b1", 4, 0);
    List<Activity> ok = new ArrayList<>(compliantYear("b1"));
    ok.add(meeting("gm", ActivityKind.GENERAL_MEETING, AS_OF, voting(4, 3)));
    assertThat(meetings(run(List.of(PC, B1), four, ok))).isEmpty();
    List<Activity> half = new ArrayList<>(compliantYear("b1"));
    half.add(meeting("gm", ActivityKind.GENERAL_MEETING, AS_OF, voting(4, 2)));
    ValidationReport report = run(List.of(PC, B1), four, half);
    assertThat(meetings(report)).containsExactly("LIFE-003@gm");
    assertThat(report.issuesOf("LIFE-003").get(0).location().fieldPath())
        .contains("attendance.votingPresent");
  }

  @Test
  void anElectionNeedsMoreThanFourFifthsOfTheVotersPresent() {
    List<Member> ten = members("b1", 10, 0);
    for (int[] dueAndPresent : new int[][] {{5, 5}, {10, 9}}) {
      List<Activity> acts = new ArrayList<>(compliantYear("b1"));
      acts.add(
          meeting("el", ActivityKind.ELECTION, AS_OF, voting(dueAndPresent[0], dueAndPresent[1])));
      assertThat(meetings(run(List.of(PC, B1), ten, acts))).isEmpty();
    }
    for (int[] dueAndPresent : new int[][] {{5, 4}, {10, 8}}) {
      List<Activity> acts = new ArrayList<>(compliantYear("b1"));
      acts.add(
          meeting("el", ActivityKind.ELECTION, AS_OF, voting(dueAndPresent[0], dueAndPresent[1])));
      assertThat(meetings(run(List.of(PC, B1), ten, acts))).containsExactly("ELEC-005@el");
    }
  }

  @Test
  void probationaryMembersAreNeverCountedAsVoters() {
    List<Member> people = members("b1", 3, 2);
    List<Activity> recorded = new ArrayList<>(compliantYear("b1"));
    recorded.add(
        meeting(
            "gm",
            ActivityKind.GENERAL_MEETING,
            AS_OF,
            Attendance.builder().due(5).present(5).votingDue(3).votingPresent(3).build()));
    assertThat(meetings(run(List.of(PC, B1), people, recorded))).isEmpty();
    List<Activity> tooMany = new ArrayList<>(compliantYear("b1"));
    tooMany.add(
        meeting(
            "gm",
            ActivityKind.GENERAL_MEETING,
            AS_OF,
            Attendance.builder().due(5).present(5).votingDue(4).votingPresent(4).build()));
    ValidationReport report = run(List.of(PC, B1), people, tooMany);
    assertThat(meetings(report)).containsExactly("CONST-005@gm");
    assertThat(report.issuesOf("CONST-005").get(0).arguments())
        .containsEntry("votingDue", "4")
        .containsEntry("full", "3");
  }

  @Test
  void defaultedVotingCountsAreJudgedOnlyWithoutProbationaryMembers() {
    List<Activity> defaulted = new ArrayList<>(compliantYear("b1"));
    defaulted.add(meeting("gm", ActivityKind.GENERAL_MEETING, AS_OF, Attendance.of(5, 5)));
    assertThat(meetings(run(List.of(PC, B1), members("b1", 3, 2), defaulted))).isEmpty();
    List<Activity> four = new ArrayList<>(compliantYear("b1"));
    four.add(meeting("gm", ActivityKind.GENERAL_MEETING, AS_OF, Attendance.of(4, 4)));
    assertThat(meetings(run(List.of(PC, B1), members("b1", 3, 0), four)))
        .containsExactly("CONST-005@gm");
    List<Activity> three = new ArrayList<>(compliantYear("b1"));
    three.add(meeting("gm", ActivityKind.GENERAL_MEETING, AS_OF, Attendance.of(3, 3)));
    assertThat(meetings(run(List.of(PC, B1), members("b1", 3, 0), three))).isEmpty();
  }

  @Test
  void votersAreCountedOnTheMeetingDate() {
    Development dev =
        Development.builder()
            .addSteps(StepRecord.of(DevelopmentStep.APPLICATION, LocalDate.of(2020, 3, 1), "支部"))
            .addSteps(
                StepRecord.of(DevelopmentStep.ADMISSION_MEETING, LocalDate.of(2022, 6, 1), "支部"))
            .addSteps(
                StepRecord.of(DevelopmentStep.CONVERSION_APPROVAL, LocalDate.of(2023, 6, 20), "党委"))
            .build();
    List<Member> people = new ArrayList<>(members("b1", 3, 0));
    people.add(ImmutableMember.copyOf(people.get(0)).withId("new").withDevelopment(dev));
    people.add(
        ImmutableMember.copyOf(people.get(0))
            .withId("moved")
            .withTransfers(
                Transfer.builder()
                    .fromOrganizationId("b2")
                    .toOrganizationId("b1")
                    .issuedOn(LocalDate.of(2023, 5, 20))
                    .receivedOn(LocalDate.of(2023, 8, 1))
                    .status(TransferStatus.RECEIVED)
                    .build()));
    people.addAll(members("b2", 3, 0));
    List<Activity> acts = new ArrayList<>(compliantYear("b1"));
    acts.addAll(compliantYear("b2"));
    acts.add(
        meeting("before", ActivityKind.GENERAL_MEETING, LocalDate.of(2023, 6, 19), recorded(4)));
    acts.add(
        meeting("after", ActivityKind.GENERAL_MEETING, LocalDate.of(2023, 6, 20), recorded(4)));
    acts.add(
        meeting("moved", ActivityKind.GENERAL_MEETING, LocalDate.of(2023, 7, 31), recorded(5)));
    acts.add(meeting("in", ActivityKind.GENERAL_MEETING, LocalDate.of(2023, 8, 1), recorded(5)));
    acts.add(
        activity(
            "b2-old", "b2", ActivityKind.GENERAL_MEETING, LocalDate.of(2023, 7, 31), recorded(4)));
    ValidationReport report = run(List.of(PC, B1, branch("b2", "pc")), people, acts);
    assertThat(meetings(report)).containsExactly("CONST-005@before", "CONST-005@moved");
  }

  @Test
  void withoutActivityRecordsTheFrequenciesAreNotChecked() {
    ValidationReport report = run(List.of(PC, B1), members("b1", 3, 0), List.of());
    assertThat(meetings(report)).containsExactly("LIFE-NO-ACTIVITIES@");
    assertThat(report.issuesOf("LIFE-NO-ACTIVITIES").get(0).severity().name()).isEqualTo("INFO");
  }
}
