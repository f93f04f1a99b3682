package org.dangjian.validation.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.organization.HostUnit;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.Ownership;
import org.dangjian.core.organization.UnitType;
import org.dangjian.core.record.RecordKind;
import org.dangjian.validation.internal.RunContext;
import org.dangjian.validation.internal.rules.MemberColumns.Stages;

/**
 * The compact index of one run that the structural groups share (references, organizations,
 * committees, meetings, mass organizations, bulletin statistics), so that each member is looked at
 * once. Memory: per organization id seen or referenced a {@link Slot} of about 100 bytes (the
 * organizations themselves are never kept); per member the shared {@link MemberColumns} (four
 * 16-bit days and the slot of the home organization, 10 bytes, 12 past 65,535 organization ids,
 * plus an 8-byte span per further stretch of Party membership of members with transfers), in blocks
 * without spare capacity beyond the last one; per post holding with a member id about 28 bytes plus
 * the id's UTF-8 bytes. Days are kept as 16-bit numbers from 1900 to 2079 (earlier days read as
 * "since always", later ones as "never"). The 64-bit hashes of the member ids are made from the
 * run's record ids only when the run finishes ({@link MemberHashes}, 8 bytes per member then, 12
 * while the development references need the member of each hash). Every group's dataset check feeds
 * each record to the index; a record is taken once, the first time.
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
  private MemberHashes memberHashes;
  private final MemberColumns columns = new MemberColumns();
  private int members;
  private boolean resolved;
  private final PostHoldings posts = new PostHoldings();

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
    posts.add(o, index, CommitteeRules.elects(o.kind()) && o.existsOn(asOf), asOf);
  }

  /** The post holdings with a member id of the organizations taken. */
  PostHoldings posts() {
    return posts;
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
    columns.member(index, m, stages, orgId -> slot(orgId).id);
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

  /** The number of members seen. */
  int memberCount() {
    return members;
  }

  /** The first day member {@code index} was a full member, or {@link #MAX_DAY}. */
  int memberFullFrom(int index) {
    return columns.fullFrom(index);
  }

  /** The per-member days shared by the dataset checks. */
  MemberColumns columns() {
    return columns;
  }

  /**
   * The sorted hashes of every member's id, made once the stream has ended from the run's record
   * ids (so that they take no memory while records stream in).
   */
  long[] sortedMemberHashes() {
    return hashes().sorted();
  }

  /**
   * The sorted hashes of every member's id with their members, made once the stream has ended; the
   * caller lets go of the members with {@link #forgetHashMembers()} when done.
   */
  MemberHashes memberHashes() {
    if (memberHashes == null || !memberHashes.hasMembers()) {
      memberHashes = MemberHashes.of(members, this::memberHashOf, true);
    }
    return memberHashes;
  }

  /** Keeps the sorted hashes of the member ids but no longer the member of each (4 bytes each). */
  void forgetHashMembers() {
    if (memberHashes != null) {
      memberHashes = memberHashes.withoutMembers();
    }
  }

  private MemberHashes hashes() {
    if (memberHashes == null) {
      memberHashes = MemberHashes.of(members, this::memberHashOf, false);
    }
    return memberHashes;
  }

  /** True when some member's id has this hash. */
  boolean hasMember(long hash) {
    return hashes().contains(hash);
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
    return columns.spanCount();
  }

  /** The slot of span {@code i}. */
  int spanSlot(int i) {
    return columns.spanSlot(i);
  }

  /** The first day of span {@code i} ({@link #MIN_DAY} for since always). */
  int spanFrom(int i) {
    return columns.spanFrom(i);
  }

  /** The first day of span {@code i} as a full member, or {@link #MAX_DAY}. */
  int spanFull(int i) {
    return columns.spanFull(i);
  }

  /** The first day after span {@code i} ({@link #MAX_DAY} while it lasts). */
  int spanUntil(int i) {
    return columns.spanUntil(i);
  }

  /**
   * Resolves the tree once the stream ended: parents, cycles, the unit type, ownership and employee
   * count inherited from the nearest organization with a host unit, and the members of each subtree
   * on the reference date ({@link SlotTree}).
   */
  void resolve() {
    if (!resolved) {
      resolved = true;
      SlotTree.resolve(slots, asOf);
    }
  }

  /** The chain of a cycle starting at {@code slot}, ids in parent order. */
  List<Slot> cycleFrom(Slot slot) {
    return SlotTree.cycleFrom(slots, slot);
  }
}
