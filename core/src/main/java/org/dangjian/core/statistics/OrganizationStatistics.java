package org.dangjian.core.statistics;

import java.util.Map;
import org.dangjian.core.organization.OrganizationKind;

/**
 * Organization figures of a view: the count of every kind, and the grassroots total as the party
 * statistics count it, 基层党委 + 党总支 + 党支部 (joint branches counted as branches; temporary branches,
 * party groups, discipline commissions, working committees and mass organizations not counted).
 *
 * @param byKind organizations by kind; every kind present, zero where there are none
 * @param committees grassroots committees (基层党委, 机关党委)
 * @param generalBranches general branches (党总支)
 * @param branches branches (党支部, 联合党支部)
 */
public record OrganizationStatistics(
    Map<OrganizationKind, Integer> byKind, int committees, int generalBranches, int branches) {

  /** Copies the map so that the figures cannot change. */
  public OrganizationStatistics {
    byKind = Map.copyOf(byKind);
  }

  /** Grassroots party organizations (基层党组织总数). */
  public int grassrootsTotal() {
    return committees + generalBranches + branches;
  }
}
