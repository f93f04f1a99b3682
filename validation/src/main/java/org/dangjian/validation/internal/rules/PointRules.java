package org.dangjian.validation.internal.rules;

import static org.dangjian.core.record.RecordKind.ACTIVITY;
import static org.dangjian.core.record.RecordKind.POINT_ENTRY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.Attendance;
import org.dangjian.core.member.Member;
import org.dangjian.core.points.PointEntry;
import org.dangjian.core.points.PointSourceKind;
import org.dangjian.core.recognition.Honor;
import org.dangjian.validation.internal.Catalogue;
import org.dangjian.validation.internal.DatasetCheck;
import org.dangjian.validation.internal.RecordContext;
import org.dangjian.validation.internal.RuleCodes;
import org.dangjian.validation.internal.RuleGroup;
import org.dangjian.validation.internal.RunContext;
import org.dangjian.validation.rule.Rule;

/**
 * The points ledger (党员积分) and the attendance lists it is derived from: an activity that names
 * those present names as many as were present (ACT-PRESENT, per record); a points entry names a
 * person of the dataset (POINT-MEMBER) who was a party member on its date (POINT-STAGE) and had not
 * left (POINT-DEPARTED), an approver of the dataset (POINT-APPROVER) and an earning activity or
 * honor that exists (POINT-SOURCE), and a member's gains stay within the monthly and yearly caps of
 * the points scheme of the settings (POINT-CAP). Memory: nothing of its own per member (the first
 * day of Party membership and the day of leaving are columns of the shared {@link MemberColumns})
 * and per activity (the activity ids an entry names are looked for among the run's record ids at
 * the end, in one pass); 8 bytes per honor, and per points entry about 30 bytes plus its ids.
 */
public final class PointRules implements RuleGroup {

  static final Rule ACT_PRESENT = Catalogue.rule(RuleCodes.ACT_PRESENT);
  static final Rule POINT_MEMBER = Catalogue.rule(RuleCodes.POINT_MEMBER);
  static final Rule POINT_STAGE = Catalogue.rule(RuleCodes.POINT_STAGE);
  static final Rule POINT_DEPARTED = Catalogue.rule(RuleCodes.POINT_DEPARTED);
  static final Rule POINT_APPROVER = Catalogue.rule(RuleCodes.POINT_APPROVER);
  static final Rule POINT_SOURCE = Catalogue.rule(RuleCodes.POINT_SOURCE);

  @Override
  public String topic() {
    return "points";
  }

  @Override
  public List<Class<?>> checks() {
    return List.of(PointRules.class, PointCaps.class);
  }

  @Override
  public void activity(Activity a, RecordContext context) {
    if (a.attendance().isEmpty() || a.attendance().get().presentMemberIds().isEmpty()) {
      return;
    }
    Attendance att = a.attendance().get();
    int listed = new HashSet<>(att.presentMemberIds()).size();
    if (listed != att.present()) {
      context.report(
          ACT_PRESENT,
          "attendance.presentMemberIds",
          String.valueOf(listed),
          "listed",
          listed,
          "present",
          att.present());
    }
  }

  @Override
  public DatasetCheck newDatasetCheck(RunContext run) {
    return new Ledger(run);
  }

  /** The key of an honor of a member, as a points entry refers to it. */
  static long honorKey(String memberId, String reference) {
    return StructureIndex.hash(memberId + '\n' + reference);
  }

  /** Resolves every entry's member, approver and earning record once the stream has ended. */
  private static final class Ledger implements DatasetCheck {
    private final RunContext run;
    private final StructureIndex index;
    private int activities;
    private final LongList honors = new LongList();
    private final IntList entryIndexes = new IntList();
    private final IntList entryDays = new IntList();
    private final IntList entryPoints = new IntList();
    private final TextPool memberIds = new TextPool();
    private final TextPool approverIds = new TextPool();
    private final TextPool sourceIds = new TextPool();
    private final List<PointSourceKind> sourceKinds = new ArrayList<>();

    Ledger(RunContext run) {
      this.run = run;
      this.index = StructureIndex.of(run);
    }

    @Override
    public void member(Member m, RecordContext seen) {
      index.member(m, seen.index());
      for (Honor h : m.honors()) {
        honors.add(honorKey(m.id(), PointEntry.honorReference(h)));
      }
    }

