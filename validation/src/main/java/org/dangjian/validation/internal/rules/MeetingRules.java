package org.dangjian.validation.internal.rules;

import static org.dangjian.core.record.RecordKind.ACTIVITY;
import static org.dangjian.core.record.RecordKind.ORGANIZATION;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityKind;
import org.dangjian.core.activity.Attendance;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.PostHolding;
import org.dangjian.core.organization.PostKind;
import org.dangjian.validation.internal.Catalogue;
import org.dangjian.validation.internal.DatasetCheck;
import org.dangjian.validation.internal.RecordContext;
import org.dangjian.validation.internal.RuleCodes;
import org.dangjian.validation.internal.RuleGroup;
import org.dangjian.validation.internal.RunContext;
import org.dangjian.validation.internal.rules.StructureIndex.Slot;
import org.dangjian.validation.rule.Rule;

/**
 * Meetings and organizational life (docs/regulations.md: Branch Work Regulations and Election
 * Regulations): the frequencies of the 三会一课, themed Party days, organizational-life meetings and
 * democratic appraisals over the year before the reference date, the party committee secretary's
 * lecture, the quorum of general meetings and election meetings, and voting counts that include
 * full members only (CONST-005, ELEC-004).
 *
 * <p>The period is (asOf − 12 months, asOf]; only whole calendar months and quarters inside it in
 * which the organization existed are required, and the yearly rules apply to organizations that
 * existed during the whole period. When a run saw no activity at all, the frequency rules are
 * skipped (the data has no activity records) and one INFO, LIFE-NO-ACTIVITIES, says so. Memory: 7
 * month masks, 13 lecture counters and a committee mask per organization (48 bytes), 12 bytes per
 * general or election meeting, 12 to 24 bytes per lecturer of a party lecture in the period; the
 * shared {@link StructureIndex} for the full members of each organization on each meeting's date.
 */
public final class MeetingRules implements RuleGroup {

  static final Rule LIFE_001 = Catalogue.rule(RuleCodes.LIFE_001);
  static final Rule LIFE_003 = Catalogue.rule(RuleCodes.LIFE_003);
  static final Rule LIFE_004 = Catalogue.rule(RuleCodes.LIFE_004);
  static final Rule LIFE_005 = Catalogue.rule(RuleCodes.LIFE_005);
  static final Rule LIFE_007 = Catalogue.rule(RuleCodes.LIFE_007);
  static final Rule LIFE_007L = Catalogue.rule(RuleCodes.LIFE_007L);
  static final Rule LIFE_008 = Catalogue.rule(RuleCodes.LIFE_008);
  static final Rule LIFE_009 = Catalogue.rule(RuleCodes.LIFE_009);
  static final Rule LIFE_011 = Catalogue.rule(RuleCodes.LIFE_011);
  static final Rule CONST_005 = Catalogue.rule(RuleCodes.CONST_005);
  static final Rule ELEC_005 = Catalogue.rule(RuleCodes.ELEC_005);
  static final Rule LIFE_NO_ACTIVITIES = Catalogue.rule(RuleCodes.LIFE_NO_ACTIVITIES);

  @Override
  public String topic() {
    return "meetings";
  }

  @Override
  public void activity(Activity a, RecordContext context) {
    if (a.attendance().isEmpty()) {
      return;
    }
    Attendance att = a.attendance().get();
    int due = att.votingDue();
    int present = att.votingPresent();
    if (due <= 0) {
      return;
    }
    if (a.kind() == ActivityKind.GENERAL_MEETING && (long) present * 2 <= due) {
      context.report(
          LIFE_003,
          "attendance.votingPresent",
          String.valueOf(present),
          "due",
          due,
          "present",
          present);
    }
    if (a.kind() == ActivityKind.ELECTION && (long) present * 5 <= (long) due * 4) {
      context.report(
          ELEC_005,
          "attendance.votingPresent",
          String.valueOf(present),
          "due",
          due,
          "present",
          present);
    }
  }

  @Override
  public DatasetCheck newDatasetCheck(RunContext run) {
    return new Frequencies(run);
  }

  private static final int GENERAL = 0;
  private static final int COMMITTEE = 1;
  private static final int GROUP = 2;
  private static final int LECTURE = 3;
  private static final int THEMED = 4;
  private static final int LIFE_MEETING = 5;
  private static final int APPRAISAL = 6;
  private static final int KINDS = 7;
  private static final int MONTHS = 13;

  /**
   * Values kept per general or election meeting: index, slot, and day, defaulted flag, voting due.
   */
  private static final int VOTING = 3;

  /** The flag of voting counts that look defaulted, above the 15 bits of the voting due count. */
  private static final int DEFAULTED = 1 << 15;

