package org.dangjian.validation.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dangjian.core.member.Departure;
import org.dangjian.core.member.Development;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.member.Transfer;
import org.dangjian.core.organization.HostUnit;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.Ownership;
import org.dangjian.core.organization.PostHolding;
import org.dangjian.core.organization.PostKind;
import org.dangjian.core.organization.UnitType;
import org.dangjian.core.record.RecordKind;
import org.dangjian.validation.internal.RunContext;

/**
 * The compact index of one run that the structural groups share (references, organizations,
 * committees, meetings, mass organizations, bulletin statistics), so that each member is looked at
 * once. Memory: per organization id seen or referenced a {@link Slot} of about 100 bytes (the
 * organizations themselves are never kept); per member the first day it was a full member (2 bytes;
 * days are kept as 16-bit numbers from 1900 to 2079) and one 8-byte span per stretch of Party
 * membership in one organization (normally one per Party member; 10 bytes once there are more than
 * 65,536 organization ids): about 10 bytes per Party member and 2 per person in the pipeline, in
 * arrays growing by half (up to a third more while they fill); per post holding with a member id
 * about 28 bytes plus the id's UTF-8 bytes. The 64-bit hashes of the member ids are made from the
 * run's record ids only when the run finishes (8 bytes per member then). Every group's dataset
 * check feeds each record to the index; a record is taken once, the first time.
 *
 * <p>Stages and home organizations follow core's {@code DatasetView}: {@link
 * Member#stageOn(LocalDate)} and {@link Member#organizationOn(LocalDate)}.
 */
final class StructureIndex {

  /** Epoch day standing for "since always". */
  static final int MIN_DAY = Integer.MIN_VALUE;

  /** Epoch day standing for "until further notice". */
  static final int MAX_DAY = Integer.MAX_VALUE;

  private final RunContext run;
  private final LocalDate asOf;
  private final Map<String, Slot> slotsById = new HashMap<>();
  private final List<Slot> slots = new ArrayList<>();
  private int lastOrganization = -1;
  private int lastMember = -1;
  private String lastHome;
  private MemberStage lastStage;
  private long[] memberHashes;
  private char[] memberFullFrom = new char[1024];
  private int members;
  private char[] spanSlotLow = new char[1024];
  private char[] spanSlotHigh;
  private char[] spanFrom = new char[1024];
  private char[] spanFull = new char[1024];
  private char[] spanUntil = new char[1024];
  private int spans;
  private boolean resolved;
  private final LongList postHashes = new LongList();
  private final IntList postOrganizations = new IntList();
  private final IntList postPositions = new IntList();
  private final List<PostKind> postKinds = new ArrayList<>();
  private final BitSet currentSeats = new BitSet();
  private final IntList postFrom = new IntList();
  private final TextPool postIds = new TextPool();

  private StructureIndex(RunContext run) {
    this.run = run;
    this.asOf = run.asOf();
  }

  /** The run's index, created on first use. */
  static StructureIndex of(RunContext run) {
    return run.attachment(StructureIndex.class, () -> new StructureIndex(run));
  }

