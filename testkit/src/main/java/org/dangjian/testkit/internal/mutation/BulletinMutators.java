package org.dangjian.testkit.internal.mutation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.OptionalInt;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.bulletin.ImmutableStatisticsBlock;
import org.dangjian.core.bulletin.StatisticsBlock;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.organization.HostUnit;
import org.dangjian.core.organization.ImmutableHostUnit;
import org.dangjian.core.organization.ImmutableOrganization;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.Ownership;
import org.dangjian.testkit.BulletinGenerator;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.Mutation;

/**
 * The one-defect mutators of a bulletin's statistics: each adds to the dataset an issue made by
 * {@link BulletinGenerator#reporting} for the last month elapsed on the reference date, whose
 * figures agree with the dataset, and then changes one stated figure by one (the share by ten
 * points; when the root organization's employees are unknown, they are first set to ten per
 * member). A figure about a kind of organization is changed with the organization total left
 * unstated, so that the sum of the kinds (BUL-STATS-SUM) is not checked.
 */
public final class BulletinMutators {

  private static final long SEED = 62;

  private BulletinMutators() {}

  /** Injects a bulletin {@code defect}; null when it is not one of this class. */
  public static Mutation apply(Defect defect, Dataset d, LocalDate asOf) {
    return switch (defect) {
      case BULLETIN_MEMBERS_WRONG ->
          change(d, asOf, defect, b -> b.withMemberTotal(more(b.memberTotal())));
      case BULLETIN_PROBATIONARY_WRONG ->
          change(d, asOf, defect, b -> b.withProbationaryMembers(more(b.probationaryMembers())));
      case BULLETIN_SHARE_WRONG ->
          change(
              d,
              asOf,
              defect,
              b ->
                  b.withShareOfEmployeesPercent(
                      b.shareOfEmployeesPercent()
                          .orElseThrow(
                              () ->
                                  new IllegalStateException(
                                      "the dataset has no root organization whose head count a"
                                          + " bulletin could state a share of, for "
                                          + defect))
                          .add(BigDecimal.TEN)));
      case BULLETIN_ORGANIZATIONS_WRONG ->
          change(
              d,
              asOf,
              defect,
              b ->
                  b.withOrganizationTotal(more(b.organizationTotal()))
                      .withPartyCommittees(OptionalInt.empty())
                      .withGeneralBranches(OptionalInt.empty())
                      .withBranches(OptionalInt.empty()));
      case BULLETIN_COMMITTEES_WRONG ->
          change(
              d,
              asOf,
              defect,
              b ->
                  b.withOrganizationTotal(OptionalInt.empty())
                      .withPartyCommittees(more(b.partyCommittees())));
      case BULLETIN_GENERAL_BRANCHES_WRONG ->
          change(
              d,
              asOf,
              defect,
              b ->
                  b.withOrganizationTotal(OptionalInt.empty())
                      .withGeneralBranches(more(b.generalBranches())));
      case BULLETIN_BRANCHES_WRONG ->
          change(
              d,
              asOf,
              defect,
              b -> b.withOrganizationTotal(OptionalInt.empty()).withBranches(more(b.branches())));
      default -> null;
    };
  }

  /**
   * {@code d} with an employee count, ten per member, on the host units of its root organizations
   * (those whose parent is not in the dataset) that have none: a bulletin states a share of
   * employees only when they are known.
   */
  private static Dataset withEmployees(Dataset d) {
    Dataset out = d;
    for (Organization o : d.organizations()) {
      boolean root = o.parentId().flatMap(d::organization).isEmpty();
      if (!root || o.hostUnit().filter(u -> u.employeeCount().isPresent()).isPresent()) {
        continue;
      }
      // A root without a host unit is one whose parent is missing (a defect applied before): it
      // is given a private unit, so that no threshold of state-owned enterprises applies to it.
      HostUnit unit =
          ImmutableHostUnit.copyOf(
                  o.hostUnit()
                      .orElseGet(
                          () ->
                              HostUnit.builder()
                                  .name(o.name() + "所在单位")
                                  .ownership(Ownership.PRIVATE)
                                  .build()))
              .withEmployeeCount(d.members().size() * 10);
      out = Edits.replace(out, ImmutableOrganization.copyOf(o).withHostUnit(unit));
    }
    return out;
  }

  private static OptionalInt more(OptionalInt figure) {
    return OptionalInt.of(figure.orElseThrow() + 1);
  }

  private static Mutation change(
      Dataset d,
      LocalDate asOf,
      Defect defect,
      java.util.function.UnaryOperator<ImmutableStatisticsBlock> edit) {
    YearMonth month = YearMonth.from(asOf);
    YearMonth period = asOf.equals(month.atEndOfMonth()) ? month : month.minusMonths(1);
    Dataset base = defect == Defect.BULLETIN_SHARE_WRONG ? withEmployees(d) : d;
    Bulletin issue = BulletinGenerator.reporting(base, period, SEED);
    StatisticsBlock block = issue.statistics().orElseThrow();
    Bulletin wrong =
        BulletinGenerator.withStatistics(issue, edit.apply(ImmutableStatisticsBlock.copyOf(block)));
    Dataset changed = Edits.add(base, wrong);
    return new Mutation(
        changed,
        wrong.designation(),
        defect,
        "a bulletin for " + period + " added, one figure off by one (" + defect.label() + ")");
  }
}
