package org.dangjian.testkit.internal.mutation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.organization.ImmutableOrganization;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.PostHolding;
import org.dangjian.core.organization.PostKind;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.Mutation;
import org.dangjian.testkit.internal.GenerationRun;

/**
 * The one-defect mutators of where members sit: a branch left with two full members, a member
 * attached to a party committee, and a parent id naming no organization. Moved members go to
 * sibling branches first, so that general branches and committees keep their size, and leave the
 * attendance of the meetings of the organization they left ({@link Attendees}).
 */
public final class BranchMutators {

  private static final int BRANCH_CAP = GenerationRun.BRANCH_SOFT_CAP;
  private static final int COMMITTEE_THRESHOLD = GenerationRun.COMMITTEE_THRESHOLD;

  private BranchMutators() {}

  /** Injects {@code defect}; null when it is not one of this class. */
  public static Mutation apply(Defect defect, Dataset d, LocalDate asOf) {
    return switch (defect) {
      case BRANCH_WITH_TWO_FULL_MEMBERS -> branchWithTwoFullMembers(d);
      case MEMBER_ATTACHED_TO_COMMITTEE -> memberAttachedToCommittee(d);
      case DANGLING_PARENT -> danglingParent(d);
      default -> null;
    };
  }

  private static Mutation branchWithTwoFullMembers(Dataset d) {
    Map<String, int[]> counts = branchCounts(d);
    Organization target = null;
    for (boolean small : new boolean[] {true, false}) {
      for (Organization o : d.organizations()) {
        int[] c = counts.get(o.id());
        if (c == null || (small && c[0] >= COMMITTEE_THRESHOLD)) {
          continue;
        }
        if (target == null || c[0] < counts.get(target.id())[0]) {
          target = o;
        }
      }
      if (target != null) {
        break;
      }
    }
    if (target == null) {
      throw new IllegalStateException(
          "the dataset has no branch for " + Defect.BRANCH_WITH_TWO_FULL_MEMBERS);
    }
    Optional<String> secretary =
        target.posts().stream()
            .filter(p -> p.post() == PostKind.SECRETARY)
            .map(PostHolding::memberId)
            .flatMap(Optional::stream)
            .findFirst();
    List<String> keep = new ArrayList<>();
    secretary.ifPresent(keep::add);
    for (Member m : d.membersOf(target.id())) {
      if (keep.size() < 2 && m.stage() == MemberStage.FULL && !keep.contains(m.id())) {
        keep.add(m.id());
      }
    }
    Shrunk shrunk = shrink(d, target, keep, p -> p.post() == PostKind.SECRETARY);
    return new Mutation(
        shrunk.dataset(),
        target.id(),
        Defect.BRANCH_WITH_TWO_FULL_MEMBERS,
        "moved "
            + shrunk.moved()
            + " members out of branch "
            + target.id()
            + " so that it keeps the 2 full members "
            + keep
            + "; committee seats other than the secretary dropped; the moved members taken out of"
            + " the attendance of the branch's meetings");
  }

  /** A dataset after {@link #shrink}, and how many members were moved. */
  record Shrunk(Dataset dataset, int moved) {}

  /**
   * {@code d} with every party member of branch {@code target} except {@code keep} moved to other
   * branches (siblings first, each staying under 50 members and on its side of the committee
   * threshold of 7 full members), taken out of the attendance of the branch's meetings, and the
   * branch's posts reduced to those {@code keptPost} accepts.
   *
   * @throws IllegalStateException when no other branch can take a member without breaking a rule
   */
  static Shrunk shrink(
      Dataset d, Organization target, List<String> keep, Predicate<PostHolding> keptPost) {
    Map<String, int[]> counts = branchCounts(d);
    String targetId = target.id();
    List<Organization> receivers = new ArrayList<>();
    for (boolean sibling : new boolean[] {true, false}) {
      for (Organization o : d.organizations()) {
        if (counts.containsKey(o.id())
            && !o.id().equals(targetId)
            && o.parentId().equals(target.parentId()) == sibling) {
          receivers.add(o);
        }
      }
    }
    Map<String, String> moves = new LinkedHashMap<>();
    int next = 0;
    for (Member m : d.membersOf(targetId)) {
      if (!m.stage().isPartyMember() || keep.contains(m.id())) {
        continue;
      }
      boolean full = m.stage() == MemberStage.FULL;
      boolean placed = false;
      for (int probe = 0; probe < receivers.size() && !placed; probe++) {
        Organization r = receivers.get((next + probe) % receivers.size());
        int[] c = counts.get(r.id());
        boolean fits = c[0] + c[1] < BRANCH_CAP;
        boolean keepsCommitteeSide =
            !full || c[0] >= COMMITTEE_THRESHOLD || c[0] + 1 < COMMITTEE_THRESHOLD;
        if (fits && keepsCommitteeSide) {
          moves.put(m.id(), r.id());
          c[full ? 0 : 1]++;
          next = (next + probe + 1) % receivers.size();
          placed = true;
        }
      }
      if (!placed) {
        throw new IllegalStateException(
            "no other branch can take member " + m.id() + " without breaking a rule");
      }
    }
    List<Member> members = new ArrayList<>(d.members().size());
    for (Member m : d.members()) {
      String to = moves.get(m.id());
      members.add(to == null ? m : ImmutableMember.copyOf(m).withOrganizationId(to));
    }
    List<PostHolding> posts = new ArrayList<>();
    for (PostHolding p : target.posts()) {
      if (keptPost.test(p)) {
        posts.add(p);
      }
    }
    Organization changedTarget = ImmutableOrganization.copyOf(target).withPosts(posts);
    List<Organization> organizations = new ArrayList<>(d.organizations());
    organizations.set(organizations.indexOf(target), changedTarget);
    List<Member> leaving = new ArrayList<>();
    for (Member m : d.members()) {
      if (moves.containsKey(m.id())) {
        leaving.add(m);
      }
    }
    Dataset changed =
        Edits.rebuild(
            d, organizations, members, Attendees.without(d, targetId, leaving), d.pairings());
    return new Shrunk(changed, moves.size());
  }