    @Override
    public void activity(Activity a, RecordContext seen) {
      activities = Math.max(activities, seen.index() + 1);
    }

    @Override
    public void pointEntry(PointEntry e, RecordContext seen) {
      entryIndexes.add(seen.index());
      entryDays.add(StructureIndex.day(e.date()));
      entryPoints.add(e.points());
      memberIds.add(e.memberId());
      approverIds.add(e.approverId().orElse(""));
      sourceIds.add(e.sourceId().orElse(""));
      sourceKinds.add(e.sourceKind().orElse(PointSourceKind.OTHER));
    }

    @Override
    public void finish() {
      int count = entryIndexes.size();
      if (count == 0) {
        return;
      }
      Set<Long> wanted = new HashSet<>();
      for (int k = 0; k < count; k++) {
        wanted.add(StructureIndex.hash(memberIds.get(k)));
      }
      Map<Long, Integer> found = index.firstMembers(wanted);
      long[] activityHashes = activitySources(count);
      long[] honorKeys = honors.sortedCopy();
      int[] memberOf = new int[count];
      for (int k = 0; k < count; k++) {
        String memberId = memberIds.get(k);
        int entry = entryIndexes.get(k);
        Integer m = found.get(StructureIndex.hash(memberId));
        memberOf[k] = m == null ? -1 : m;
        if (m == null) {
          run.reportAt(POINT_ENTRY, entry, POINT_MEMBER, "memberId", memberId, "value", memberId);
        } else {
          checkDates(k, entry, m, memberId);
        }
        String approver = approverIds.get(k);
        if (!approver.isEmpty() && !index.hasMember(StructureIndex.hash(approver))) {
          run.reportAt(
              POINT_ENTRY, entry, POINT_APPROVER, "approverId", approver, "value", approver);
        }
        checkSource(k, entry, memberId, activityHashes, honorKeys);
      }
      new PointCaps(run, entryIndexes, entryDays, entryPoints, memberOf).check();
    }

    private void checkDates(int k, int entry, int m, String memberId) {
      int day = entryDays.get(k);
      String date = LocalDate.ofEpochDay(day).toString();
      MemberColumns columns = index.columns();
      int left = columns.partyUntil(m);
      if (day >= left) {
        run.reportAt(
            POINT_ENTRY,
            entry,
            POINT_DEPARTED,
            "date",
            date,
            "value",
            date,
            "member",
            memberId,
            "departure",
            LocalDate.ofEpochDay(left));
      } else if (day < columns.partyFrom(m)) {
        run.reportAt(
            POINT_ENTRY, entry, POINT_STAGE, "date", date, "value", date, "member", memberId);
      }
    }

    /**
     * The sorted hashes of the activity ids that entries name as their source and that some
     * activity of the run has: one pass over the run's activity ids when an entry names one.
     */
    private long[] activitySources(int count) {
      Set<Long> wanted = new HashSet<>();
      for (int k = 0; k < count; k++) {
        if (sourceKinds.get(k) == PointSourceKind.ACTIVITY && !sourceIds.get(k).isEmpty()) {
          wanted.add(StructureIndex.hash(sourceIds.get(k)));
        }
      }
      LongList found = new LongList();
      for (int i = 0; i < activities && !wanted.isEmpty(); i++) {
        long h = StructureIndex.hash(run.recordId(ACTIVITY, i));
        if (wanted.remove(h)) {
          found.add(h);
        }
      }
      return found.sortedCopy();
    }

    private void checkSource(
        int k, int entry, String memberId, long[] activityHashes, long[] honorKeys) {
      String source = sourceIds.get(k);
      PointSourceKind kind = sourceKinds.get(k);
      boolean exists;
      if (source.isEmpty() || kind == PointSourceKind.OTHER) {
        return;
      } else if (kind == PointSourceKind.ACTIVITY) {
        exists = Arrays.binarySearch(activityHashes, StructureIndex.hash(source)) >= 0;
      } else {
        exists = Arrays.binarySearch(honorKeys, honorKey(memberId, source)) >= 0;
      }
      if (!exists) {
        run.reportAt(
            POINT_ENTRY,
            entry,
            POINT_SOURCE,
            "sourceId",
            source,
            "value",
            source,
            "source",
            kind.label(),
            "sourceEn",
            kind.code());
      }
    }
  }
}
