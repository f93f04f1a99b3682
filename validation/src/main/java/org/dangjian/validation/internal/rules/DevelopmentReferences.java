package org.dangjian.validation.internal.rules;

import static org.dangjian.core.record.RecordKind.MEMBER;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjian.core.member.Development;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.StepRecord;
import org.dangjian.core.organization.UnitType;
import org.dangjian.validation.internal.Catalogue;
import org.dangjian.validation.internal.DatasetCheck;
import org.dangjian.validation.internal.OrgInfo;
import org.dangjian.validation.internal.RecordContext;
import org.dangjian.validation.internal.RuleCodes;
import org.dangjian.validation.internal.RunContext;
import org.dangjian.validation.rule.Rule;

/**
 * The references of a development record to other records: every mentor (DEV-005) must have been a
 * full member on the day the mentor was assigned (or the activist designated), and every introducer
 * (DEV-008) on the day the introducers were assigned (or the target designated, or the admission
 * meeting held); and the body that approved the admission must be a committee with the authority
 * (DEV-016), checked when the member is seen if the organization came first, else at the end.
 *
 * <p>One pass, bounded memory, no record kept and nothing of its own per member: the day each
 * member became a full member as its record states it ({@link Development#fullMembershipDate()};
 * for a member recorded as full without that date, the end of its probation or "always") and the
 * day it departed are columns of the shared {@link MemberColumns}; the references (sponsor id,
 * referencing member, day, list and position) go through a {@link ReferenceSpill}, which keeps one
 * buffer of 8,192 in memory and appends the rest to a temporary file (about 25 bytes per reference
 * on disk). At the end every reference read back is looked up by binary search among the sorted
 * hashes of the member ids ({@link MemberHashes}, shared with the other checks). A referenced id
 * that names no member of the dataset is taken as a member of an organization outside it and is not
 * reported: rosters of an enterprise routinely name introducers from the school, army or former
 * employer where a member joined.
 */
final class DevelopmentReferences implements DatasetCheck {

  private static final int INTRODUCER = 0x80;

  static final Rule DEV_016 = Catalogue.rule(RuleCodes.DEV_016);

  private final RunContext run;
  private final boolean mentorsOn;
  private final boolean introducersOn;
  private final boolean bodiesOn;

  private final StructureIndex structure;
  private MemberHashes members;

  private final ReferenceSpill references = new ReferenceSpill();

  private long[] bodyIds = new long[16];
  private int[] bodyMembers = new int[16];
  private int[] bodyPositions = new int[16];
  private int bodies;

  DevelopmentReferences(RunContext run) {
    this.run = run;
    this.structure = StructureIndex.of(run);
    this.mentorsOn = run.isEnabled(ActivistTargetRules.DEV_005);
    this.introducersOn = run.isEnabled(ActivistTargetRules.DEV_008);
    this.bodiesOn = run.isEnabled(DEV_016);
  }

  @Override
  public void member(Member member, RecordContext seen) {
    int index = seen.index();
    if (!mentorsOn && !introducersOn && !bodiesOn) {
      return;
    }
    structure.member(member, index);
    Development dev = member.development();
    if (dev.steps().isEmpty()) {
      return;
    }
    boolean detailed = hasEdition(dev);
    if (mentorsOn && !dev.mentorIds().isEmpty() && detailed) {
      LocalDate day =
          first(dev, DevelopmentStep.MENTOR_ASSIGNMENT, DevelopmentStep.ACTIVIST_DESIGNATION);
      addReferences(dev.mentorIds(), index, day, 0);
    }
    if (introducersOn && !dev.introducerIds().isEmpty()) {
      LocalDate day =
          first(
              dev,
              DevelopmentStep.INTRODUCER_ASSIGNMENT,
              DevelopmentStep.TARGET_DESIGNATION,
              DevelopmentStep.ADMISSION_MEETING);
      addReferences(dev.introducerIds(), index, day, INTRODUCER);
    }
    if (bodiesOn && detailed) {
      rememberBody(dev, index, seen);
    }
  }

  private boolean hasEdition(Development dev) {
    LocalDate key = dev.applicationDate().orElse(null);
    if (key == null) {
      for (StepRecord s : dev.steps()) {
        if (key == null || s.date().isBefore(key)) {
          key = s.date();
        }
      }
    }
    return run.editionOrNull(key) != null;
  }

  private static LocalDate first(Development dev, DevelopmentStep... steps) {
    for (DevelopmentStep step : steps) {
      Optional<LocalDate> date = dev.dateOf(step);
      if (date.isPresent()) {
        return date.get();
      }
    }
    return null;
  }

  private void addReferences(List<String> sponsors, int member, LocalDate date, int kind) {
    if (date == null) {
      return;
    }
    int n = Math.min(sponsors.size(), 0x7f);
    for (int i = 0; i < n; i++) {
      references.add(sponsors.get(i), member, day(date), kind | i);
    }
  }

