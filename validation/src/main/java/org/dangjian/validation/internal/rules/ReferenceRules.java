package org.dangjian.validation.internal.rules;

import static org.dangjian.core.record.RecordKind.ACTIVITY;
import static org.dangjian.core.record.RecordKind.MEMBER;
import static org.dangjian.core.record.RecordKind.ORGANIZATION;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongUnaryOperator;
import java.util.function.ToLongFunction;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.Transfer;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationFamily;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.record.RecordKind;
import org.dangjian.validation.internal.Catalogue;
import org.dangjian.validation.internal.DatasetCheck;
import org.dangjian.validation.internal.RecordContext;
import org.dangjian.validation.internal.RuleCodes;
import org.dangjian.validation.internal.RuleGroup;
import org.dangjian.validation.internal.RunContext;
import org.dangjian.validation.internal.rules.StructureIndex.Slot;
import org.dangjian.validation.rule.Rule;

/**
 * References and the organization tree (dataset scope): ids that name no record (a parent, a
 * member's home or party group, an activity's organization, a post holder, a lecturer), cycles in
 * the parent chain, parent kinds that the structure of the Party (and of the mass organizations)
 * does not allow, and record ids used twice. Memory: the shared {@link StructureIndex}; an 8-byte
 * hash per activity; 12 bytes per reference that was not resolved when its record arrived (none
 * when organizations come first, except the broken ones); 8 bytes per party lecture with a
 * lecturer.
 */
public final class ReferenceRules implements RuleGroup {

  static final Rule REF_PARENT = Catalogue.rule(RuleCodes.REF_PARENT);
  static final Rule REF_CYCLE = Catalogue.rule(RuleCodes.REF_CYCLE);
  static final Rule ORG_PARENT_KIND = Catalogue.rule(RuleCodes.ORG_PARENT_KIND);
  static final Rule ORG_PARENT_KIND_MASS = Catalogue.rule(RuleCodes.ORG_PARENT_KIND_MASS);
  static final Rule REF_ORGANIZATION = Catalogue.rule(RuleCodes.REF_ORGANIZATION);
  static final Rule REF_ACTIVITY_ORGANIZATION = Catalogue.rule(RuleCodes.REF_ACTIVITY_ORGANIZATION);
  static final Rule REF_POST_MEMBER = Catalogue.rule(RuleCodes.REF_POST_MEMBER);
  static final Rule REF_LECTURER = Catalogue.rule(RuleCodes.REF_LECTURER);
  static final Rule REF_DUPLICATE_ID = Catalogue.rule(RuleCodes.REF_DUPLICATE_ID);
  static final Rule REF_DUPLICATE_ORG_ID = Catalogue.rule(RuleCodes.REF_DUPLICATE_ORG_ID);
  static final Rule REF_DUPLICATE_ACTIVITY_ID = Catalogue.rule(RuleCodes.REF_DUPLICATE_ACTIVITY_ID);

  @Override
  public String topic() {
    return "references";
  }

  @Override
  public DatasetCheck newDatasetCheck(RunContext run) {
    return new References(run);
  }

  /** Whether {@code kind} may sit under {@code parent}: null when it may, else the rule broken. */
  static Rule parentProblem(OrganizationKind kind, OrganizationKind parent) {
    boolean mass = kind.family() == OrganizationFamily.MASS;
    boolean parentMass = parent.family() == OrganizationFamily.MASS;
    if (mass) {
      boolean allowed =
          switch (kind) {
            case TRADE_UNION, UNION_FEDERATION ->
                parentMass
                    ? parent == OrganizationKind.TRADE_UNION
                        || parent == OrganizationKind.UNION_FEDERATION
                    : leadingParty(parent);
            default ->
                parentMass ? parent == OrganizationKind.LEAGUE_COMMITTEE : leadingParty(parent);
          };
      return allowed ? null : ORG_PARENT_KIND_MASS;
    }
    if (parentMass) {
      return ORG_PARENT_KIND;
    }
    boolean allowed =
        switch (kind) {
          case PARTY_COMMITTEE,
              ORGAN_PARTY_COMMITTEE,
              WORKING_COMMITTEE,
              GENERAL_BRANCH,
              DISCIPLINE_COMMISSION ->
              committee(parent);
          case BRANCH, JOINT_BRANCH ->
              committee(parent) || parent == OrganizationKind.GENERAL_BRANCH;
          case TEMPORARY_BRANCH -> leadingParty(parent);
          case PARTY_GROUP -> parent.isBranchLevel() || parent == OrganizationKind.TEMPORARY_BRANCH;
          default -> true;
        };
    return allowed ? null : ORG_PARENT_KIND;
  }

  private static boolean committee(OrganizationKind kind) {
    return kind == OrganizationKind.PARTY_COMMITTEE
        || kind == OrganizationKind.ORGAN_PARTY_COMMITTEE
        || kind == OrganizationKind.WORKING_COMMITTEE;
  }