  private static int kindSlot(ActivityKind kind) {
    return switch (kind) {
      case GENERAL_MEETING -> GENERAL;
      case COMMITTEE_MEETING -> COMMITTEE;
      case GROUP_MEETING -> GROUP;
      case PARTY_LECTURE -> LECTURE;
      case THEMED_PARTY_DAY -> THEMED;
      case ORGANIZATIONAL_LIFE_MEETING -> LIFE_MEETING;
      case DEMOCRATIC_APPRAISAL -> APPRAISAL;
      default -> -1;
    };
  }

  /** The dataset check of one run. */
  private static final class Frequencies implements DatasetCheck {
    private final RunContext run;
    private final StructureIndex index;
    private final LocalDate asOf;
    private final LocalDate start;
    private final YearMonth base;
    private final IntList months = new IntList();
    private final IntList lectures = new IntList();
    private final IntList committeeMonths = new IntList();
    private final Map<Integer, List<String>> secretaries = new HashMap<>();
    private final LongIntMap lecturers = new LongIntMap();
    private final IntList voting = new IntList();
    private int activities;

    Frequencies(RunContext run) {
      this.run = run;
      this.index = StructureIndex.of(run);
      this.asOf = run.asOf();
      this.start = asOf.minusMonths(12);
      this.base = YearMonth.from(start);
    }

    private YearMonth month(int i) {
      return base.plusMonths(i);
    }

    @Override
    public void organization(Organization o, RecordContext seen) {
      int i = seen.index();
      index.organization(o, i);
      Slot slot = index.slot(o.id());
      if (slot.index != i) {
        return;
      }
      if (o.kind().isBranchLevel()) {
        int mask = 0;
        for (int m = 0; m < MONTHS; m++) {
          YearMonth month = month(m);
          if (o.committeeSizeOn(month.atDay(1)) >= 3
              && o.committeeSizeOn(month.atEndOfMonth()) >= 3) {
            mask |= 1 << m;
          }
        }
        committeeMonths.set(slot.id, mask);
      }
      if (o.kind() == OrganizationKind.PARTY_COMMITTEE
          || o.kind() == OrganizationKind.ORGAN_PARTY_COMMITTEE) {
        List<String> ids = new ArrayList<>();
        for (PostHolding p : o.posts()) {
          boolean overlaps =
              !p.from().isAfter(asOf) && p.until().map(u -> u.isAfter(start)).orElse(true);
          if (p.post() == PostKind.SECRETARY && overlaps && p.memberId().isPresent()) {
            ids.add(p.memberId().get());
          }
        }
        if (!ids.isEmpty()) {
          secretaries.put(slot.id, ids);
        }
      }
    }

    @Override
    public void member(Member m, RecordContext seen) {
      int i = seen.index();
      index.member(m, i);
    }

    @Override
    public void activity(Activity a, RecordContext seen) {
      int i = seen.index();
      activities++;
      LocalDate date = a.date();
      if (date.isAfter(asOf)) {
        return;
      }
      Slot slot = index.slot(a.organizationId());
      boolean voteCounted =
          a.kind() == ActivityKind.GENERAL_MEETING || a.kind() == ActivityKind.ELECTION;
      if (voteCounted && a.attendance().isPresent()) {
        Attendance att = a.attendance().get();
        boolean defaulted = att.votingDue() == att.due() && att.votingPresent() == att.present();
        voting.add(i);
        voting.add(slot.id);
        voting.add(
            StructureIndex.pack(StructureIndex.day(date)) << 16
                | (defaulted ? DEFAULTED : 0)
                | Math.min(att.votingDue(), DEFAULTED - 1));
      }
      if (!date.isAfter(start)) {
        return;
      }
      int kind = kindSlot(a.kind());
      if (kind < 0) {
        return;
      }
      int m = (int) ChronoUnit.MONTHS.between(base, YearMonth.from(date));
      int at = slot.id * KINDS + kind;
      months.set(at, months.getOrZero(at) | 1 << m);
      if (kind == LECTURE) {
        int at4 = slot.id * 4 + m / 4;
        int shift = (m % 4) * 8;
        int packed = lectures.getOrZero(at4);
        if ((packed >>> shift & 0xff) < 0xff) {
          lectures.set(at4, packed + (1 << shift));
        }
        if (a.lecturerId().isPresent()) {
          lecturers.put(StructureIndex.hash(a.lecturerId().get()), 1);
        }
      }
    }