  /** A 64-bit hash of an id (FNV-1a with a final mix). */
  static long hash(String id) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      h ^= id.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }

  /** Epoch day of 1900-01-01, day 1 of the 16-bit day numbers of the stored dates. */
  private static final int BASE_DAY = (int) LocalDate.of(1900, 1, 1).toEpochDay() - 1;

  /**
   * A day as 16 bits: 0 for "since always" (and any day before 1900), 65535 for "until further
   * notice" (and any day after 2079), else days since 1899-12-31.
   */
  static char pack(int day) {
    if (day == MIN_DAY || day <= BASE_DAY) {
      return 0;
    }
    if (day == MAX_DAY || day - BASE_DAY >= Character.MAX_VALUE) {
      return Character.MAX_VALUE;
    }
    return (char) (day - BASE_DAY);
  }

  /** The epoch day of a 16-bit day number. */
  static int unpack(char packed) {
    if (packed == 0) {
      return MIN_DAY;
    }
    return packed == Character.MAX_VALUE ? MAX_DAY : BASE_DAY + packed;
  }

  /** The epoch day of {@code date}. */
  static int day(LocalDate date) {
    return (int) date.toEpochDay();
  }

  /** One organization id, seen as a record or only referenced. */
  static final class Slot {
    final int id;
    final String orgId;
    boolean seen;
    int index = -1;
    OrganizationKind kind;
    int parentSlot = -1;
    UnitType ownUnitType;
    Ownership ownOwnership;
    int ownEmployees = -1;
    String unitKey;
    int foundedOn = MIN_DAY;
    int dissolvedOn = MAX_DAY;
    int fullAsOf;
    int probationaryAsOf;
    // derived once the stream ended
    int parent = -1;
    boolean danglingParent;
    boolean inCycle;
    UnitType unitType = UnitType.ENTERPRISE;
    Ownership ownership;
    int employees = -1;
    int subtreeFull;
    int subtreeProbationary;

    Slot(int id, String orgId) {
      this.id = id;
      this.orgId = orgId;
    }

    /** True when the organization was seen and existed on {@code date}. */
    boolean existsOn(LocalDate date) {
      return seen && foundedOn <= day(date) && day(date) < dissolvedOn;
    }

    /** Full plus probationary members directly attached on the reference date. */
    int membersAsOf() {
      return fullAsOf + probationaryAsOf;
    }

    /** Party members of the organization and everything below it on the reference date. */
    int subtreeMembers() {
      return subtreeFull + subtreeProbationary;
    }
  }

  /** The slot of {@code orgId}, created when new. */
  Slot slot(String orgId) {
    Slot slot = slotsById.get(orgId);
    if (slot == null) {
      slot = new Slot(slots.size(), orgId);
      slots.add(slot);
      slotsById.put(orgId, slot);
    }
    return slot;
  }

  /** The slot of {@code orgId} if it was seen or referenced. */
  Optional<Slot> existing(String orgId) {
    return Optional.ofNullable(slotsById.get(orgId));
  }

  /** Every slot, by slot id. */
  List<Slot> slots() {
    return slots;
  }

  /** The slot with slot id {@code id}. */
  Slot slot(int id) {
    return slots.get(id);
  }

  /** Takes an organization; a second record with a seen id is left to REF-DUPLICATE-ORG-ID. */
  void organization(Organization o, int index) {
    if (index <= lastOrganization) {
      return;
    }
    lastOrganization = index;
    Slot slot = slot(o.id());
    if (slot.seen) {
      return;
    }
    slot.seen = true;
    slot.index = index;
    slot.kind = o.kind();
    slot.parentSlot = o.parentId().map(p -> slot(p).id).orElse(-1);
    slot.foundedOn = o.foundedOn().map(StructureIndex::day).orElse(MIN_DAY);
    slot.dissolvedOn = o.dissolvedOn().map(StructureIndex::day).orElse(MAX_DAY);
    if (o.hostUnit().isPresent()) {
      HostUnit unit = o.hostUnit().get();
      slot.ownUnitType = unit.type();
      slot.ownOwnership = unit.ownership().orElse(null);
      slot.ownEmployees = unit.employeeCount().orElse(-1);
      slot.unitKey = unitKey(unit);
    }
    boolean electsNow = CommitteeRules.elects(o.kind()) && o.existsOn(asOf);
    List<PostHolding> posts = o.posts();
    for (int p = 0; p < posts.size(); p++) {
      PostHolding post = posts.get(p);
      if (post.memberId().isEmpty()) {
        continue;
      }
      boolean seat = electsNow && post.post().isCommitteeSeat() && post.heldOn(asOf);
      postHashes.add(hash(post.memberId().get()));
      postOrganizations.add(index);
      postPositions.add(p);
      currentSeats.set(postKinds.size(), seat);
      postKinds.add(post.post());
      postFrom.add(day(post.from()));
      postIds.add(post.memberId().get());
    }
  }

  /** The number of post holdings with a member id, of the organizations taken. */
  int postCount() {
    return postHashes.size();
  }

  /** The hash of the member id of post holding {@code k}. */
  long postHash(int k) {
    return postHashes.get(k);
  }

  /** The member id of post holding {@code k}. */
  String postMemberId(int k) {
    return postIds.get(k);
  }

  /** The record index of the organization of post holding {@code k}. */
  int postOrganization(int k) {
    return postOrganizations.get(k);
  }

  /** The position of post holding {@code k} in its organization's posts. */
  int postPosition(int k) {
    return postPositions.get(k);
  }

  /** The post of holding {@code k}. */
  PostKind postKind(int k) {
    return postKinds.get(k);
  }

  /** The first day of post holding {@code k}. */
  int postFrom(int k) {
    return postFrom.get(k);
  }

  /**
   * True when holding {@code k} is a committee seat held on the reference date in an organization
   * that elects its committee and exists then.
   */
  boolean postIsCurrentSeat(int k) {
    return currentSeats.get(k);
  }

  /** The key that identifies a host unit: its credit code, else its name. */
  static String unitKey(HostUnit unit) {
    return unit.creditCode().map(c -> "code:" + c.value()).orElse("name:" + unit.name());
  }

  /** Takes a member. */
  void member(Member m, int index) {
    if (index <= lastMember) {
      return;
    }
    lastMember = index;
    if (index >= memberFullFrom.length) {
      int grown = Math.max(memberFullFrom.length + (memberFullFrom.length >> 1), index + 1);
      memberFullFrom = Arrays.copyOf(memberFullFrom, grown);
    }
    members = index + 1;
    Stages stages = Stages.of(m);
    lastHome = null;
    lastStage = null;
    if (stages.party(asOf)) {
      lastHome = m.transfers().isEmpty() ? m.organizationId() : m.organizationOn(asOf).orElse(null);
      lastStage = stages.full(asOf) ? MemberStage.FULL : MemberStage.PROBATIONARY;
    }
    if (lastHome != null) {
      Slot slot = slot(lastHome);
      if (lastStage == MemberStage.FULL) {
        slot.fullAsOf++;
      } else {
        slot.probationaryAsOf++;
      }
    }
    memberFullFrom[index] = pack(stages.partyFrom() == null ? MAX_DAY : spans(m, stages));
  }

  /**
   * The home organization on the reference date of the member taken last, when it was a Party
   * member placed in an organization then; else null.
   */
  String lastHomeAsOf() {
    return lastHome;
  }

  /** The stage on the reference date of the member taken last, with {@link #lastHomeAsOf()}. */
  MemberStage lastStageAsOf() {
    return lastStage;
  }

  /**
   * When a person is a Party member and a full member, with the dates read once: the same answers
   * as {@link Member#stageOn(LocalDate)} (the recorded stage when there are no dated steps, else
   * probationary from the admission meeting and full from the end of probation once the conversion
   * was approved; nothing from the departure on), without scanning the steps on every call.
   */
  private record Stages(LocalDate partyFrom, LocalDate fullFrom, LocalDate departure) {
    static final Stages NEVER = new Stages(null, null, null);

    static Stages of(Member m) {
      Development dev = m.development();
      LocalDate departure = m.departure().map(Departure::date).orElse(null);
      if (dev.steps().isEmpty()) {
        if (!m.stage().isPartyMember()) {
          return NEVER;
        }
        return new Stages(
            LocalDate.MIN, m.stage() == MemberStage.FULL ? LocalDate.MIN : null, departure);
      }
      Optional<LocalDate> admission = dev.admissionDate();
      if (admission.isEmpty()) {
        return NEVER;
      }
      LocalDate full = null;
      Optional<LocalDate> approval = dev.dateOf(DevelopmentStep.CONVERSION_APPROVAL);
      if (approval.isPresent()) {
        LocalDate end = dev.probationEnd().orElseThrow();
        full = end.isAfter(approval.get()) ? end : approval.get();
      }
      return new Stages(admission.get(), full, departure);
    }

    boolean active(LocalDate date) {
      return departure == null || date.isBefore(departure);
    }

    boolean party(LocalDate date) {
      return partyFrom != null && active(date) && !date.isBefore(partyFrom);
    }

    boolean full(LocalDate date) {
      return fullFrom != null && active(date) && !date.isBefore(fullFrom);
    }
  }

  private static int dayOrMin(LocalDate date) {
    return date == null || date.equals(LocalDate.MIN) ? MIN_DAY : day(date);
  }

  /**
   * Adds the spans of Party membership of {@code m}: one span from the admission to the departure
   * in the home organization when there are no transfers, else one per stretch between the dates on
   * which stage or home may change; returns the first day it was a full member.
   */
  private int spans(Member m, Stages stages) {
    int fullFrom = stages.fullFrom() == null ? MAX_DAY : dayOrMin(stages.fullFrom());
    if (m.transfers().isEmpty()) {
      int from = dayOrMin(stages.partyFrom());
      int until = stages.departure() == null ? MAX_DAY : day(stages.departure());
      if (from < until) {
        addSpan(slot(m.organizationId()).id, from, fullFrom, until);
      }
      return fullFrom;
    }
    TreeSet<LocalDate> points = new TreeSet<>();
    points.add(stages.partyFrom());
    if (stages.fullFrom() != null) {
      points.add(stages.fullFrom());
    }
    if (stages.departure() != null) {
      points.add(stages.departure());
    }
    for (Transfer t : m.transfers()) {
      points.add(t.effectiveOn());
    }
    int openSlot = -1;
    int openFrom = 0;
    int openFull = MAX_DAY;
    List<LocalDate> ordered = new ArrayList<>(points.size() + 1);
    ordered.add(LocalDate.MIN);
    ordered.addAll(points);
    for (LocalDate point : ordered) {
      int day = dayOrMin(point);
      boolean full = stages.full(point);
      String home = stages.party(point) ? m.organizationOn(point).orElse(null) : null;
      int slot = home == null ? -1 : slot(home).id;
      if (slot != openSlot) {
        if (openSlot >= 0) {
          addSpan(openSlot, openFrom, openFull, day);
        }
        openSlot = slot;
        openFrom = day;
        openFull = full ? day : MAX_DAY;
      } else if (slot >= 0 && full && openFull == MAX_DAY) {
        openFull = day;
      }
    }
    if (openSlot >= 0) {
      addSpan(openSlot, openFrom, openFull, MAX_DAY);
    }
    return fullFrom;
  }

  private void addSpan(int slot, int from, int full, int until) {
    if (spans == spanSlotLow.length) {
      int grown = spans + (spans >> 1);
      spanSlotLow = Arrays.copyOf(spanSlotLow, grown);
      if (spanSlotHigh != null) {
        spanSlotHigh = Arrays.copyOf(spanSlotHigh, grown);
      }
      spanFrom = Arrays.copyOf(spanFrom, grown);
      spanFull = Arrays.copyOf(spanFull, grown);
      spanUntil = Arrays.copyOf(spanUntil, grown);
    }
    if (slot > Character.MAX_VALUE && spanSlotHigh == null) {
      spanSlotHigh = new char[spanSlotLow.length];
    }
    spanSlotLow[spans] = (char) slot;
    if (spanSlotHigh != null) {
      spanSlotHigh[spans] = (char) (slot >>> 16);
    }
    spanFrom[spans] = pack(from);
    spanFull[spans] = pack(full);
    spanUntil[spans] = pack(until);
    spans++;
  }

  /** The number of members seen. */
  int memberCount() {
    return members;
  }

  /** The first day member {@code index} was a full member, or {@link #MAX_DAY}. */
  int memberFullFrom(int index) {
    return unpack(memberFullFrom[index]);
  }

  /**
   * The sorted hashes of every member's id, made once the stream has ended from the run's record
   * ids (so that they take no memory while records stream in).
   */
  long[] sortedMemberHashes() {
    if (memberHashes == null) {
      memberHashes = new long[members];
      for (int i = 0; i < members; i++) {
        memberHashes[i] = memberHashOf(i);
      }
      Arrays.sort(memberHashes);
    }
    return memberHashes;
  }

  /** True when some member's id has this hash. */
  boolean hasMember(long hash) {
    return Arrays.binarySearch(sortedMemberHashes(), hash) >= 0;
  }

  /** The hash of the id of member {@code index}, from the run's record ids. */
  long memberHashOf(int index) {
    return hash(run.recordId(RecordKind.MEMBER, index));
  }

  /** The index of the first member with each of {@code hashes}, by hash; one pass. */
  Map<Long, Integer> firstMembers(Collection<Long> hashes) {
    Map<Long, Integer> found = new HashMap<>();
    if (hashes.isEmpty()) {
      return found;
    }
    Set<Long> wanted = new HashSet<>(hashes);
    for (int i = 0; i < members && found.size() < wanted.size(); i++) {
      long h = memberHashOf(i);
      if (wanted.contains(h)) {
        found.putIfAbsent(h, i);
      }
    }
    return found;
  }

  /** The number of spans of Party membership. */
  int spanCount() {
    return spans;
  }

  /** The slot of span {@code i}. */
  int spanSlot(int i) {
    return spanSlotHigh == null ? spanSlotLow[i] : spanSlotLow[i] | spanSlotHigh[i] << 16;
  }

  /** The first day of span {@code i} ({@link #MIN_DAY} for since always). */
  int spanFrom(int i) {
    return unpack(spanFrom[i]);
  }

  /** The first day of span {@code i} as a full member, or {@link #MAX_DAY}. */
  int spanFull(int i) {
    return unpack(spanFull[i]);
  }

  /** The first day after span {@code i} ({@link #MAX_DAY} while it lasts). */
  int spanUntil(int i) {
    return unpack(spanUntil[i]);
  }

  /**
   * Resolves the tree once the stream ended: parents, cycles, the unit type, ownership and employee
   * count inherited from the nearest organization with a host unit, and the members of each subtree
   * on the reference date.
   */
  void resolve() {
    if (resolved) {
      return;
    }
    resolved = true;
    for (Slot s : slots) {
      if (!s.seen || s.parentSlot < 0) {
        continue;
      }
      if (slots.get(s.parentSlot).seen) {
        s.parent = s.parentSlot;
      } else {
        s.danglingParent = true;
      }
    }
    markCycles();
    for (Slot s : slots) {
      if (!s.seen) {
        continue;
      }
      Slot at = s;
      for (int guard = 0; at != null && guard <= slots.size(); guard++) {
        if (at.ownUnitType != null) {
          s.unitType = at.ownUnitType;
          s.ownership = at.ownOwnership;
          s.employees = at.ownEmployees;
          break;
        }
        at = at.parent >= 0 ? slots.get(at.parent) : null;
      }
    }
    for (Slot s : slots) {
      if (!s.existsOn(asOf) || (s.fullAsOf == 0 && s.probationaryAsOf == 0)) {
        continue;
      }
      Slot at = s;
      for (int guard = 0; at != null && at.existsOn(asOf) && guard <= slots.size(); guard++) {
        at.subtreeFull += s.fullAsOf;
        at.subtreeProbationary += s.probationaryAsOf;
        at = at.parent >= 0 && !at.inCycle ? slots.get(at.parent) : null;
      }
    }
  }

  private void markCycles() {
    int[] state = new int[slots.size()];
    for (Slot start : slots) {
      if (!start.seen || state[start.id] != 0) {
        continue;
      }
      List<Slot> path = new ArrayList<>();
      Slot at = start;
      while (at != null && state[at.id] == 0) {
        state[at.id] = 1;
        path.add(at);
        at = at.parent >= 0 ? slots.get(at.parent) : null;
      }
      if (at != null && state[at.id] == 1) {
        for (int i = path.indexOf(at); i < path.size(); i++) {
          path.get(i).inCycle = true;
        }
      }
      for (Slot s : path) {
        state[s.id] = 2;
      }
    }
  }

  /** The chain of a cycle starting at {@code slot}, ids in parent order. */
  List<Slot> cycleFrom(Slot slot) {
    List<Slot> chain = new ArrayList<>();
    Slot at = slot;
    do {
      chain.add(at);
      at = slots.get(at.parent);
    } while (at != slot && chain.size() <= slots.size());
    return chain;
  }
}