  private static Mutation memberAttachedToCommittee(Dataset d) {
    Map<String, int[]> counts = branchCounts(d);
    Set<String> holders = Edits.postHolders(d);
    Predicate<Member> hasCommittee =
        x -> !Edits.nearestCommittee(d, x.organizationId()).equals(x.organizationId());
    Predicate<Member> directlyUnder =
        x ->
            d.organization(x.organizationId())
                .flatMap(Organization::parentId)
                .filter(p -> p.equals(Edits.nearestCommittee(d, x.organizationId())))
                .isPresent();
    Predicate<Member> probationary =
        x -> x.stage() == MemberStage.PROBATIONARY && hasCommittee.test(x);
    Predicate<Member> spareFull =
        x -> {
          int[] c = counts.get(x.organizationId());
          return x.stage() == MemberStage.FULL
              && c != null
              && !holders.contains(x.id())
              && (c[0] > COMMITTEE_THRESHOLD || (c[0] > 3 && c[0] < COMMITTEE_THRESHOLD))
              && hasCommittee.test(x);
        };
    // A member of a branch directly under the committee first: the member moves within the
    // committee's subtree without leaving a general branch one member short (ORG-014).
    Member m = null;
    for (Predicate<Member> test :
        List.of(
            probationary.and(directlyUnder),
            spareFull.and(directlyUnder),
            probationary,
            spareFull)) {
      m = Edits.memberOrNull(d, test);
      if (m != null) {
        break;
      }
    }
    if (m == null) {
      throw new IllegalStateException(
          "the dataset has no member suitable for " + Defect.MEMBER_ATTACHED_TO_COMMITTEE);
    }
    String committee = Edits.nearestCommittee(d, m.organizationId());
    Dataset moved = Edits.replace(d, ImmutableMember.copyOf(m).withOrganizationId(committee));
    return new Mutation(
        Edits.rebuild(
            moved,
            moved.organizations(),
            moved.members(),
            Attendees.without(d, m.organizationId(), List.of(m)),
            d.pairings()),
        m.id(),
        Defect.MEMBER_ATTACHED_TO_COMMITTEE,
        "member "
            + m.id()
            + " attached to party committee "
            + committee
            + " instead of a branch and taken out of the attendance of the branch's meetings");
  }

  private static Mutation danglingParent(Dataset d) {
    List<Organization> branches =
        d.organizations().stream()
            .filter(o -> o.kind() == OrganizationKind.BRANCH && o.parentId().isPresent())
            .toList();
    if (branches.isEmpty()) {
      throw new IllegalStateException("the dataset has no branch for " + Defect.DANGLING_PARENT);
    }
    Organization branch = branches.get(branches.size() / 2);
    int n = d.organizations().size() + 1;
    String missing = String.format(Locale.ROOT, "org-%04d", n);
    while (d.organization(missing).isPresent()) {
      missing = String.format(Locale.ROOT, "org-%04d", ++n);
    }
    List<Organization> organizations = new ArrayList<>(d.organizations());
    organizations.set(
        organizations.indexOf(branch), ImmutableOrganization.copyOf(branch).withParentId(missing));
    return new Mutation(
        Edits.rebuild(d, organizations, d.members(), d.activities(), d.pairings()),
        branch.id(),
        Defect.DANGLING_PARENT,
        "parent of branch " + branch.id() + " set to the missing organization " + missing);
  }

  /** Full and probationary counts by branch id, for branch-level organizations only. */
  static Map<String, int[]> branchCounts(Dataset d) {
    Map<String, int[]> counts = new HashMap<>();
    for (Organization o : d.organizations()) {
      if (o.kind().isBranchLevel()) {
        counts.put(o.id(), new int[2]);
      }
    }
    for (Member m : d.members()) {
      int[] c = counts.get(m.organizationId());
      if (c != null && m.stage() == MemberStage.FULL) {
        c[0]++;
      } else if (c != null && m.stage() == MemberStage.PROBATIONARY) {
        c[1]++;
      }
    }
    return counts;
  }
}
