package org.dangjian.validation.internal.rules;

import static org.dangjian.core.record.RecordKind.MEMBER;
import static org.dangjian.core.record.RecordKind.ORGANIZATION;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityKind;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Committee;
import org.dangjian.core.organization.ElectionMethod;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.Ownership;
import org.dangjian.core.organization.PostHolding;
import org.dangjian.core.organization.PostKind;
import org.dangjian.core.organization.UnitType;
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
 * Setting up organizations (docs/regulations.md: CONST-008, CONST-012; ORG-001 to ORG-008, ORG-012
 * to ORG-015): every Party member's home is a branch or joint branch; a branch has at least 3 full
 * members and generally at most 50 members; a committee where there are 7 full members and none
 * below; temporary branches; the size thresholds for general branches and committees (general
 * practice, state-owned enterprises, villages). Counts are taken on the reference date with core's
 * {@code DatasetView} semantics; the thresholds on whole subtrees (ORG-012 to ORG-015) are not
 * judged when the tree is broken (REF-PARENT, REF-CYCLE), since its subtree counts would be wrong.
 * Memory: the shared {@link StructureIndex}, three counters per organization, and 8 bytes per
 * member whose home organization had not been seen when the member arrived (none when organizations
 * come first).
 */
public final class OrganizationRules implements RuleGroup {

  /** Full members a branch needs (ORG-001, CONST-012). */
  static final int MIN_FULL_MEMBERS = 3;

  /** Members a branch generally has at most (ORG-002). */
  static final int MAX_BRANCH_MEMBERS = 50;

  /** Members below which general practice sets up a branch, not a general branch or committee. */
  static final int GROUP_FLOOR = 50;

  /** Members a village needs for a Party committee (ORG-015). */
  static final int VILLAGE_COMMITTEE = 100;

  /** Full members from which a branch has a committee (ORG-007, ORG-008). */
  static final int COMMITTEE_THRESHOLD = 7;

  static final Rule CONST_008 = Catalogue.rule(RuleCodes.CONST_008);
  static final Rule ORG_001 = Catalogue.rule(RuleCodes.ORG_001);
  static final Rule ORG_002 = Catalogue.rule(RuleCodes.ORG_002);
  static final Rule ORG_004 = Catalogue.rule(RuleCodes.ORG_004);
  static final Rule ORG_006 = Catalogue.rule(RuleCodes.ORG_006);

  /** Flag in the packed seat counts: a committee is recorded, but no post holders. */
  private static final int SEATS_UNKNOWN = 1 << 24;

  static final Rule ORG_007 = Catalogue.rule(RuleCodes.ORG_007);
  static final Rule ORG_007_SIZE = Catalogue.rule(RuleCodes.ORG_007_SIZE);
  static final Rule ORG_008 = Catalogue.rule(RuleCodes.ORG_008);
  static final Rule ORG_012 = Catalogue.rule(RuleCodes.ORG_012);
  static final Rule ORG_013 = Catalogue.rule(RuleCodes.ORG_013);
  static final Rule ORG_014 = Catalogue.rule(RuleCodes.ORG_014);
  static final Rule ORG_015 = Catalogue.rule(RuleCodes.ORG_015);

  @Override
  public String topic() {
    return "organization";
  }

  @Override
  public void organization(Organization o, RecordContext context) {
    if (!o.existsOn(context.asOf())) {
      return;
    }
    if (o.kind() == OrganizationKind.JOINT_BRANCH) {
      int units = (o.hostUnit().isPresent() ? 1 : 0) + o.jointUnits().size();
      if (units > 5) {
        context.report(ORG_004, "jointUnits", String.valueOf(units), "units", units);
      }
    }
    if (o.kind() == OrganizationKind.TEMPORARY_BRANCH) {
      Optional<Committee> latest = latestBy(o, context.asOf());
      if (latest.isPresent() && latest.get().method() != ElectionMethod.APPOINTED) {
        int position = o.committees().indexOf(latest.get());
        context.report(
            ORG_006,
            "committees[" + position + "].method",
            latest.get().method().label(),
            "problem",
            "的委员会由" + latest.get().method().label() + "产生，应由上级党组织指定",
            "problemEn",
            "has a committee by "
                + ReferenceRules.english(latest.get().method().name())
                + "; it should be appointed by the higher organization");
      }
    }
  }

