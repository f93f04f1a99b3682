package org.dangjian.validation.internal.rules;

import static org.dangjian.core.record.RecordKind.MEMBER;
import static org.dangjian.core.record.RecordKind.ORGANIZATION;
import static org.dangjian.validation.rule.Confidence.CONFIRMED;
import static org.dangjian.validation.rule.Confidence.MEMORY;
import static org.dangjian.validation.rule.Confidence.SECONDARY;
import static org.dangjian.validation.rule.Scope.DATASET;
import static org.dangjian.validation.rule.Scope.RECORD;
import static org.dangjian.validation.rule.Severity.ERROR;
import static org.dangjian.validation.rule.Severity.WARNING;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
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
import org.dangjian.validation.internal.DatasetCheck;
import org.dangjian.validation.internal.RecordContext;
import org.dangjian.validation.internal.RuleGroup;
import org.dangjian.validation.internal.Rules;
import org.dangjian.validation.internal.RunContext;
import org.dangjian.validation.internal.rules.StructureIndex.Slot;
import org.dangjian.validation.rule.Rule;

/**
 * Setting up organizations (RULES.md §1 CONST-008, CONST-012; §2.1 ORG-001 to ORG-008, ORG-012 to
 * ORG-015): every Party member's home is a branch or joint branch; a branch has at least 3 full
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

  static final Rule CONST_008 =
      Rules.rule("CONST-008", ERROR, CONFIRMED, DATASET, MEMBER)
          .citation(Rules.CONSTITUTION, "第八条")
          .statement(
              "每个党员必须编入党的一个支部（党支部或联合党支部）。",
              "Every Party member belongs to a branch (a branch or joint branch).")
          .message(
              "党员的所属组织 {value} 是{kind}，不是党支部。",
              "The member's home organization {value} is a {kindEn}, not a branch.")
          .build();

  static final Rule ORG_001 =
      Rules.rule("ORG-001", ERROR, CONFIRMED, DATASET, ORGANIZATION)
          .citation(Rules.BRANCH_REGULATIONS, "第四条第一款")
          .statement("党支部须有正式党员3人以上。", "A branch has at least 3 full members.")
          .message("党支部只有 {full} 名正式党员，少于3名。", "The branch has {full} full members, fewer than 3.")
          .note(
              "党章第三十条（CONST-012）提出同一要求：正式党员3人以上的单位应当成立党的基层组织。",
              "Party Constitution Art. 30 (CONST-012) states the same requirement.")
          .build();

  static final Rule ORG_002 =
      Rules.rule("ORG-002", WARNING, CONFIRMED, DATASET, ORGANIZATION)
          .citation(Rules.BRANCH_REGULATIONS, "第四条第二款")
          .statement("党支部党员人数一般不超过50人。", "A branch generally has at most 50 members.")
          .message("党支部有 {members} 名党员，超过50名。", "The branch has {members} members, more than 50.")
          .build();

  static final Rule ORG_004 =
      Rules.rule("ORG-004", WARNING, SECONDARY, RECORD, ORGANIZATION)
          .citation(Rules.BRANCH_REGULATIONS, "第五条")
          .statement("联合党支部覆盖单位一般不超过5个。", "A joint branch generally covers at most 5 units.")
          .message(
              "联合党支部覆盖 {units} 个单位，超过5个。", "The joint branch covers {units} units, more than 5.")
          .build();

  static final Rule ORG_006 =
      Rules.rule("ORG-006", WARNING, SECONDARY, DATASET, ORGANIZATION)
          .citation(Rules.BRANCH_REGULATIONS, "第二章（临时党支部）")
          .statement(
              "临时党支部的书记、副书记和委员由上级党组织指定，一般不进行换届选举。",
              "The secretary, deputy and members of a temporary branch are appointed by the higher "
                  + "organization; it normally holds no elections.")
          .message("临时党支部{problem}。", "The temporary branch {problemEn}.")
          .note(
              "临时党支部一般不发展党员、不处分党员、不收缴党费：数据未记录这些事项由哪个组织办理，无法检查；" + "党员以临时党支部为所属组织的情况按 CONST-008 报告。",
              "Development, discipline and dues are not attributed to organizations in the data; "
                  + "a member whose home is a temporary branch is reported as CONST-008.")
          .build();

  /** Flag in the packed seat counts: a committee is recorded, but no post holders. */
  private static final int SEATS_UNKNOWN = 1 << 24;

  static final Rule ORG_007 =
      Rules.rule("ORG-007", ERROR, SECONDARY, DATASET, ORGANIZATION)
          .citation(Rules.BRANCH_REGULATIONS, "第六章（支部委员会）")
          .statement(
              "正式党员7人以上的党支部设立支部委员会，委员3至5人。",
              "A branch with 7 or more full members has a committee of 3 to 5.")
          .message(
              "党支部有 {full} 名正式党员，但支部委员会只有 {size} 人（应不少于3人）。",
              "The branch has {full} full members but a committee of {size} (at least 3 needed).")
          .build();

  static final Rule ORG_007_SIZE =
      Rules.rule("ORG-007-SIZE", WARNING, SECONDARY, DATASET, ORGANIZATION)
          .citation(Rules.BRANCH_REGULATIONS, "第六章（支部委员会）")
          .statement(
              "支部委员会委员一般为3至5人，最多不超过7人。",
              "A branch committee has 3 to 5 members, generally no more than 7.")
          .message("支部委员会有 {size} 人，超过5人。", "The branch committee has {size} members, more than 5.")
          .build();

  static final Rule ORG_008 =
      Rules.rule("ORG-008", ERROR, SECONDARY, DATASET, ORGANIZATION)
          .citation(Rules.BRANCH_REGULATIONS, "第六章（支部委员会）")
          .statement(
              "正式党员不足7人的党支部不设支部委员会，只设书记1名，必要时设副书记1名。",
              "A branch with fewer than 7 full members has no committee: a secretary and at most "
                  + "one deputy.")
          .message(
              "党支部只有 {full} 名正式党员，却设有 {size} 名支委（其中副书记 {deputies} 名）。",
              "The branch has {full} full members but {size} committee seats ({deputies} deputies).")
          .build();

  static final Rule ORG_012 =
      Rules.rule("ORG-012", WARNING, CONFIRMED, DATASET, ORGANIZATION)
          .citation(Rules.SOE, "第四条")
          .statement(
              "国有企业党员人数100人以上的，设立党的基层委员会。",
              "A state-owned enterprise with 100 or more members sets up a Party committee.")
          .message(
              "国有企业的{kind}有 {members} 名党员，100人以上的应设立党委。",
              "The {kindEn} of a state-owned enterprise has {members} members; with 100 or more "
                  + "it should be a Party committee.")
          .note(
              "只检查单位的最高党组织（记录了所在单位的组织）；按数据中单位划分，故为警告。",
              "Checked at the organization that carries the unit; a warning, since units are "
                  + "inferred from the data.")
          .build();

  static final Rule ORG_013 =
      Rules.rule("ORG-013", WARNING, MEMORY, DATASET, ORGANIZATION)
          .citation(Rules.SOE, "第四条")
          .statement(
              "国有企业党员人数50人以上、不足100人的，设立党总支。",
              "A state-owned enterprise with 50 to 99 members sets up a general branch.")
          .message(
              "国有企业的党支部有 {members} 名党员，50人以上的一般应设立党总支。",
              "The branch of a state-owned enterprise has {members} members; with 50 or more it "
                  + "should generally be a general branch.")
          .build();

  static final Rule ORG_014 =
      Rules.rule("ORG-014", WARNING, SECONDARY, DATASET, ORGANIZATION)
          .citation("中共中央组织部党建读物（实践做法）", "无条文")
          .statement(
              "一般情况下，党员3至49人的设立党支部，50人以上的可设立党总支，100人以上的可设立基层党委，均须上级批准；" + "党员不足50人的一般不设党总支或基层党委。",
              "Generally 3 to 49 members make a branch, 50 or more may make a general branch and "
                  + "100 or more a Party committee, each with higher approval; fewer than 50 "
                  + "members generally make no general branch or committee.")
          .message(
              "{kind}下属党员共 {members} 名，不足 {threshold} 名；一般情况下应设立党支部。",
              "The {kindEn} has {members} members below it, fewer than {threshold}; generally "
                  + "they make a branch.")
          .note(
              "按基准日全部下属党员（含预备党员）计。不足100人的党委经上级批准也可设立，数据中没有批准记录，"
                  + "故只对不足50人的报告；国有企业配置中由 ORG-012、ORG-013 代替；"
                  + "组织树断裂（REF-PARENT、REF-CYCLE）时不判断。",
              "Counts all members below (probationary included) on the reference date. A "
                  + "committee of fewer than 100 may be set up with approval, which the data does "
                  + "not record, so only fewer than 50 is reported; replaced by ORG-012 and ORG-013 "
                  + "in the state-owned-enterprise profile; not judged when the tree is broken "
                  + "(REF-PARENT, REF-CYCLE).")
          .build();

  static final Rule ORG_015 =
      Rules.rule("ORG-015", WARNING, SECONDARY, DATASET, ORGANIZATION)
          .citation("《中国共产党农村基层组织工作条例》(2019)", "第五条、第六条")
          .statement(
              "村党员50人以上的可设党总支，100人以上的经县级党委批准可设党委。",
              "A village with 50 or more members may set up a general branch, with 100 or more a "
                  + "Party committee with county approval.")
          .message(
              "村{kind}下属党员共 {members} 名，少于 {threshold} 名。",
              "The village {kindEn} has {members} members below it, fewer than {threshold}.")
          .build();

  private static final List<Rule> RULES =
      List.of(
          CONST_008,
          ORG_001,
          ORG_002,
          ORG_004,
          ORG_006,
          ORG_007,
          ORG_007_SIZE,
          ORG_008,
          ORG_012,
          ORG_013,
          ORG_014,
          ORG_015);

  @Override
  public List<Rule> rules() {
    return RULES;
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
      // a committee recorded without any post holders (a roster's election date): seats unknown
      int seatsUnknown = o.posts().isEmpty() && o.committeeOn(asOf).isPresent() ? SEATS_UNKNOWN : 0;
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
