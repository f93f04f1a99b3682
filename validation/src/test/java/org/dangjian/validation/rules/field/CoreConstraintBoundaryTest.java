package org.dangjian.validation.rules.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.dangjian.core.activity.Absence;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.Attendance;
import org.dangjian.core.activity.ImmutableAbsence;
import org.dangjian.core.activity.ImmutableActivity;
import org.dangjian.core.activity.ImmutableAttendance;
import org.dangjian.core.member.Departure;
import org.dangjian.core.member.DepartureKind;
import org.dangjian.core.member.DuesPayment;
import org.dangjian.core.member.ImmutableDevelopment;
import org.dangjian.core.member.ImmutableDues;
import org.dangjian.core.member.ImmutableDuesPayment;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.ImmutableMobilePeriod;
import org.dangjian.core.member.ImmutableStepRecord;
import org.dangjian.core.member.ImmutableTraining;
import org.dangjian.core.member.ImmutableTransfer;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MobilePeriod;
import org.dangjian.core.member.ProbationExtension;
import org.dangjian.core.member.StepRecord;
import org.dangjian.core.member.Transfer;
import org.dangjian.core.member.TransferStatus;
import org.dangjian.core.organization.Committee;
import org.dangjian.core.organization.ImmutableCommittee;
import org.dangjian.core.organization.ImmutableHostUnit;
import org.dangjian.core.organization.ImmutableInstructorAppointment;
import org.dangjian.core.organization.ImmutableOrganization;
import org.dangjian.core.organization.ImmutablePostHolding;
import org.dangjian.core.organization.InstructorAppointment;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.PostHolding;
import org.dangjian.core.organization.PostKind;
import org.dangjian.core.recognition.Honor;
import org.dangjian.core.recognition.HonorLevel;
import org.dangjian.core.recognition.Rating;
import org.dangjian.core.recognition.StarLevel;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.rule.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every constraint on the members, organizations and activities of the core, at its boundary: the
 * limit passes, one beyond fails with exactly the expected code at exactly the expected field.
 */
class CoreConstraintBoundaryTest {

  private static final LocalDate DAY = LocalDate.of(2023, 6, 1);

  static String text(int length) {
    return "党".repeat(length);
  }

  static String id(int length) {
    return "x".repeat(length);
  }

  static Arguments ok(String label, Object record) {
    return Arguments.of(label, record, List.of());
  }