  /** The latest committee elected on or before {@code date}. */
  static Optional<Committee> latestBy(Organization o, LocalDate date) {
    Committee latest = null;
    for (Committee c : o.committees()) {
      if (!c.electedOn().isAfter(date)
          && (latest == null || c.electedOn().isAfter(latest.electedOn()))) {
        latest = c;
      }
    }
    return Optional.ofNullable(latest);
  }

  @Override
  public DatasetCheck newDatasetCheck(RunContext run) {
    return new Thresholds(run);
  }

  /** The dataset check of one run. */
  private static final class Thresholds implements DatasetCheck {
    private final RunContext run;
    private final StructureIndex index;
    private final LocalDate asOf;
    private final IntList seats = new IntList();
    private final IntList pendingMembers = new IntList();
    private final IntList elections = new IntList();

    Thresholds(RunContext run) {
      this.run = run;
      this.index = StructureIndex.of(run);
      this.asOf = run.asOf();
    }

    @Override
    public void organization(Organization o, RecordContext seen) {
      int i = seen.index();
      index.organization(o, i);
      Slot slot = index.slot(o.id());
      if (slot.index != i || !o.kind().isBranchLevel()) {
        return;
      }
      Set<String> all = new HashSet<>();
      Set<String> leaders = new HashSet<>();
      int deputies = 0;
      for (PostHolding p : o.postsOn(asOf)) {
        if (!p.post().isCommitteeSeat()) {
          continue;
        }
        String holder = p.memberId().orElse("name:" + p.holderName());
        all.add(holder);
        if (p.post() == PostKind.SECRETARY || p.post() == PostKind.DEPUTY_SECRETARY) {
          leaders.add(holder);
        }
        if (p.post() == PostKind.DEPUTY_SECRETARY) {
          deputies++;
        }
      }
      all.removeAll(leaders);
      int size = Math.min(o.committeeSizeOn(asOf), 255);
      // a committee recorded without any post holders (a roster's election date), or a placeholder
      // created from a name in a member roster: seats unknown
      int seatsUnknown =
          (o.posts().isEmpty() && o.committeeOn(asOf).isPresent()) || o.isPlaceholder()
              ? SEATS_UNKNOWN
              : 0;
      seats.set(
          slot.id,
          size | Math.min(all.size(), 255) << 8 | Math.min(deputies, 255) << 16 | seatsUnknown);
    }

    @Override
    public void member(Member m, RecordContext seen) {
      int i = seen.index();
      index.member(m, i);
      String home = index.lastHomeAsOf();
      if (home == null) {
        return;
      }
      Slot slot = index.slot(home);
      if (slot.seen) {
        checkHome(i, slot);
      } else {
        pendingMembers.add(i);
        pendingMembers.add(slot.id);
      }
    }

    private void checkHome(int member, Slot slot) {
      if (!slot.kind.isBranchLevel()) {
        run.reportAt(
            MEMBER,
            member,
            CONST_008,
            "organizationId",
            slot.orgId,
            "value",
            slot.orgId,
            "kind",
            slot.kind.label(),
            "kindEn",
            ReferenceRules.english(slot.kind));
      }
    }

    @Override
    public void activity(Activity a, RecordContext seen) {
      int i = seen.index();
      if (a.kind() == ActivityKind.ELECTION) {
        elections.add(i);
        elections.add(index.slot(a.organizationId()).id);
      }
    }

