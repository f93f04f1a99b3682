package org.dangjian.testkit.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.dangjian.core.activity.Absence;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityKind;
import org.dangjian.core.activity.Attendance;
import org.dangjian.core.activity.ImmutableActivity;
import org.dangjian.core.activity.ImmutableAttendance;

/**
 * Generates a year of organizational-life activities for each branch up to the as-of date: monthly
 * themed Party days and branch committee meetings, quarterly general meetings and Party lectures, a
 * yearly Party lecture by each party committee secretary in the secretary's own branch, and the
 * annual organizational-life meeting and democratic appraisal, each with plausible attendance and
 * absences (and, when a points ledger is generated, the list of those present); the activities of a
 * branch are sorted by date and numbered in order.
 */
final class ActivityPlanner {

  private final GeneratorContext ctx;
  private final SplittableRandom random;
  private int activityCounter;

  ActivityPlanner(GeneratorContext ctx) {
    this.ctx = ctx;
    this.random = ctx.random;
  }

  /**
   * Adds the activities of {@code branch} to {@code out}, with one more party lecture in the branch
   * by each of {@code committeeSecretaries} (members of the branch who are secretaries of a party
   * committee, who give at least one lecture a year: LIFE-007).
   */
  void addActivities(OrgNode branch, List<Person> committeeSecretaries, List<Activity> out) {
    LocalDate asOf = ctx.asOf;
    List<Person> byAdmission = branch.people;
    List<Person> fullByDate = branch.fullMembersByDate();
    boolean committee = branch.fullCount >= GenerationRun.COMMITTEE_THRESHOLD;
    List<Activity> own = new ArrayList<>();
    YearMonth last = YearMonth.from(asOf);
    YearMonth first = last.minusMonths(11);
    int lastQuarterSeen = -1;
    Person secretary = branch.veterans().get(0);
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      own.add(meeting(branch, ActivityKind.THEMED_PARTY_DAY, m, byAdmission, fullByDate, null));
      if (committee) {
        own.add(committeeMeeting(branch, m));
      }
      int quarter = m.getYear() * 4 + (m.getMonthValue() - 1) / 3;
      if (quarter != lastQuarterSeen) {
        lastQuarterSeen = quarter;
        own.add(meeting(branch, ActivityKind.GENERAL_MEETING, m, byAdmission, fullByDate, null));
        own.add(meeting(branch, ActivityKind.PARTY_LECTURE, m, byAdmission, fullByDate, secretary));
      }
    }
    for (Person lecturer : committeeSecretaries) {
      YearMonth month = first.plusMonths(random.nextInt(12));
      own.add(
          meeting(branch, ActivityKind.PARTY_LECTURE, month, byAdmission, fullByDate, lecturer));
    }
    YearMonth december = asOf.getMonthValue() == 12 ? last : YearMonth.of(asOf.getYear() - 1, 12);
    own.add(
        meeting(
            branch,
            ActivityKind.ORGANIZATIONAL_LIFE_MEETING,
            december,
            byAdmission,
            fullByDate,
            null));
    own.add(
        meeting(
            branch, ActivityKind.DEMOCRATIC_APPRAISAL, december, byAdmission, fullByDate, null));
    own.sort(Comparator.comparing(Activity::date).thenComparing(a -> a.kind().code()));
    for (Activity a : own) {
      out.add(
          ImmutableActivity.copyOf(a)
              .withId(String.format(Locale.ROOT, "act-%06d", ++activityCounter)));
    }
  }

  /** True when the activities list those present: a points ledger is generated from them. */
  private boolean listsPresent() {
    return ctx.settings.pointsPolicy().isPresent();
  }

  private LocalDate dayIn(YearMonth m) {
    LocalDate asOf = ctx.asOf;
    int maxDay = Math.min(28, m.lengthOfMonth());
    if (m.equals(YearMonth.from(asOf))) {
      maxDay = Math.min(maxDay, asOf.getDayOfMonth());
    }
    return m.atDay(1 + random.nextInt(maxDay));
  }

  private Activity meeting(
      OrgNode branch,
      ActivityKind kind,
      YearMonth month,
      List<Person> byAdmission,
      List<Person> fullByDate,
      Person lecturer) {
    LocalDate date = dayIn(month);
    int due = 0;
    while (due < byAdmission.size() && !byAdmission.get(due).admission.isAfter(date)) {
      due++;
    }
    int votingDue = Person.countFullOn(fullByDate, date);
    int maxAbsent = Math.min(due / 5, 4);
    int absent = maxAbsent == 0 ? 0 : random.nextInt(maxAbsent + 1);
    ImmutableAttendance.Builder att = Attendance.builder().due(due).present(due - absent);
    int absentFull = 0;
    boolean[] away = new boolean[Math.max(due, 1)];
    for (int idx : ctx.distinct(Math.max(due, 1), absent)) {
      away[idx] = true;
      Person p = byAdmission.get(idx);
      if (p.fullFrom() != null && !p.fullFrom().isAfter(date)) {
        absentFull++;
      }
      att.addAbsence(
          Absence.builder()
              .memberId(p.id)
              .name(p.name)
              .reason(Names.pick(random, Names.ABSENCE_REASONS))
              .build());
    }
    att.votingDue(votingDue).votingPresent(votingDue - absentFull);
    if (listsPresent()) {
      for (int i = 0; i < due; i++) {
        if (!away[i]) {
          att.addPresentMemberIds(byAdmission.get(i).id);
        }
      }
    }
    ImmutableActivity.Builder a =
        Activity.builder()
            .id("pending")
            .organizationId(branch.id)
            .kind(kind)
            .date(date)
            .topic(Names.pick(random, Names.TOPICS))
            .place(Names.pick(random, Names.PLACES))
            .attendance(att.build());
    if (lecturer != null) {
      a.lecturerId(lecturer.id);
    }
    return a.build();
  }

  private Activity committeeMeeting(OrgNode branch, YearMonth month) {
    LocalDate date = dayIn(month);
    List<Person> seats = branch.veterans().subList(0, branch.seats);
    ImmutableAttendance.Builder att = Attendance.builder().due(branch.seats);
    if (random.nextInt(4) == 0) {
      Person away = seats.get(1 + random.nextInt(seats.size() - 1));
      if (listsPresent()) {
        seats.stream().filter(p -> p != away).forEach(p -> att.addPresentMemberIds(p.id));
      }
      att.present(branch.seats - 1)
          .addAbsence(
              Absence.builder()
                  .memberId(away.id)
                  .name(away.name)
                  .reason(Names.pick(random, Names.ABSENCE_REASONS))
                  .build());
    } else {
      att.present(branch.seats);
      if (listsPresent()) {
        seats.forEach(p -> att.addPresentMemberIds(p.id));
      }
    }
    return Activity.builder()
        .id("pending")
        .organizationId(branch.id)
        .kind(ActivityKind.COMMITTEE_MEETING)
        .date(date)
        .topic("研究部署" + month.getMonthValue() + "月份党建工作")
        .place("党员活动室")
        .attendance(att.build())
        .build();
  }
}
