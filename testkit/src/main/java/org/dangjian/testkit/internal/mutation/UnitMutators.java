package org.dangjian.testkit.internal.mutation;

import java.time.LocalDate;
import java.util.Optional;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.ImmutableUnit;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.Unit;
import org.dangjian.core.organization.UnitCoverage;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.Mutation;

/**
 * The one-defect mutators of units (单位) and their coverage. Generated datasets hold no units, so
 * each mutator adds one: an enterprise of 40 employees with 2 party members, both full, covered by
 * a joint branch of the dataset (an organization of branch level that exists on the reference
 * date), which breaks no rule until the defect changes it. The member defect instead points a
 * member's unit id at a unit that is not in the dataset.
 */
public final class UnitMutators {

  private UnitMutators() {}

  /** Injects a unit {@code defect}; null when it is not one of this class. */
  public static Mutation apply(Defect defect, Dataset d, LocalDate asOf) {
    return switch (defect) {
      case UNIT_THREE_FULL_MEMBERS_NOT_OWN,
          UNIT_COVERED_WITHOUT_ORGANIZATION,
          UNIT_FULL_ABOVE_MEMBERS,
          UNIT_UNKNOWN_ORGANIZATION ->
          unit(defect, d, asOf);
      case MEMBER_IN_UNKNOWN_UNIT -> memberInUnknownUnit(defect, d, asOf);
      default -> null;
    };
  }

  private static Mutation memberInUnknownUnit(Defect defect, Dataset d, LocalDate asOf) {
    Member member = Edits.member(d, Edits.plainMember(d, asOf), defect);
    String unit = Edits.unusedId(d, "unit");
    return new Mutation(
        Edits.replace(d, ImmutableMember.copyOf(member).withUnitId(unit)),
        member.id(),
        defect,
        "member " + member.id() + " works in unit " + unit + ", which is not in the dataset");
  }

  private static Mutation unit(Defect defect, Dataset d, LocalDate asOf) {
    Organization branch =
        Edits.organization(d, o -> o.kind().isBranchLevel() && o.existsOn(asOf), defect);
    String id = Edits.unusedId(d, "unit");
    ImmutableUnit valid =
        Unit.builder()
            .id(id)
            .name("联建企业" + id + "有限公司")
            .employeeCount(40)
            .memberCount(2)
            .fullMemberCount(2)
            .coverage(UnitCoverage.JOINT)
            .organizationId(branch.id())
            .build();
    Unit broken =
        switch (defect) {
          case UNIT_THREE_FULL_MEMBERS_NOT_OWN -> valid.withMemberCount(3).withFullMemberCount(3);
          case UNIT_COVERED_WITHOUT_ORGANIZATION ->
              valid.withCoverage(UnitCoverage.AREA).withOrganizationId(Optional.empty());
          case UNIT_FULL_ABOVE_MEMBERS -> valid.withMemberCount(1);
          default -> valid.withOrganizationId(Edits.unusedId(d, "org"));
        };
    return new Mutation(
        Edits.add(d, broken), id, defect, "unit " + id + " added (" + defect.label() + ")");
  }
}