    @Override
    public void finish() {
      index.resolve();
      for (int k = 0; k < pendingMembers.size(); k += 2) {
        Slot slot = index.slot(pendingMembers.get(k + 1));
        if (slot.seen) {
          checkHome(pendingMembers.get(k), slot);
        }
      }
      for (int k = 0; k < elections.size(); k += 2) {
        Slot slot = index.slot(elections.get(k + 1));
        if (slot.seen && slot.kind == OrganizationKind.TEMPORARY_BRANCH) {
          String activity = run.recordId(RecordKind.ACTIVITY, elections.get(k));
          run.reportAt(
              ORGANIZATION,
              slot.index,
              ORG_006,
              null,
              activity,
              "problem",
              "举行了换届选举（活动 " + activity + "）",
              "problemEn",
              "held an election (activity " + activity + ")");
        }
      }
      boolean brokenTree = false;
      for (Slot s : index.slots()) {
        brokenTree |= s.seen && (s.danglingParent || s.inCycle);
      }
      for (Slot s : index.slots()) {
        if (!s.existsOn(asOf)) {
          continue;
        }
        if (s.kind.isBranchLevel()) {
          branch(s);
        }
        if (!brokenTree) {
          sizes(s);
        }
      }
    }

    private void branch(Slot s) {
      int full = s.fullAsOf;
      int total = s.membersAsOf();
      if (full < MIN_FULL_MEMBERS) {
        report(s, ORG_001, String.valueOf(full), "full", full);
      }
      if (total > MAX_BRANCH_MEMBERS) {
        report(s, ORG_002, String.valueOf(total), "members", total);
      }
      int packed = seats.getOrZero(s.id);
      int size = packed & 0xff;
      int extra = packed >>> 8 & 0xff;
      int deputies = packed >>> 16 & 0xff;
      if ((packed & SEATS_UNKNOWN) != 0) {
        return;
      }
      if (full >= COMMITTEE_THRESHOLD) {
        if (size < 3) {
          report(s, ORG_007, String.valueOf(size), "full", full, "size", size);
        } else if (size > 5) {
          report(s, ORG_007_SIZE, String.valueOf(size), "size", size);
        }
      } else if (extra > 0 || deputies > 1 || size > 2) {
        report(s, ORG_008, String.valueOf(size), "full", full, "size", size, "deputies", deputies);
      }
    }

    private void sizes(Slot s) {
      int members = s.subtreeMembers();
      boolean village = s.unitType == UnitType.VILLAGE;
      int threshold =
          switch (s.kind) {
            case PARTY_COMMITTEE -> village ? VILLAGE_COMMITTEE : GROUP_FLOOR;
            case GENERAL_BRANCH -> GROUP_FLOOR;
            default -> 0;
          };
      if (members < threshold) {
        report(
            s,
            village ? ORG_015 : ORG_014,
            String.valueOf(members),
            "kind",
            s.kind.label(),
            "kindEn",
            ReferenceRules.english(s.kind),
            "members",
            members,
            "threshold",
            threshold);
      }
      boolean unitTop = s.ownUnitType == UnitType.ENTERPRISE;
      boolean stateOwned = s.ownOwnership == null || s.ownOwnership == Ownership.STATE_OWNED;
      if (!unitTop || !stateOwned) {
        return;
      }
      boolean branchLike = s.kind.isBranchLevel() || s.kind == OrganizationKind.GENERAL_BRANCH;
      if (branchLike && members >= 100) {
        report(
            s,
            ORG_012,
            String.valueOf(members),
            "kind",
            s.kind.label(),
            "kindEn",
            ReferenceRules.english(s.kind),
            "members",
            members);
      } else if (s.kind.isBranchLevel() && members >= 50) {
        report(s, ORG_013, String.valueOf(members), "members", members);
      }
    }

    private void report(Slot s, Rule rule, String value, Object... arguments) {
      run.reportAt(ORGANIZATION, s.index, rule, null, value, arguments);
    }
  }
}