    @Override
    public void finish() {
      index.resolve();
      votingCounts();
      if (activities == 0) {
        long branches =
            index.slots().stream().filter(s -> s.existsOn(asOf) && s.kind.isBranchLevel()).count();
        if (branches > 0) {
          run.reportDataset(LIFE_NO_ACTIVITIES, null, "count", branches);
        }
        return;
      }
      for (Slot s : index.slots()) {
        if (!s.seen) {
          continue;
        }
        if (s.kind.isBranchLevel()) {
          branch(s);
        } else if (s.kind == OrganizationKind.PARTY_GROUP) {
          group(s);
        } else if (secretaries.containsKey(s.id)) {
          lecture(s);
        }
      }
    }

    /** True when month {@code m} lies wholly in the period and the organization existed in it. */
    private boolean required(Slot s, int m) {
      YearMonth month = month(m);
      return month.atDay(1).isAfter(start)
          && !month.atEndOfMonth().isAfter(asOf)
          && s.existsOn(month.atDay(1))
          && s.existsOn(month.atEndOfMonth());
    }

    private boolean wholePeriod(Slot s) {
      return s.existsOn(start.plusDays(1)) && s.existsOn(asOf);
    }

    /** True when organization {@code slot} held an activity of {@code kind} in month {@code m}. */
    private boolean held(int slot, int kind, int m) {
      return (months.getOrZero(slot * KINDS + kind) & 1 << m) != 0;
    }

    private boolean heldInYear(int slot, int kind) {
      return months.getOrZero(slot * KINDS + kind) != 0;
    }

    private int lecturesIn(int slot, int m) {
      return (lectures.getOrZero(slot * 4 + m / 4) >>> ((m % 4) * 8)) & 0xff;
    }

    private void branch(Slot s) {
      int committee = committeeMonths.getOrZero(s.id);
      List<YearMonth> noThemed = new ArrayList<>();
      List<YearMonth> noCommittee = new ArrayList<>();
      for (int m = 0; m < MONTHS; m++) {
        if (!required(s, m)) {
          continue;
        }
        if (!held(s.id, THEMED, m)) {
          noThemed.add(month(m));
        }
        if ((committee & (1 << m)) != 0 && !held(s.id, COMMITTEE, m)) {
          noCommittee.add(month(m));
        }
      }
      months(s, LIFE_008, noThemed);
      months(s, LIFE_004, noCommittee);
      int perQuarter = run.settings().policy().partyLecturesPerQuarter();
      List<YearMonth> noGeneral = new ArrayList<>();
      List<YearMonth> fewLectures = new ArrayList<>();
      for (int m = 0; m + 2 < MONTHS; m++) {
        if ((month(m).getMonthValue() - 1) % 3 != 0
            || !required(s, m)
            || !required(s, m + 1)
            || !required(s, m + 2)) {
          continue;
        }
        if (!held(s.id, GENERAL, m) && !held(s.id, GENERAL, m + 1) && !held(s.id, GENERAL, m + 2)) {
          noGeneral.add(month(m));
        }
        int given = lecturesIn(s.id, m) + lecturesIn(s.id, m + 1) + lecturesIn(s.id, m + 2);
        if (given < perQuarter) {
          fewLectures.add(month(m));
        }
      }
      quarters(s, LIFE_001, noGeneral);
      if (perQuarter > 0) {
        quarters(s, LIFE_007L, fewLectures, "required", perQuarter);
      }
      if (wholePeriod(s)) {
        boolean lifeMeeting = heldInYear(s.id, LIFE_MEETING);
        if (!lifeMeeting) {
          yearly(s, LIFE_009);
        }
        if (!lifeMeeting && !heldInYear(s.id, APPRAISAL)) {
          yearly(s, LIFE_011);
        }
      }
    }

    private void group(Slot s) {
      List<YearMonth> missing = new ArrayList<>();
      for (int m = 0; m < MONTHS; m++) {
        if (required(s, m)
            && !held(s.id, GROUP, m)
            && (s.parent < 0 || !held(s.parent, GROUP, m))) {
          missing.add(month(m));
        }
      }
      months(s, LIFE_005, missing);
    }

    private void lecture(Slot s) {
      if (!wholePeriod(s) || lecturers.size() == 0 || !run.isEnabled(LIFE_007)) {
        return;
      }
      List<String> ids = secretaries.get(s.id);
      for (String id : ids) {
        if (lecturers.get(StructureIndex.hash(id)) >= 0) {
          return;
        }
      }
      String names = String.join("、", ids);
      run.reportAt(
          ORGANIZATION,
          s.index,
          LIFE_007,
          "posts",
          names,
          "secretaries",
          names,
          "from",
          start.plusDays(1),
          "to",
          asOf);
    }

