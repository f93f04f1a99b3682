package org.dangjian.testkit.internal.mutation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.organization.ImmutableOrganization;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.Mutation;

/**
 * The one-defect mutators of the organization tree: an organization record listed twice, a branch
 * placed under a sibling branch, and a branch of 51 members (copies of one of its full members,
 * each with a new id and ID number and no mobile number), and a general branch left with one branch
 * of fewer than 50 members (its other branches moved up to its parent, whose size is unchanged). A
 * moved branch keeps its party committee above it and its pair stays under 50 members, so no size
 * rule changes.
 */
public final class TreeMutators {

  private TreeMutators() {}

  /** Injects a tree {@code defect}; null when it is not one of this class. */
  public static Mutation apply(Defect defect, Dataset d, LocalDate asOf) {
    return switch (defect) {
      case DUPLICATE_ORGANIZATION_ID -> duplicate(d, defect);
      case BRANCH_UNDER_BRANCH -> branchUnderBranch(d, defect);
      case BRANCH_OF_51 -> branchOf(d, defect, asOf, 51);
      case SMALL_GENERAL_BRANCH -> smallGeneralBranch(d, defect);
      default -> null;
    };
  }

  private static Mutation duplicate(Dataset d, Defect defect) {
    Organization o = Edits.organization(d, x -> x.kind() == OrganizationKind.BRANCH, defect);
    List<Organization> organizations = new ArrayList<>(d.organizations());
    organizations.add(o);
    return new Mutation(
        Edits.rebuild(d, organizations, d.members(), d.activities(), d.pairings()),
        o.id(),
        defect,
        "branch " + o.id() + " listed a second time");
  }

  private static Mutation branchUnderBranch(Dataset d, Defect defect) {
    Map<String, Integer> sizes = memberCounts(d);
    Organization moved =
        Edits.organization(
            d, x -> x.kind() == OrganizationKind.BRANCH && sibling(d, x, sizes) != null, defect);
    Organization under = sibling(d, moved, sizes);
    return new Mutation(
        Edits.replace(d, ImmutableOrganization.copyOf(moved).withParentId(under.id())),
        moved.id(),
        defect,
        "branch " + moved.id() + " placed under its sibling branch " + under.id());
  }

  /** A sibling branch that, with {@code x}'s members, stays under 50 members; or null. */
  private static Organization sibling(Dataset d, Organization x, Map<String, Integer> sizes) {
    int own = sizes.getOrDefault(x.id(), 0);
    for (Organization o : d.organizations()) {
      if (o.kind() == OrganizationKind.BRANCH
          && !o.id().equals(x.id())
          && o.parentId().equals(x.parentId())
          && o.hostUnit().isEmpty()
          && sizes.getOrDefault(o.id(), 0) + own < 50) {
        return o;
      }
    }
    return null;
  }

  /**
   * The largest branch under {@code size} members without a host unit that has 7 or more full
   * members, grown to {@code size} members by copies of one of its plain full members.
   */
  static Mutation branchOf(Dataset d, Defect defect, LocalDate asOf, int size) {
    Map<String, Integer> sizes = memberCounts(d);
    Map<String, Integer> full = new HashMap<>();
    for (Member m : d.members()) {
      if (m.stage() == MemberStage.FULL) {
        full.merge(m.organizationId(), 1, Integer::sum);
      }
    }
    Predicate<Member> plain = Edits.plainMember(d, asOf);
    Organization branch = null;
    for (Organization o : d.organizations()) {
      boolean fits =
          o.kind() == OrganizationKind.BRANCH
              && o.hostUnit().isEmpty()
              && sizes.getOrDefault(o.id(), 0) < size
              && full.getOrDefault(o.id(), 0) >= 7
              && d.membersOf(o.id()).stream().anyMatch(plain);
      if (fits && (branch == null || sizes.getOrDefault(o.id(), 0) > sizes.get(branch.id()))) {
        branch = o;
      }
    }
    if (branch == null) {
      throw new IllegalStateException("the dataset has no branch suitable for " + defect);
    }
    Member template = d.membersOf(branch.id()).stream().filter(plain).findFirst().orElseThrow();
    int missing = size - sizes.get(branch.id());
    Set<String> idNumbers = Edits.idNumbers(d);
    List<Member> members = new ArrayList<>(d.members());
    Dataset grown = d;
    for (int k = 0; k < missing; k++) {
      ResidentIdNumber number =
          Edits.uniqueId(idNumbers, template.idNumber().orElseThrow(), template.birthDate(), false);
      idNumbers.add(number.value());
      Member copy =
          ImmutableMember.copyOf(template)
              .withId(Edits.unusedId(grown, "mem"))
              .withIdNumber(number)
              .withPhone(Optional.empty());
      members.add(copy);
      grown = Edits.rebuild(d, d.organizations(), members, d.activities(), d.pairings());
    }
    return new Mutation(
        grown,
        branch.id(),
        defect,
        "branch " + branch.id() + " given " + missing + " more full members, " + size + " in all");
  }

  private static Mutation smallGeneralBranch(Dataset d, Defect defect) {
    Map<String, Integer> sizes = memberCounts(d);
    Organization general =
        Edits.organization(
            d,
            x ->
                x.kind() == OrganizationKind.GENERAL_BRANCH
                    && x.parentId().isPresent()
                    && smallestChild(d, x.id(), sizes) != null
                    && sizes.getOrDefault(x.id(), 0)
                            + subtree(d, smallestChild(d, x.id(), sizes).id(), sizes)
                        < 50,
            defect);
    Organization kept = smallestChild(d, general.id(), sizes);
    String parent = general.parentId().orElseThrow();
    Dataset out = d;
    List<String> moved = new ArrayList<>();
    for (Organization o : d.organizations()) {
      if (o.parentId().filter(general.id()::equals).isPresent() && !o.id().equals(kept.id())) {
        out = Edits.replace(out, ImmutableOrganization.copyOf(o).withParentId(parent));
        moved.add(o.id());
      }
    }
    return new Mutation(
        out,
        general.id(),
        defect,
        "branches "
            + moved
            + " moved from general branch "
            + general.id()
            + " to "
            + parent
            + ", leaving it "
            + subtree(out, general.id(), sizes)
            + " members");
  }

  /** The child branch of {@code id} with the fewest members, when it has two or more; or null. */
  private static Organization smallestChild(Dataset d, String id, Map<String, Integer> sizes) {
    Organization smallest = null;
    int children = 0;
    for (Organization o : d.organizations()) {
      if (o.parentId().filter(id::equals).isPresent() && o.kind() == OrganizationKind.BRANCH) {
        children++;
        if (smallest == null || subtree(d, o.id(), sizes) < subtree(d, smallest.id(), sizes)) {
          smallest = o;
        }
      }
    }
    return children >= 2 ? smallest : null;
  }

  /** Party members by home organization. */
  private static Map<String, Integer> memberCounts(Dataset d) {
    Map<String, Integer> sizes = new HashMap<>();
    for (Member m : d.members()) {
      if (m.stage().isPartyMember()) {
        sizes.merge(m.organizationId(), 1, Integer::sum);
      }
    }
    return sizes;
  }

  private static int subtree(Dataset d, String id, Map<String, Integer> sizes) {
    int n = sizes.getOrDefault(id, 0);
    for (Organization o : d.organizations()) {
      if (o.parentId().filter(id::equals).isPresent()) {
        n += subtree(d, o.id(), sizes);
      }
    }
    return n;
  }
}
