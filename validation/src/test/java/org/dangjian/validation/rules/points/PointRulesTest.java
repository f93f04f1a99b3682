package org.dangjian.validation.rules.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.Attendance;
import org.dangjian.core.activity.ImmutableActivity;
import org.dangjian.core.activity.ImmutableAttendance;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.ImmutableDataset;
import org.dangjian.core.member.Departure;
import org.dangjian.core.member.DepartureKind;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.core.points.ImmutablePointEntry;
import org.dangjian.core.points.PointCategory;
import org.dangjian.core.points.PointEntry;
import org.dangjian.core.points.PointSourceKind;
import org.dangjian.core.points.PointsPolicy;
import org.dangjian.core.record.RecordKind;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.testkit.Mutation;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.ValidationSettings;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.report.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rules of the points topic, each at its boundary: a points entry added to a generated dataset
 * that is valid by construction passes on the boundary's good side and gives exactly its rule one
 * step beyond it; and the generated ledger of a year under the sample scheme is valid.
 */
class PointRulesTest {

  private static final LocalDate AS_OF = LocalDate.of(2024, 1, 31);
  private static final Dataset VALID =
      DatasetGenerator.generate(
          GeneratorSettings.builder().seed(11).branches(4).members(60).asOf(AS_OF).build());
  private static final DangjianValidator UNDER_SCHEME =
      DangjianValidator.of(
          ValidationSettings.builder().pointsPolicy(PointsPolicy.sample()).build());

  private static List<String> codes(Dataset dataset) {
    return UNDER_SCHEME.validate(dataset, AS_OF).issues().stream()
        .map(Issue::code)
        .sorted()
        .toList();
  }

  private static Member admitted() {
    return VALID.members().stream()
        .filter(m -> m.development().admissionDate().filter(d -> d.getYear() >= 2015).isPresent())
        .findFirst()
        .orElseThrow();
  }

  private static ImmutablePointEntry entry(String id, Member m, LocalDate date, int points) {
    return PointEntry.builder()
        .id(id)
        .memberId(m.id())
        .date(date)
        .points(points)
        .category(PointCategory.STUDY)
        .build();
  }

  private static Dataset with(PointEntry... entries) {
    return ImmutableDataset.copyOf(VALID).withPointEntries(entries);
  }

  @Test
  void theGeneratedLedgerOfAYearIsValidUnderItsScheme() {
    Dataset withLedger =
        DatasetGenerator.generate(
            GeneratorSettings.builder()
                .seed(11)
                .branches(4)
                .members(60)
                .asOf(AS_OF)
                .pointsPolicy(PointsPolicy.sample())
                .build());
    assertThat(withLedger.pointEntries()).isNotEmpty();
    ValidationReport report = UNDER_SCHEME.validate(withLedger, AS_OF);
    assertThat(report.issues()).isEmpty();
    assertThat(report.recordCounts())
        .containsEntry(RecordKind.POINT_ENTRY, (long) withLedger.pointEntries().size());
  }

  @Test
  void anEntryForAnUnknownMemberFails() {
    Member m = admitted();
    assertThat(codes(with(entry("pt-1", m, AS_OF, 3)))).isEmpty();
    PointEntry unknown = entry("pt-2", m, AS_OF, 3).withMemberId("m-nobody");
    ValidationReport report = UNDER_SCHEME.validate(with(unknown), AS_OF);
    assertThat(report.issues()).extracting(Issue::code).containsExactly("POINT-MEMBER");
    Issue issue = report.issues().get(0);
    assertThat(issue.location().recordKind()).hasValue(RecordKind.POINT_ENTRY);
    assertThat(issue.location().recordId()).hasValue("pt-2");
    assertThat(issue.location().fieldPath()).hasValue("memberId");
    assertThat(issue.value()).hasValue("m-nobody");
  }

  @Test
  void anEntryBeforeTheAdmissionFailsAndOneOnItsDayPasses() {
    Member m = admitted();
    LocalDate admission = m.development().admissionDate().orElseThrow();
    assertThat(codes(with(entry("pt-1", m, admission, 3)))).isEmpty();
    assertThat(codes(with(entry("pt-1", m, admission.minusDays(1), 3))))
        .containsExactly("POINT-STAGE");
  }

  @Test
  void anEntryOnTheDayOfLeavingFailsAndOneTheDayBeforePasses() {
    Member m = admitted();
    LocalDate left = LocalDate.of(2024, 1, 20);
    List<Member> members = new ArrayList<>(VALID.members());
    members.replaceAll(
        x ->
            x == m
                ? ImmutableMember.copyOf(m)
                    .withDeparture(Departure.of(DepartureKind.values()[0], left))
                : x);
    Dataset departed = ImmutableDataset.copyOf(VALID).withMembers(members);
    List<String> before =
        codes(
            ImmutableDataset.copyOf(departed)
                .withPointEntries(entry("p", m, left.minusDays(1), 2)));
    List<String> on =
        codes(ImmutableDataset.copyOf(departed).withPointEntries(entry("p", m, left, 2)));
    assertThat(on).contains("POINT-DEPARTED");
    List<String> added = new ArrayList<>(on);
    before.forEach(added::remove);
    assertThat(added).containsExactly("POINT-DEPARTED");
  }

  @Test
  void anUnknownApproverFailsAndAMemberApproverPasses() {
    Member m = admitted();
    Member secretary = VALID.members().get(0);
    assertThat(codes(with(entry("pt-1", m, AS_OF, 3).withApproverId(secretary.id())))).isEmpty();
    assertThat(codes(with(entry("pt-1", m, AS_OF, 3).withApproverId("m-nobody"))))
        .containsExactly("POINT-APPROVER");
  }

