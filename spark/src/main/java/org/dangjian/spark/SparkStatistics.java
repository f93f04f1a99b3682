package org.dangjian.spark;

import java.util.Objects;
import org.dangjian.core.statistics.MemberStatistics;
import org.dangjian.core.statistics.OrganizationStatistics;

/**
 * The figures of {@link DangjianSpark#statistics}: membership in the dimensions of the national
 * party statistics bulletin and organizations by kind and class, as {@code PartyStatistics} gives
 * them on one machine.
 *
 * @param members the membership figures
 * @param organizations the organization figures
 */
public record SparkStatistics(MemberStatistics members, OrganizationStatistics organizations) {

  /** Checks that both figures are given. */
  public SparkStatistics {
    Objects.requireNonNull(members, "members");
    Objects.requireNonNull(organizations, "organizations");
  }
}