  private static boolean leadingParty(OrganizationKind kind) {
    return kind.family() == OrganizationFamily.PARTY
        && kind != OrganizationKind.PARTY_GROUP
        && kind != OrganizationKind.DISCIPLINE_COMMISSION
        && kind != OrganizationKind.TEMPORARY_BRANCH;
  }

  /**
   * Reports the second and later of {@code count} records of {@code type} whose id repeats an
   * earlier one, given the hashes of the ids in {@code sorted} (sorted, by any hash function) and
   * that function applied to a record's id by {@code hashOf}: repeated hashes are found in the
   * sorted values, and their records by hashing the run's record ids again, confirmed on the ids
   * themselves so that a hash collision is never reported.
   */
  static void reportDuplicates(
      RunContext run,
      RecordKind type,
      int count,
      LongUnaryOperator sorted,
      ToLongFunction<String> hashOf,
      Rule rule) {
    if (!run.isEnabled(rule) || count < 2) {
      return;
    }
    Set<Long> repeated = new HashSet<>();
    for (int i = 1; i < count; i++) {
      long value = sorted.applyAsLong(i);
      if (value == sorted.applyAsLong(i - 1)) {
        repeated.add(value);
      }
    }
    if (repeated.isEmpty()) {
      return;
    }
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < count; i++) {
      String id = run.recordId(type, i);
      if (!repeated.contains(hashOf.applyAsLong(id))) {
        continue;
      }
      Integer earlier = first.putIfAbsent(id, i);
      if (earlier != null) {
        run.reportAt(type, i, rule, "id", id, "value", id, "firstIndex", earlier);
      }
    }
  }

  /** A 32-bit hash of an activity id, enough to find candidates that the ids then confirm. */
  static int activityHash(String id) {
    long h = StructureIndex.hash(id);
    return (int) (h ^ (h >>> 32));
  }

  /** The dataset check of one run. */
  private static final class References implements DatasetCheck {
    private static final int ORGANIZATION_ID = 0;
    private static final int PARTY_GROUP_ID = 1;
    private static final int OTHER_ORGANIZATION = 2;
    private static final int TRANSFER_FROM = 3;
    private static final int TRANSFER_TO = 4;
    private static final int PARTNER = 5;
    private static final int SHIFT = 20;

    private final RunContext run;
    private final StructureIndex index;
    private final IntList pendingMember = new IntList();
    private final IntList pendingActivity = new IntList();
    private int activities;
    private final LongIntMap lecturers = new LongIntMap();
    private final TextPool lecturerIds = new TextPool();
    private final IntList lectures = new IntList();

    References(RunContext run) {
      this.run = run;
      this.index = StructureIndex.of(run);
    }

    @Override
    public void organization(Organization o, RecordContext seen) {
      int i = seen.index();
      index.organization(o, i);
      Slot slot = index.slot(o.id());
      if (slot.index != i) {
        run.reportAt(
            ORGANIZATION,
            i,
            REF_DUPLICATE_ORG_ID,
            "id",
            o.id(),
            "value",
            o.id(),
            "firstIndex",
            slot.index);
        return;
      }
    }

    @Override
    public void member(Member m, RecordContext seen) {
      int i = seen.index();
      index.member(m, i);
      refer(pendingMember, i, m.organizationId(), ORGANIZATION_ID, 0);
      m.partyGroupId().ifPresent(id -> refer(pendingMember, i, id, PARTY_GROUP_ID, 0));
      List<String> others = m.otherOrganizationIds();
      for (int k = 0; k < others.size(); k++) {
        refer(pendingMember, i, others.get(k), OTHER_ORGANIZATION, k);
      }
      List<Transfer> transfers = m.transfers();
      for (int k = 0; k < transfers.size(); k++) {
        Transfer t = transfers.get(k);
        int position = k;
        t.fromOrganizationId()
            .ifPresent(id -> refer(pendingMember, i, id, TRANSFER_FROM, position));
        t.toOrganizationId().ifPresent(id -> refer(pendingMember, i, id, TRANSFER_TO, position));
      }
    }

    @Override
    public void activity(Activity a, RecordContext seen) {
      int i = seen.index();
      activities = Math.max(activities, i + 1);
      refer(pendingActivity, i, a.organizationId(), ORGANIZATION_ID, 0);
      List<String> partners = a.partnerOrganizationIds();
      for (int k = 0; k < partners.size(); k++) {
        refer(pendingActivity, i, partners.get(k), PARTNER, k);
      }
      if (a.lecturerId().isPresent()) {
        String id = a.lecturerId().get();
        long hash = StructureIndex.hash(id);
        int n = lecturers.get(hash);
        if (n < 0) {
          n = lecturerIds.add(id);
          lecturers.put(hash, n);
        }
        lectures.add(i);
        lectures.add(n);
      }
    }

    private void refer(IntList pending, int record, String orgId, int field, int position) {
      Slot slot = index.slot(orgId);
      if (!slot.seen) {
        pending.add(record);
        pending.add(slot.id);
        pending.add(field << SHIFT | position);
      }
    }

    private static String fieldPath(int code) {
      int field = code >>> SHIFT;
      int position = code & ((1 << SHIFT) - 1);
      return switch (field) {
        case ORGANIZATION_ID -> "organizationId";
        case PARTY_GROUP_ID -> "partyGroupId";
        case OTHER_ORGANIZATION -> "otherOrganizationIds[" + position + "]";
        case TRANSFER_FROM -> "transfers[" + position + "].fromOrganizationId";
        case TRANSFER_TO -> "transfers[" + position + "].toOrganizationId";
        default -> "partnerOrganizationIds[" + position + "]";
      };
    }

    @Override
    public void finish() {
      index.resolve();
      tree();
      pending(pendingMember, MEMBER, REF_ORGANIZATION);
      pending(pendingActivity, ACTIVITY, REF_ACTIVITY_ORGANIZATION);
      if (run.isEnabled(REF_POST_MEMBER)) {
        for (int k = 0; k < index.posts().count(); k++) {
          if (!index.hasMember(index.posts().hash(k))) {
            String id = index.posts().memberId(k);
            run.reportAt(
                ORGANIZATION,
                index.posts().organization(k),
                REF_POST_MEMBER,
                "posts[" + index.posts().position(k) + "].memberId",
                id,
                "value",
                id,
                "post",
                index.posts().kind(k).label(),
                "postEn",
                english(index.posts().kind(k).name()));
          }
        }
      }
      if (run.isEnabled(REF_LECTURER)) {
        for (int k = 0; k < lectures.size(); k += 2) {
          String id = lecturerIds.get(lectures.get(k + 1));
          if (!index.hasMember(StructureIndex.hash(id))) {
            run.reportAt(ACTIVITY, lectures.get(k), REF_LECTURER, "lecturerId", id, "value", id);
          }
        }
      }
      long[] members = index.sortedMemberHashes();
      reportDuplicates(
          run,
          MEMBER,
          index.memberCount(),
          i -> members[(int) i],
          StructureIndex::hash,
          REF_DUPLICATE_ID);
      int[] activityHashes = new int[activities];
      for (int i = 0; i < activities; i++) {
        activityHashes[i] = activityHash(run.recordId(ACTIVITY, i));
      }
      Arrays.sort(activityHashes);
      reportDuplicates(
          run,
          ACTIVITY,
          activities,
          i -> activityHashes[(int) i],
          ReferenceRules::activityHash,
          REF_DUPLICATE_ACTIVITY_ID);
    }

    private void tree() {
      for (Slot s : index.slots()) {
        if (!s.seen) {
          continue;
        }
        if (s.danglingParent) {
          String parentId = index.slot(s.parentSlot).orgId;
          run.reportAt(
              ORGANIZATION, s.index, REF_PARENT, "parentId", parentId, "parentId", parentId);
          continue;
        }
        if (s.inCycle) {
          List<Slot> chain = index.cycleFrom(s);
          Slot first =
              chain.stream().min((a, b) -> Integer.compare(a.index, b.index)).orElseThrow();
          if (first == s) {
            StringBuilder text = new StringBuilder();
            for (Slot c : chain) {
              text.append(c.orgId).append(" → ");
            }
            text.append(s.orgId);
            run.reportAt(
                ORGANIZATION,
                s.index,
                REF_CYCLE,
                "parentId",
                index.slot(s.parentSlot).orgId,
                "chain",
                text.toString());
          }
          continue;
        }
        if (s.parent < 0) {
          continue;
        }
        Slot parent = index.slot(s.parent);
        Rule problem = parentProblem(s.kind, parent.kind);
        if (problem != null) {
          run.reportAt(
              ORGANIZATION,
              s.index,
              problem,
              "parentId",
              parent.orgId,
              "kind",
              s.kind.label(),
              "kindEn",
              english(s.kind),
              "parentKind",
              parent.kind.label(),
              "parentKindEn",
              english(parent.kind),
              "parentId",
              parent.orgId);
        }
      }
    }

    private void pending(IntList pending, RecordKind type, Rule rule) {
      for (int k = 0; k < pending.size(); k += 3) {
        Slot slot = index.slot(pending.get(k + 1));
        if (!slot.seen) {
          run.reportAt(
              type,
              pending.get(k),
              rule,
              fieldPath(pending.get(k + 2)),
              slot.orgId,
              "value",
              slot.orgId);
        }
      }
    }
  }

  /** The English name of a kind, for messages. */
  static String english(OrganizationKind kind) {
    return english(kind.name());
  }

  /** An enum constant's name in lower case words, for English messages. */
  static String english(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** The organization with {@code id} if it was seen, for other groups of this package. */
  static Optional<Slot> seen(StructureIndex index, String id) {
    return index.existing(id).filter(s -> s.seen);
  }
}