  static Arguments bad(String label, Object record, String codeAtField) {
    return Arguments.of(label, record, List.of(codeAtField));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({
    "memberCases",
    "developmentCases",
    "duesCases",
    "organizationCases",
    "activityCases"
  })
  void constraintHoldsAtItsBoundary(String label, Object record, List<String> expected) {
    List<Issue> issues;
    if (record instanceof Member member) {
      issues = FieldHarness.issues(member);
    } else if (record instanceof Organization organization) {
      issues = FieldHarness.issues(organization);
    } else {
      issues = FieldHarness.issues((Activity) record);
    }

    assertThat(FieldHarness.codesAtFields(issues)).as(label).containsExactlyElementsOf(expected);
    assertThat(issues).allSatisfy(i -> assertThat(i.severity()).isEqualTo(Severity.ERROR));
  }

  // ------------------------------------------------------------------ member

  static Stream<Arguments> memberCases() {
    Member m = FieldHarness.member();
    ImmutableMember c = ImmutableMember.copyOf(m);
    Transfer transfer =
        Transfer.builder()
            .fromOrganizationName(text(100))
            .toOrganizationId(m.organizationId())
            .issuedOn(DAY)
            .letterNumber(id(64))
            .status(TransferStatus.RECEIVED)
            .build();
    MobilePeriod period =
        MobilePeriod.builder()
            .from(DAY)
            .destination(text(100))
            .hostOrganization(text(100))
            .activityCardNumber(id(64))
            .build();
    Honor honor = Honor.of(text(100), HonorLevel.CITY, 1921);
    return Stream.of(
        ok("name of 50", c.withName(text(50))),
        bad("name of 51", c.withName(text(51)), "FIELD-LENGTH@name"),
        bad("empty name", c.withName(""), "FIELD-REQUIRED@name"),
        ok("id of 64", c.withId(id(64))),
        bad("id of 65", c.withId(id(65)), "FIELD-LENGTH@id"),
        bad("blank id", c.withId(" \t"), "FIELD-REQUIRED@id"),
        ok("organization id of 64", c.withOrganizationId(id(64))),
        bad("organization id of 65", c.withOrganizationId(id(65)), "FIELD-LENGTH@organizationId"),
        bad("blank organization id", c.withOrganizationId(""), "FIELD-REQUIRED@organizationId"),
        ok("employer of 100", c.withEmployer(text(100))),
        bad("employer of 101", c.withEmployer(text(101)), "FIELD-LENGTH@employer"),
        bad("blank employer", c.withEmployer("　"), "FIELD-REQUIRED@employer"),
        ok("no employer", c.withEmployer(Optional.empty())),
        ok("job title of 100", c.withJobTitle(text(100))),
        bad("job title of 101", c.withJobTitle(text(101)), "FIELD-LENGTH@jobTitle"),
        ok("party group of 64", c.withPartyGroupId(id(64))),
        bad("party group of 65", c.withPartyGroupId(id(65)), "FIELD-LENGTH@partyGroupId"),
        bad("blank party group", c.withPartyGroupId(" "), "FIELD-REQUIRED@partyGroupId"),
        ok("other organizations of 64", c.withOtherOrganizationIds("o-1", id(64))),
        bad(
            "other organization of 65",
            c.withOtherOrganizationIds("o-1", id(65)),
            "FIELD-LENGTH@otherOrganizationIds[1]"),
        bad(
            "blank other organization",
            c.withOtherOrganizationIds(" "),
            "FIELD-REQUIRED@otherOrganizationIds[0]"),
        ok("transfer at its limits", c.withTransfers(transfer)),
        bad(
            "transfer from a name of 101",
            c.withTransfers(ImmutableTransfer.copyOf(transfer).withFromOrganizationName(text(101))),
            "FIELD-LENGTH@transfers[0].fromOrganizationName"),
        bad(
            "transfer letter number of 65",
            c.withTransfers(transfer, ImmutableTransfer.copyOf(transfer).withLetterNumber(id(65))),
            "FIELD-LENGTH@transfers[1].letterNumber"),
        bad(
            "transfer to a blank id",
            c.withTransfers(ImmutableTransfer.copyOf(transfer).withToOrganizationId(" ")),
            "FIELD-REQUIRED@transfers[0].toOrganizationId"),
        bad(
            "transfer to a blank name",
            c.withTransfers(ImmutableTransfer.copyOf(transfer).withToOrganizationName("")),
            "FIELD-REQUIRED@transfers[0].toOrganizationName"),
        ok("mobile period at its limits", c.withMobilePeriods(period)),
        bad(
            "mobile destination of 101",
            c.withMobilePeriods(ImmutableMobilePeriod.copyOf(period).withDestination(text(101))),
            "FIELD-LENGTH@mobilePeriods[0].destination"),
        bad(
            "blank mobile destination",
            c.withMobilePeriods(ImmutableMobilePeriod.copyOf(period).withDestination(" ")),
            "FIELD-REQUIRED@mobilePeriods[0].destination"),
        bad(
            "host organization of 101",
            c.withMobilePeriods(
                ImmutableMobilePeriod.copyOf(period).withHostOrganization(text(101))),
            "FIELD-LENGTH@mobilePeriods[0].hostOrganization"),
        bad(
            "activity card of 65",
            c.withMobilePeriods(
                ImmutableMobilePeriod.copyOf(period).withActivityCardNumber(id(65))),
            "FIELD-LENGTH@mobilePeriods[0].activityCardNumber"),
        ok(
            "departure decided by 100",
            c.withDeparture(
                Departure.builder()
                    .kind(DepartureKind.WITHDRAWAL)
                    .date(DAY)
                    .decidedBy(text(100))
                    .build())),
        bad(
            "departure decided by 101",
            c.withDeparture(
                Departure.builder()
                    .kind(DepartureKind.WITHDRAWAL)
                    .date(DAY)
                    .decidedBy(text(101))
                    .build()),
            "FIELD-LENGTH@departure.decidedBy"),
        ok("honor of 1921 with title of 100", c.withHonors(honor)),
        ok("honor of 2100", c.withHonors(Honor.of("优秀共产党员", HonorLevel.CITY, 2100))),
        bad(
            "honor of 1920",
            c.withHonors(Honor.of("优秀共产党员", HonorLevel.CITY, 1920)),
            "FIELD-RANGE@honors[0].year"),
        bad(
            "honor of 2101",
            c.withHonors(honor, Honor.of("优秀共产党员", HonorLevel.CITY, 2101)),
            "FIELD-RANGE@honors[1].year"),
        bad(
            "honor title of 101",
            c.withHonors(Honor.of(text(101), HonorLevel.CITY, 2020)),
            "FIELD-LENGTH@honors[0].title"),
        bad(
            "blank honor title",
            c.withHonors(Honor.of(" ", HonorLevel.CITY, 2020)),
            "FIELD-REQUIRED@honors[0].title"),
        bad(
            "honor awarded by 101",
            c.withHonors(
                Honor.builder()
                    .title("优秀共产党员")
                    .level(HonorLevel.CITY)
                    .year(2020)
                    .awardedBy(text(101))
                    .build()),
            "FIELD-LENGTH@honors[0].awardedBy"));
  }

  // ------------------------------------------------------------- development

  static Member development(UnaryOperator<ImmutableDevelopment> change) {
    Member m = FieldHarness.member();
    return ImmutableMember.copyOf(m)
        .withDevelopment(change.apply(ImmutableDevelopment.copyOf(m.development())));
  }

  static Member training(UnaryOperator<ImmutableTraining> change) {
    return development(
        d -> d.withTraining(change.apply(ImmutableTraining.copyOf(d.training().orElseThrow()))));
  }

  static Member step(int index, UnaryOperator<ImmutableStepRecord> change) {
    return development(
        d -> {
          List<StepRecord> steps = new ArrayList<>(d.steps());
          steps.set(index, change.apply(ImmutableStepRecord.copyOf(steps.get(index))));
          return d.withSteps(steps);
        });
  }

  static Stream<Arguments> developmentCases() {
    return Stream.of(
        ok("training of 0 days", training(t -> t.withDays(0).withClassHours(24))),
        bad(
            "training of -1 days",
            training(t -> t.withDays(-1)),
            "FIELD-RANGE@development.training.days"),
        ok("training of 365 days", training(t -> t.withDays(365))),
        bad(
            "training of 366 days",
            training(t -> t.withDays(366)),
            "FIELD-RANGE@development.training.days"),
        ok("training of 0 class hours", training(t -> t.withDays(3).withClassHours(0))),
        bad(
            "training of -1 class hours",
            training(t -> t.withClassHours(-1)),
            "FIELD-RANGE@development.training.classHours"),
        ok("training of 2000 class hours", training(t -> t.withClassHours(2000))),
        bad(
            "training of 2001 class hours",
            training(t -> t.withClassHours(2001)),
            "FIELD-RANGE@development.training.classHours"),
        ok("training organized by 100", training(t -> t.withOrganizedBy(text(100)))),
        bad(
            "training organized by 101",
            training(t -> t.withOrganizedBy(text(101))),
            "FIELD-LENGTH@development.training.organizedBy"),
        bad(
            "blank mentor",
            development(d -> d.withMentorIds(" ")),
            "FIELD-REQUIRED@development.mentorIds[0]"),
        bad(
            "introducer id of 65",
            development(d -> d.withIntroducerIds("m-1", id(65))),
            "FIELD-LENGTH@development.introducerIds[1]"),
        ok("step note of 500", step(1, s -> s.withNote(text(500)))),
        bad(
            "step note of 501",
            step(1, s -> s.withNote(text(501))),
            "FIELD-LENGTH@development.steps[1].note"),
        ok("blank step note", step(1, s -> s.withNote(""))),
        ok("step decided by 100", step(2, s -> s.withDecidedBy(text(100)))),
        bad(
            "step decided by a blank body",
            step(2, s -> s.withDecidedBy(" ")),
            "FIELD-REQUIRED@development.steps[2].decidedBy"),
        bad(
            "extension approved by 101",
            development(
                d ->
                    d.withProbationExtension(
                        ProbationExtension.builder()
                            .decidedOn(DAY)
                            .months(6)
                            .approvedBy(text(101))
                            .build())),
            "FIELD-LENGTH@development.probationExtension.approvedBy"));
  }

  // ------------------------------------------------------------------- dues

  static Member dues(UnaryOperator<ImmutableDues> change) {
    Member m = FieldHarness.member();
    return ImmutableMember.copyOf(m)
        .withDues(change.apply(ImmutableDues.copyOf(m.dues().orElseThrow())));
  }

  static Member payment(int index, UnaryOperator<ImmutableDuesPayment> change) {
    return dues(
        d -> {
          List<DuesPayment> payments = new ArrayList<>(d.payments());
          payments.set(index, change.apply(ImmutableDuesPayment.copyOf(payments.get(index))));
          return d.withPayments(payments);
        });
  }

  static BigDecimal yuan(String amount) {
    return new BigDecimal(amount);
  }

  static Stream<Arguments> duesCases() {
    return Stream.of(
        ok("base of 0.00", dues(d -> d.withMonthlyBase(yuan("0.00")))),
        bad(
            "base of -0.01",
            dues(d -> d.withMonthlyBase(yuan("-0.01"))),
            "FIELD-RANGE@dues.monthlyBase"),
        ok("base of 999999999.99", dues(d -> d.withMonthlyBase(yuan("999999999.99")))),
        bad(
            "base of 1000000000.00",
            dues(d -> d.withMonthlyBase(yuan("1000000000.00"))),
            "FIELD-RANGE@dues.monthlyBase"),
        ok("base of 3000.1", dues(d -> d.withMonthlyBase(yuan("3000.1")))),
        bad(
            "base of 3000.001",
            dues(d -> d.withMonthlyBase(yuan("3000.001"))),
            "FIELD-RANGE@dues.monthlyBase"),
        ok("fixed amount of 0.20", dues(d -> d.withFixedAmount(yuan("0.20")))),
        bad(
            "fixed amount of -0.20",
            dues(d -> d.withFixedAmount(yuan("-0.20"))),
            "FIELD-RANGE@dues.fixedAmount"),
        ok("payment of 0.00", payment(3, p -> p.withAmount(yuan("0.00")))),
        bad(
            "payment of -0.01",
            payment(3, p -> p.withAmount(yuan("-0.01"))),
            "FIELD-RANGE@dues.payments[3].amount"),
        bad(
            "payment of 15.005",
            payment(3, p -> p.withAmount(yuan("15.005"))),
            "FIELD-RANGE@dues.payments[3].amount"),
        bad(
            "payment base of 12.345",
            payment(0, p -> p.withBase(yuan("12.345"))),
            "FIELD-RANGE@dues.payments[0].base"),
        ok(
            "a payment added for a month",
            dues(d -> d.withPayments(DuesPayment.of(YearMonth.of(2023, 12), yuan("15.00"))))));
  }

  // ------------------------------------------------------------ organization

  static Stream<Arguments> organizationCases() {
    Organization o = FieldHarness.organization();
    ImmutableOrganization c = ImmutableOrganization.copyOf(o);
    ImmutableHostUnit unit = ImmutableHostUnit.copyOf(o.hostUnit().orElseThrow());
    Committee committee = o.committees().get(0);
    PostHolding post =
        PostHolding.builder().post(PostKind.SECRETARY).holderName(text(50)).from(DAY).build();
    InstructorAppointment instructor =
        InstructorAppointment.builder()
            .instructorName(text(50))
            .appointedBy(id(64))
            .from(DAY)
            .build();
    return Stream.of(
        ok("name of 100", c.withName(text(100))),
        bad("name of 101", c.withName(text(101)), "FIELD-LENGTH@name"),
        bad("blank name", c.withName(" "), "FIELD-REQUIRED@name"),
        bad("id of 65", c.withId(id(65)), "FIELD-LENGTH@id"),
        ok("parent of 64", c.withParentId(id(64))),
        bad("parent of 65", c.withParentId(id(65)), "FIELD-LENGTH@parentId"),
        bad("blank parent", c.withParentId(""), "FIELD-REQUIRED@parentId"),
        ok("unit name of 100", c.withHostUnit(unit.withName(text(100)))),
        bad(
            "unit name of 101",
            c.withHostUnit(unit.withName(text(101))),
            "FIELD-LENGTH@hostUnit.name"),
        ok("no employees", c.withHostUnit(unit.withEmployeeCount(0))),
        bad(
            "-1 employees",
            c.withHostUnit(unit.withEmployeeCount(-1)),
            "FIELD-RANGE@hostUnit.employeeCount"),
        bad(
            "blank joint unit",
            c.withJointUnits(unit, unit.withName(" ")),
            "FIELD-REQUIRED@jointUnits[1].name"),
        ok(
            "term of 10 years",
            c.withCommittees(ImmutableCommittee.copyOf(committee).withTermYears(10))),
        bad(
            "term of 11 years",
            c.withCommittees(ImmutableCommittee.copyOf(committee).withTermYears(11)),
            "FIELD-RANGE@committees[0].termYears"),
        ok(
            "term number 1",
            c.withCommittees(ImmutableCommittee.copyOf(committee).withTermNumber(1))),
        bad(
            "term number 0",
            c.withCommittees(ImmutableCommittee.copyOf(committee).withTermNumber(0)),
            "FIELD-RANGE@committees[0].termNumber"),
        ok("holder name of 50", c.withPosts(post)),
        bad(
            "holder name of 51",
            c.withPosts(ImmutablePostHolding.copyOf(post).withHolderName(text(51))),
            "FIELD-LENGTH@posts[0].holderName"),
        bad(
            "holder id of 65",
            c.withPosts(post, ImmutablePostHolding.copyOf(post).withMemberId(id(65))),
            "FIELD-LENGTH@posts[1].memberId"),
        ok("rating of 1921", c.withRatings(Rating.of(1921, StarLevel.FIVE_STAR))),
        bad(
            "rating of 1920",
            c.withRatings(Rating.of(1920, StarLevel.FIVE_STAR)),
            "FIELD-RANGE@ratings[0].year"),
        bad(
            "rated by a blank body",
            c.withRatings(Rating.builder().year(2023).level(StarLevel.MODEL).ratedBy(" ").build()),
            "FIELD-REQUIRED@ratings[0].ratedBy"),
        bad(
            "organization honor of 2101",
            c.withHonors(Honor.of("先进基层党组织", HonorLevel.CITY, 2101)),
            "FIELD-RANGE@honors[0].year"),
        ok("instructor at the limits", c.withInstructors(instructor)),
        bad(
            "blank instructor",
            c.withInstructors(
                ImmutableInstructorAppointment.copyOf(instructor).withInstructorName(" ")),
            "FIELD-REQUIRED@instructors[0].instructorName"),
        bad(
            "appointed by an id of 65",
            c.withInstructors(
                ImmutableInstructorAppointment.copyOf(instructor).withAppointedBy(id(65))),
            "FIELD-LENGTH@instructors[0].appointedBy"));
  }

  // ----------------------------------------------------------------- activity

  static Stream<Arguments> activityCases() {
    Activity a = FieldHarness.activity();
    ImmutableActivity c = ImmutableActivity.copyOf(a);
    Attendance limit = Attendance.builder().due(100_000).present(100_000).build();
    Absence absence = Absence.builder().name(text(50)).reason(text(100)).memberId(id(64)).build();
    return Stream.of(
        bad("id of 65", c.withId(id(65)), "FIELD-LENGTH@id"),
        bad("blank organization", c.withOrganizationId(" "), "FIELD-REQUIRED@organizationId"),
        ok("topic of 200", c.withTopic(text(200))),
        bad("topic of 201", c.withTopic(text(201)), "FIELD-LENGTH@topic"),
        ok("place of 100", c.withPlace(text(100))),
        bad("place of 101", c.withPlace(text(101)), "FIELD-LENGTH@place"),
        bad("blank place", c.withPlace(""), "FIELD-REQUIRED@place"),
        ok("100000 due and present", c.withAttendance(limit)),
        bad(
            "100001 due",
            c.withAttendance(ImmutableAttendance.copyOf(limit).withDue(100_001).withVotingDue(5)),
            "FIELD-RANGE@attendance.due"),
        bad(
            "100001 present",
            c.withAttendance(
                ImmutableAttendance.copyOf(limit).withPresent(100_001).withVotingPresent(5)),
            "FIELD-RANGE@attendance.present"),
        bad(
            "100001 voting due",
            c.withAttendance(ImmutableAttendance.copyOf(limit).withVotingDue(100_001)),
            "FIELD-RANGE@attendance.votingDue"),
        bad(
            "100001 voting present",
            c.withAttendance(ImmutableAttendance.copyOf(limit).withVotingPresent(100_001)),
            "FIELD-RANGE@attendance.votingPresent"),
        ok(
            "absence at the limits",
            c.withAttendance(Attendance.builder().due(2).present(1).addAbsence(absence).build())),
        bad(
            "absent name of 51",
            c.withAttendance(
                Attendance.builder()
                    .due(2)
                    .present(1)
                    .addAbsence(ImmutableAbsence.copyOf(absence).withName(text(51)))
                    .build()),
            "FIELD-LENGTH@attendance.absences[0].name"),
        bad(
            "blank absence reason",
            c.withAttendance(
                Attendance.builder()
                    .due(2)
                    .present(0)
                    .addAbsences(absence, ImmutableAbsence.copyOf(absence).withReason(" "))
                    .build()),
            "FIELD-REQUIRED@attendance.absences[1].reason"),
        bad("lecturer of 65", c.withLecturerId(id(65)), "FIELD-LENGTH@lecturerId"),
        bad(
            "blank partner",
            c.withPartnerOrganizationIds("o-1", ""),
            "FIELD-REQUIRED@partnerOrganizationIds[1]"));
  }
}