  @Test
  void theEarningActivityOrHonorMustExist() {
    Member m = admitted();
    Activity a = VALID.activities().get(0);
    ImmutablePointEntry byActivity =
        entry("pt-1", m, AS_OF, 3).withSourceKind(PointSourceKind.ACTIVITY).withSourceId(a.id());
    assertThat(codes(with(byActivity))).isEmpty();
    assertThat(codes(with(byActivity.withSourceId("act-nowhere")))).containsExactly("POINT-SOURCE");
    // honors: the same year and title as the member's honor, else nothing
    Member honored =
        VALID.members().stream().filter(x -> !x.honors().isEmpty()).findFirst().orElseThrow();
    String reference = PointEntry.honorReference(honored.honors().get(0));
    ImmutablePointEntry byHonor =
        entry("pt-2", honored, AS_OF, 5)
            .withCategory(PointCategory.HONOR)
            .withSourceKind(PointSourceKind.HONOR)
            .withSourceId(reference);
    assertThat(codes(with(byHonor))).isEmpty();
    assertThat(codes(with(byHonor.withMemberId(m.id())))).containsExactly("POINT-SOURCE");
    // other evidence is not checked
    assertThat(codes(with(byActivity.withSourceKind(PointSourceKind.OTHER)))).isEmpty();
  }

  @Test
  void aMonthAtItsCapPassesAndOnePointMoreFails() {
    Member m = admitted();
    LocalDate day = LocalDate.of(2023, 11, 10);
    assertThat(codes(with(entry("a", m, day, 12), entry("b", m, day.plusDays(5), 8)))).isEmpty();
    ValidationReport over =
        UNDER_SCHEME.validate(
            with(entry("a", m, day, 12), entry("b", m, day.plusDays(5), 9)), AS_OF);
    assertThat(over.issues()).extracting(Issue::code).containsExactly("POINT-CAP");
    assertThat(over.issues().get(0).location().recordId()).hasValue("b");
    // a deduction is not a gain, so it does not free room under the cap
    assertThat(
            codes(
                with(
                    entry("a", m, day, 20),
                    entry("c", m, day, -5).withCategory(PointCategory.DEDUCTION),
                    entry("b", m, day.plusDays(1), 1))))
        .containsExactly("POINT-CAP");
    // without a scheme nothing is capped
    assertThat(DangjianValidator.defaults().validate(with(entry("a", m, day, 100)), AS_OF).issues())
        .isEmpty();
  }

  @Test
  void aYearAtItsCapPassesAndOnePointMoreFails() {
    Member m = admitted();
    List<PointEntry> year = new ArrayList<>();
    for (int month = 1; month <= 6; month++) {
      year.add(entry("y" + month, m, LocalDate.of(2023, month, 3), 20));
    }
    assertThat(codes(ImmutableDataset.copyOf(VALID).withPointEntries(year))).isEmpty();
    year.add(entry("y7", m, LocalDate.of(2023, 7, 3), 1));
    assertThat(codes(ImmutableDataset.copyOf(VALID).withPointEntries(year)))
        .containsExactly("POINT-CAP");
    // the next year starts afresh
    year.set(6, entry("y7", m, LocalDate.of(2024, 1, 3), 20));
    assertThat(codes(ImmutableDataset.copyOf(VALID).withPointEntries(year))).isEmpty();
  }

  @Test
  void aPresentListShorterThanThePresentCountFails() {
    Activity a =
        VALID.activities().stream()
            .filter(x -> x.attendance().filter(t -> t.present() >= 3).isPresent())
            .findFirst()
            .orElseThrow();
    Attendance att = a.attendance().orElseThrow();
    List<String> ids = VALID.membersOf(a.organizationId()).stream().map(Member::id).toList();
    List<String> exact = ids.subList(0, att.present());
    assertThat(
            codes(withAttendance(a, ImmutableAttendance.copyOf(att).withPresentMemberIds(exact))))
        .isEmpty();
    List<String> duplicate = new ArrayList<>(exact);
    duplicate.set(0, duplicate.get(1));
    ValidationReport report =
        UNDER_SCHEME.validate(
            withAttendance(a, ImmutableAttendance.copyOf(att).withPresentMemberIds(duplicate)),
            AS_OF);
    assertThat(report.issues()).extracting(Issue::code).containsExactly("ACT-PRESENT");
    assertThat(report.issues().get(0).location().fieldPath())
        .hasValue("attendance.presentMemberIds");
    assertThat(report.issues().get(0).value()).hasValue(String.valueOf(att.present() - 1));
  }

  @ParameterizedTest
  @EnumSource(
      value = Defect.class,
      names = {
        "GENERAL_MEETING_WITHOUT_QUORUM",
        "BRANCH_WITH_TWO_FULL_MEMBERS",
        "MEMBER_ATTACHED_TO_COMMITTEE"
      })
  void meetingDefectsKeepTheListsOfThosePresentConsistent(Defect defect) {
    GeneratorSettings settings =
        GeneratorSettings.proportional(11, 400).pointsPolicy(PointsPolicy.sample()).build();
    Dataset withLists = DatasetGenerator.generate(settings);
    Mutation mutation = defect.applyTo(withLists, settings.asOf());
    assertThat(DangjianValidator.defaults().validate(mutation.dataset(), settings.asOf()).issues())
        .extracting(i -> i.code() + "@" + i.location().recordId().orElse("-"))
        .containsExactly(defect.ruleId() + "@" + mutation.recordId());
  }

  private static Dataset withAttendance(Activity a, Attendance att) {
    List<Activity> activities = new ArrayList<>(VALID.activities());
    activities.replaceAll(x -> x == a ? ImmutableActivity.copyOf(a).withAttendance(att) : x);
    return ImmutableDataset.copyOf(VALID).withActivities(activities);
  }
}
