package org.dangjian.testkit.internal.mutation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.organization.HostUnit;
import org.dangjian.core.organization.ImmutableOrganization;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.Ownership;
import org.dangjian.core.organization.PostHolding;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.Mutation;

/**
 * The one-defect mutators of the size thresholds: a branch of fewer than 7 full members that keeps
 * its committee (its other members moved to other branches as {@link BranchMutators} moves them),
 * and the thresholds of state-owned enterprises, which the national profile disables (see {@link
 * Defect#detection()}): a general branch of 100 or more members in a state-owned enterprise of its
 * own, and a branch of exactly 50 members in one (grown as {@link TreeMutators} grows a branch).
 * The enterprise is given no head count, so that no union rule applies to it.
 */
public final class SizeMutators {

  /** Full members a branch keeps for ORG-008: fewer than the committee threshold of 7. */
  private static final int SMALL_BRANCH_FULL = 5;

  private SizeMutators() {}

  /** Injects a size {@code defect}; null when it is not one of this class. */
  public static Mutation apply(Defect defect, Dataset d, LocalDate asOf) {
    return switch (defect) {
      case SMALL_BRANCH_WITH_COMMITTEE -> smallBranchWithCommittee(d, defect);
      case STATE_OWNED_GENERAL_BRANCH_OF_100 -> stateOwnedGeneralBranch(d, defect, asOf);
      case STATE_OWNED_BRANCH_OF_50 -> stateOwnedBranch(d, defect, asOf);
      default -> null;
    };
  }

  private static Mutation smallBranchWithCommittee(Dataset d, Defect defect) {
    Map<String, int[]> counts = BranchMutators.branchCounts(d);
    Organization target =
        Edits.organization(
            d,
            o ->
                o.kind() == OrganizationKind.BRANCH
                    && counts.get(o.id())[0] >= 7
                    && seatHolders(d, o).size() >= 3,
            defect);
    List<String> keep = new ArrayList<>(seatHolders(d, target));
    for (Member m : d.membersOf(target.id())) {
      if (keep.size() < SMALL_BRANCH_FULL
          && m.stage() == MemberStage.FULL
          && !keep.contains(m.id())) {
        keep.add(m.id());
      }
    }
    Set<String> kept = new HashSet<>(keep);
    BranchMutators.Shrunk shrunk =
        BranchMutators.shrink(
            d, target, keep, p -> p.memberId().filter(kept::contains).isPresent());
    return new Mutation(
        shrunk.dataset(),
        target.id(),
        defect,
        "moved "
            + shrunk.moved()
            + " members out of branch "
            + target.id()
            + ", which keeps "
            + keep.size()
            + " full members and its committee of "
            + seatHolders(d, target).size());
  }

  /** The full members of {@code o} who hold one of its committee seats, in post order. */
  private static List<String> seatHolders(Dataset d, Organization o) {
    List<String> holders = new ArrayList<>();
    for (PostHolding p : o.posts()) {
      String id = p.memberId().orElse(null);
      if (p.post().isCommitteeSeat()
          && id != null
          && !holders.contains(id)
          && d.member(id)
              .filter(m -> m.organizationId().equals(o.id()) && m.stage() == MemberStage.FULL)
              .isPresent()) {
        holders.add(id);
      }
    }
    return holders;
  }

  private static Mutation stateOwnedGeneralBranch(Dataset d, Defect defect, LocalDate asOf) {
    Map<String, Integer> subtree = subtreeMembers(d, asOf);
    Organization general =
        Edits.organization(
            d,
            o ->
                o.kind() == OrganizationKind.GENERAL_BRANCH
                    && o.hostUnit().isEmpty()
                    && subtree.getOrDefault(o.id(), 0) >= 100,
            defect);
    return new Mutation(
        Edits.replace(d, stateOwned(general)),
        general.id(),
        defect,
        "general branch "
            + general.id()
            + " of "
            + subtree.get(general.id())
            + " members given a state-owned enterprise of its own");
  }

  private static Mutation stateOwnedBranch(Dataset d, Defect defect, LocalDate asOf) {
    Mutation grown = TreeMutators.branchOf(d, defect, asOf, 50);
    Organization branch = grown.dataset().organization(grown.recordId()).orElseThrow();
    return new Mutation(
        Edits.replace(grown.dataset(), stateOwned(branch)),
        branch.id(),
        defect,
        grown.description() + ", and a state-owned enterprise of its own");
  }

  private static Organization stateOwned(Organization o) {
    return ImmutableOrganization.copyOf(o)
        .withHostUnit(
            HostUnit.builder().name(o.name() + "所在国有企业").ownership(Ownership.STATE_OWNED).build());
  }

  /** Party members on {@code asOf} of each organization and everything under it. */
  private static Map<String, Integer> subtreeMembers(Dataset d, LocalDate asOf) {
    Map<String, Integer> own = new HashMap<>();
    for (Member m : d.members()) {
      if (m.stageOn(asOf).filter(MemberStage::isPartyMember).isPresent()) {
        own.merge(m.organizationId(), 1, Integer::sum);
      }
    }
    Map<String, Integer> total = new HashMap<>();
    for (Organization o : d.organizations()) {
      int n = own.getOrDefault(o.id(), 0);
      String at = o.parentId().orElse(null);
      total.merge(o.id(), n, Integer::sum);
      for (int guard = 0; at != null && guard < 1000; guard++) {
        total.merge(at, n, Integer::sum);
        at = d.organization(at).flatMap(Organization::parentId).orElse(null);
      }
    }
    return total;
  }
}
