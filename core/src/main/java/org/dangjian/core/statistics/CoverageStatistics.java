package org.dangjian.core.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjian.core.organization.UnitCoverage;

/**
 * How party work covers the units of a park or group on a date (两新组织覆盖情况), computed by {@link
 * PartyStatistics#coverage}. The definitions (docs/MODEL.md, "Coverage and flows"):
 *
 * <ul>
 *   <li>组织覆盖率 = units covered by an organization (单建, 联建, 统建) ÷ all units, in percent;
 *   <li>工作覆盖率 = units covered by an organization or an instructor only ÷ all units;
 *   <li>instructors per unit = distinct instructors appointed on the date ÷ all units;
 *   <li>组织关系转入率 = party members working in the units whose relation is held by an organization of
 *       the scope ÷ all party members working there (those held in the scope, those the dataset
 *       places in organizations outside it, and the units' {@code membersElsewhere}).
 * </ul>
 *
 * Every ratio is rounded HALF_UP (percentages to one decimal, instructors per unit to two) and
 * empty when its denominator is zero.
 *
 * @param asOf the date of the figures
 * @param units the units in scope
 * @param byCoverage units by how they are covered, every constant present
 * @param unitsWithMembers units that report party members working there
 * @param withMembersWithoutOrganization ids of the units with members but no covering organization
 * @param instructors distinct instructors (by member id, else name) appointed on the date
 * @param membersHeldHere party members working in the units whose relation the scope holds
 * @param membersHeldOutside party members of the dataset working in the units whose relation is in
 *     an organization outside the scope
 * @param membersElsewhere the units' members whose relation is held outside the dataset
 */
public record CoverageStatistics(
    LocalDate asOf,
    int units,
    Map<UnitCoverage, Integer> byCoverage,
    int unitsWithMembers,
    List<String> withMembersWithoutOrganization,
    int instructors,
    int membersHeldHere,
    int membersHeldOutside,
    int membersElsewhere) {

  /** Copies the collections. */
  public CoverageStatistics {
    byCoverage = Map.copyOf(byCoverage);
    withMembersWithoutOrganization = List.copyOf(withMembersWithoutOrganization);
  }

  /** Units covered by an organization: 单建, 联建 and 统建. */
  public int organizationCovered() {
    return byCoverage.entrySet().stream()
        .filter(e -> e.getKey().byOrganization())
        .mapToInt(Map.Entry::getValue)
        .sum();
  }

  /** Units covered by an organization or an instructor. */
  public int workCovered() {
    return byCoverage.entrySet().stream()
        .filter(e -> e.getKey().byWork())
        .mapToInt(Map.Entry::getValue)
        .sum();
  }

  /** 组织覆盖率 in percent, e.g. {@code 71.1}. */
  public Optional<BigDecimal> organizationCoveragePercent() {
    return Percent.of(organizationCovered(), units);
  }

  /** 工作覆盖率 in percent. */
  public Optional<BigDecimal> workCoveragePercent() {
    return Percent.of(workCovered(), units);
  }

  /** Instructors per unit, to two decimals. */
  public Optional<BigDecimal> instructorsPerUnit() {
    return Percent.ratio(instructors, units, 2);
  }

  /** All party members working in the units, wherever their relation is held. */
  public int membersWorking() {
    return membersHeldHere + membersHeldOutside + membersElsewhere;
  }

  /** 组织关系转入率 in percent. */
  public Optional<BigDecimal> transferInRatePercent() {
    return Percent.of(membersHeldHere, membersWorking());
  }
}