    private void months(Slot s, Rule rule, List<YearMonth> missing) {
      if (missing.isEmpty()) {
        return;
      }
      List<String> texts = missing.stream().map(YearMonth::toString).toList();
      String list = String.join("、", texts);
      run.reportAt(
          ORGANIZATION,
          s.index,
          rule,
          null,
          list,
          "missing",
          list,
          "missingEn",
          String.join(", ", texts));
    }

    private void quarters(Slot s, Rule rule, List<YearMonth> firstMonths, Object... more) {
      if (firstMonths.isEmpty()) {
        return;
      }
      List<String> zh = new ArrayList<>();
      List<String> en = new ArrayList<>();
      for (YearMonth m : firstMonths) {
        int q = (m.getMonthValue() - 1) / 3 + 1;
        zh.add(m.getYear() + "年第" + q + "季度");
        en.add(m.getYear() + " Q" + q);
      }
      String list = String.join("、", zh);
      Object[] arguments = new Object[4 + more.length];
      arguments[0] = "missing";
      arguments[1] = list;
      arguments[2] = "missingEn";
      arguments[3] = String.join(", ", en);
      System.arraycopy(more, 0, arguments, 4, more.length);
      run.reportAt(ORGANIZATION, s.index, rule, null, list, arguments);
    }

    private void yearly(Slot s, Rule rule) {
      run.reportAt(ORGANIZATION, s.index, rule, null, null, "from", start.plusDays(1), "to", asOf);
    }

    /**
     * CONST-005: for each general or election meeting, the full and probationary members of its
     * organization on its date, counted from the spans of the shared index with difference arrays
     * over the meetings sorted by organization and date. Voting counts that look defaulted (equal
     * to the due and present counts) cannot tell voters from probationary members, so they are
     * judged only where the organization had no probationary member that day.
     */
    private void votingCounts() {
      int n = voting.size() / VOTING;
      if (n == 0 || !run.isEnabled(CONST_005)) {
        return;
      }
      Integer[] order = new Integer[n];
      for (int k = 0; k < n; k++) {
        order[k] = k;
      }
      Arrays.sort(
          order,
          (x, y) -> {
            int bySlot = Integer.compare(votingAt(x, 1), votingAt(y, 1));
            return bySlot != 0 ? bySlot : Integer.compare(votingDay(x), votingDay(y));
          });
      int[] days = new int[n];
      Map<Integer, int[]> ranges = new HashMap<>();
      for (int k = 0; k < n; k++) {
        int slot = votingAt(order[k], 1);
        days[k] = votingDay(order[k]);
        int[] range = ranges.computeIfAbsent(slot, x -> new int[] {-1, -1});
        if (range[0] < 0) {
          range[0] = k;
        }
        range[1] = k + 1;
      }
      int[] fullDiff = new int[n + 1];
      int[] probationaryDiff = new int[n + 1];
      for (int sp = 0; sp < index.spanCount(); sp++) {
        int[] range = ranges.get(index.spanSlot(sp));
        if (range == null) {
          continue;
        }
        int from = index.spanFrom(sp);
        int full = Math.max(from, index.spanFull(sp));
        int until = index.spanUntil(sp);
        mark(fullDiff, days, range, full, until);
        mark(probationaryDiff, days, range, from, Math.min(full, until));
      }
      int full = 0;
      int probationary = 0;
      for (int k = 0; k < n; k++) {
        full += fullDiff[k];
        probationary += probationaryDiff[k];
        int v = order[k];
        Slot slot = index.slot(votingAt(v, 1));
        int votingDue = votingAt(v, 2) & (DEFAULTED - 1);
        boolean defaulted = (votingAt(v, 2) & DEFAULTED) != 0;
        if (slot.seen && votingDue > full && !(defaulted && probationary > 0)) {
          run.reportAt(
              ACTIVITY,
              votingAt(v, 0),
              CONST_005,
              "attendance.votingDue",
              String.valueOf(votingDue),
              "votingDue",
              votingDue,
              "full",
              full);
        }
      }
    }

    private int votingAt(int meeting, int field) {
      return voting.get(VOTING * meeting + field);
    }

    private int votingDay(int meeting) {
      return StructureIndex.unpack((char) (votingAt(meeting, 2) >>> 16));
    }

    /**
     * Counts a span {@code [from, until)} for the meetings of one organization in {@code range}.
     */
    private static void mark(int[] diff, int[] days, int[] range, int from, int until) {
      if (from >= until) {
        return;
      }
      diff[lowerBound(days, range[0], range[1], from)]++;
      diff[lowerBound(days, range[0], range[1], until)]--;
    }

    /** The first position in {@code [from, to)} whose value is at least {@code key}. */
    private static int lowerBound(int[] values, int from, int to, int key) {
      int lo = from;
      int hi = to;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (values[mid] < key) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }
}