  /**
   * DEV-016 at once for an approving body among the organizations seen before the member; keeps one
   * that no organization seen so far has as its id, for the end. Done here, in the dataset check,
   * and not among the member's record checks: which organizations came before the member is known
   * only in feed order, and record checks may run ahead of it on other threads.
   */
  private void rememberBody(Development dev, int member, RecordContext seen) {
    List<StepRecord> steps = dev.steps();
    int position = -1;
    for (int i = 0; i < steps.size(); i++) {
      StepRecord s = steps.get(i);
      if (s.step() == DevelopmentStep.ADMISSION_APPROVAL
          && (position < 0 || s.date().isAfter(steps.get(position).date()))) {
        position = i;
      }
    }
    if (position < 0) {
      return;
    }
    Optional<String> body = steps.get(position).decidedBy();
    if (body.isEmpty()) {
      return;
    }
    Optional<OrgInfo> known = run.organization(body.get());
    if (known.isPresent()) {
      OrgInfo o = known.get();
      if (!mayApprove(o)) {
        seen.report(
            DEV_016,
            "development.steps[" + position + "].decidedBy",
            o.id(),
            "body",
            o.id(),
            "kind",
            o.kind().label(),
            "kindEn",
            DevelopmentCase.en(o.kind()));
      }
      return;
    }
    if (bodies == bodyIds.length) {
      bodyIds = Arrays.copyOf(bodyIds, bodies * 2);
      bodyMembers = Arrays.copyOf(bodyMembers, bodies * 2);
      bodyPositions = Arrays.copyOf(bodyPositions, bodies * 2);
    }
    bodyIds[bodies] = hash(body.get());
    bodyMembers[bodies] = member;
    bodyPositions[bodies] = position;
    bodies++;
  }

  @Override
  public void finish() {
    if (!references.isEmpty()) {
      members = structure.memberHashes();
      references.readBack(this::check);
      members = null;
      structure.forgetHashMembers();
    }
    if (bodies > 0) {
      checkBodies();
    }
  }

  /** Checks one reference: the sponsor, if in the dataset, was a full member on {@code day}. */
  private void check(String sponsor, int member, int day, int slot) {
    long key = StructureIndex.hash(sponsor);
    int at = members.find(key);
    if (at < 0) {
      return;
    }
    MemberColumns columns = structure.columns();
    boolean full = false;
    int gone = StructureIndex.MAX_DAY;
    for (int p = at; p < members.size() && members.hashAt(p) == key; p++) {
      int m = members.memberAt(p);
      full |= columns.statedFullFrom(m) <= day;
      if (gone == StructureIndex.MAX_DAY) {
        gone = columns.partyUntil(m);
      }
    }
    if (full && day < gone) {
      return;
    }
    boolean introducer = (slot & INTRODUCER) != 0;
    int position = slot & 0x7f;
    Rule rule = introducer ? ActivistTargetRules.DEV_008 : ActivistTargetRules.DEV_005;
    LocalDate date = LocalDate.ofEpochDay(day);
    String field =
        (introducer ? "development.introducerIds[" : "development.mentorIds[") + position + "]";
    String role = introducer ? "入党介绍人" : "培养联系人";
    String roleEn = introducer ? "introducer" : "mentor";
    run.reportAt(
        MEMBER,
        member,
        rule,
        field,
        sponsor,
        "problem",
        role + " " + sponsor + " 在 " + date + " 不是正式党员",
        "problemEn",
        roleEn + " " + sponsor + " was not a full member on " + date);
  }

  private void checkBodies() {
    Map<Long, OrgInfo> byHash = new HashMap<>();
    for (OrgInfo o : run.organizations().values()) {
      byHash.putIfAbsent(hash(o.id()), o);
    }
    for (int b = 0; b < bodies; b++) {
      OrgInfo o = byHash.get(bodyIds[b]);
      if (o != null && !mayApprove(o)) {
        reportBody(run, bodyMembers[b], "development.steps[" + bodyPositions[b] + "].decidedBy", o);
      }
    }
  }

  /** True when the organization may approve admissions (DEV-016). */
  private static boolean mayApprove(OrgInfo o) {
    return switch (o.kind()) {
      case PARTY_COMMITTEE ->
          o.unitType() != UnitType.VILLAGE && o.unitType() != UnitType.COMMUNITY;
      case ORGAN_PARTY_COMMITTEE, WORKING_COMMITTEE -> true;
      default -> false;
    };
  }

  /** Reports an approving body found only at the end of the run. */
  private static void reportBody(RunContext run, int member, String field, OrgInfo o) {
    run.reportAt(
        MEMBER,
        member,
        DEV_016,
        field,
        o.id(),
        "body",
        o.id(),
        "kind",
        o.kind().label(),
        "kindEn",
        DevelopmentCase.en(o.kind()));
  }

  private static int day(LocalDate date) {
    return (int) date.toEpochDay();
  }

  /** A 64-bit hash of an id: FNV-1a over the UTF-16 units, then the SplitMix64 finalizer. */
  static long hash(String id) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      h ^= id.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 30;
    h *= 0xbf58476d1ce4e5b9L;
    h ^= h >>> 27;
    h *= 0x94d049bb133111ebL;
    return h ^ (h >>> 31);
  }

  /** Heap-sorts the first {@code n} keys, moving the values with them, without boxing. */
  static void sortByKey(long[] keys, int[] values, int n) {
    for (int i = n / 2 - 1; i >= 0; i--) {
      siftDown(keys, values, i, n);
    }
    for (int end = n - 1; end > 0; end--) {
      long key = keys[0];
      keys[0] = keys[end];
      keys[end] = key;
      int value = values[0];
      values[0] = values[end];
      values[end] = value;
      siftDown(keys, values, 0, end);
    }
  }

  private static void siftDown(long[] keys, int[] values, int i, int n) {
    long key = keys[i];
    int value = values[i];
    while (true) {
      int child = 2 * i + 1;
      if (child >= n) {
        break;
      }
      if (child + 1 < n && keys[child + 1] > keys[child]) {
        child++;
      }
      if (keys[child] <= key) {
        break;
      }
      keys[i] = keys[child];
      values[i] = values[child];
      i = child;
    }
    keys[i] = key;
    values[i] = value;
  }

  /** The first position of {@code key} among the first {@code n} sorted keys, or -1. */
  static int find(long[] keys, int n, long key) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (keys[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < n && keys[lo] == key ? lo : -1;
  }
}
