package org.dangjian.testkit.internal.mutation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityKind;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.organization.Committee;
import org.dangjian.core.organization.ElectionMethod;
import org.dangjian.core.organization.HostUnit;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.UnitType;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.Mutation;

/**
 * The one-defect mutators that add one organization of a kind the rules treat apart: a temporary
 * branch whose committee was elected instead of appointed, a party group that never met, a
 * discipline commission with a term of six years, and a village Party committee with no members
 * yet. Each is added with an id no record uses, founded three years before the reference date,
 * without members or posts, under a Party organization of a kind it may sit under; none of them is
 * counted in the statistics, except the village committee, whose size is its own rule.
 */
public final class KindMutators {

  private KindMutators() {}

  /** Injects {@code defect}; null when it is not one of this class. */
  public static Mutation apply(Defect defect, Dataset d, LocalDate asOf) {
    return switch (defect) {
      case TEMPORARY_BRANCH_ELECTED -> temporaryBranch(d, defect, asOf);
      case NO_GROUP_MEETINGS -> partyGroup(d, defect, asOf);
      case DISCIPLINE_TERM_SIX_YEARS -> disciplineCommission(d, defect, asOf);
      case SMALL_VILLAGE_COMMITTEE -> villageCommittee(d, defect, asOf);
      default -> null;
    };
  }

  private static Organization committee(Dataset d, Defect defect, LocalDate asOf) {
    return Edits.organization(
        d, o -> o.kind() == OrganizationKind.PARTY_COMMITTEE && o.existsOn(asOf), defect);
  }

  private static Mutation temporaryBranch(Dataset d, Defect defect, LocalDate asOf) {
    Organization parent = committee(d, defect, asOf);
    Organization temporary =
        MassMutators.organization(
                d, OrganizationKind.TEMPORARY_BRANCH, parent.id(), parent.name() + "项目临时党支部", asOf)
            .withCommittees(
                Committee.builder()
                    .electedOn(asOf.minusMonths(6))
                    .termYears(1)
                    .method(ElectionMethod.MEMBERS_MEETING)
                    .build());
    return new Mutation(
        MassMutators.added(d, temporary),
        temporary.id(),
        defect,
        "temporary branch "
            + temporary.id()
            + " added under "
            + parent.id()
            + " with a committee elected by a members' meeting");
  }

  private static Mutation partyGroup(Dataset d, Defect defect, LocalDate asOf) {
    Set<String> meetGroups = new HashSet<>();
    for (Activity a : d.activities()) {
      if (a.kind() == ActivityKind.GROUP_MEETING) {
        meetGroups.add(a.organizationId());
      }
    }
    Organization branch =
        Edits.organization(
            d,
            o ->
                o.kind().isBranchLevel()
                    && o.existsOn(asOf.minusYears(2))
                    && !meetGroups.contains(o.id()),
            defect);
    Organization group =
        MassMutators.organization(
            d, OrganizationKind.PARTY_GROUP, branch.id(), branch.name() + "第一党小组", asOf);
    return new Mutation(
        MassMutators.added(d, group),
        group.id(),
        defect,
        "party group " + group.id() + " added under branch " + branch.id() + ", with no meeting");
  }

  private static Mutation disciplineCommission(Dataset d, Defect defect, LocalDate asOf) {
    Organization parent = committee(d, defect, asOf);
    Organization commission =
        MassMutators.organization(
                d,
                OrganizationKind.DISCIPLINE_COMMISSION,
                parent.id(),
                parent.name() + "纪律检查委员会",
                asOf)
            .withCommittees(Committee.builder().electedOn(asOf.minusYears(1)).termYears(6).build());
    return new Mutation(
        MassMutators.added(d, commission),
        commission.id(),
        defect,
        "discipline commission "
            + commission.id()
            + " added under "
            + parent.id()
            + " with a term of 6 years");
  }

  private static Mutation villageCommittee(Dataset d, Defect defect, LocalDate asOf) {
    Organization parent = committee(d, defect, asOf);
    Organization village =
        MassMutators.organization(d, OrganizationKind.PARTY_COMMITTEE, parent.id(), "某某村党委", asOf)
            .withHostUnit(HostUnit.builder().name("某某村村民委员会").type(UnitType.VILLAGE).build());
    return new Mutation(
        MassMutators.added(d, village),
        village.id(),
        defect,
        "village Party committee " + village.id() + " added under " + parent.id() + ", no members");
  }
}
