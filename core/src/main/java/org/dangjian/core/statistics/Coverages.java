package org.dangjian.core.statistics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.dangjian.core.dataset.DatasetView;
import org.dangjian.core.dataset.DatasetView.Placed;
import org.dangjian.core.organization.InstructorAppointment;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.Unit;
import org.dangjian.core.organization.UnitCoverage;

/** Computes {@link CoverageStatistics} over the units of a scope; see that record's definitions. */
final class Coverages {

  private Coverages() {}

  /**
   * The coverage of the units in scope.
   *
   * @param inScope which organization ids belong to the scope
   * @param organizations the organizations of the scope, whose instructors count too
   */
  static CoverageStatistics of(
      DatasetView view, Predicate<String> inScope, List<Organization> organizations) {
    return of(
        view,
        u ->
            u.supervisorId().filter(inScope).isPresent()
                || u.organizationId().filter(inScope).isPresent(),
        inScope,
        organizations);
  }

  /**
   * The coverage of the units {@code unitInScope} accepts.
   *
   * @param inScope which organization ids belong to the scope (for the transfer-in rate)
   * @param organizations the organizations of the scope, whose instructors count too
   */
  static CoverageStatistics of(
      DatasetView view,
      Predicate<Unit> unitInScope,
      Predicate<String> inScope,
      List<Organization> organizations) {
    List<Unit> units = view.dataset().units().stream().filter(unitInScope).toList();
    Map<UnitCoverage, Integer> byCoverage = new EnumMap<>(UnitCoverage.class);
    for (UnitCoverage c : UnitCoverage.values()) {
      byCoverage.put(c, 0);
    }
    Set<String> unitIds = new HashSet<>();
    Set<String> instructors = new HashSet<>();
    List<String> uncovered = new ArrayList<>();
    int withMembers = 0;
    int elsewhere = 0;
    for (Unit unit : units) {
      unitIds.add(unit.id());
      byCoverage.merge(unit.coverage(), 1, Integer::sum);
      if (unit.hasMembers()) {
        withMembers++;
        if (!unit.coverage().byOrganization()) {
          uncovered.add(unit.id());
        }
      }
      elsewhere += unit.membersElsewhere().orElse(0);
      unit.instructorsOn(view.date()).forEach(a -> instructors.add(key(a)));
    }
    for (Organization org : organizations) {
      org.instructors().stream()
          .filter(
              a ->
                  !view.date().isBefore(a.from())
                      && a.until().map(u -> !view.date().isAfter(u)).orElse(true))
          .forEach(a -> instructors.add(key(a)));
    }
    int here = 0;
    int outside = 0;
    for (Placed p : view.partyMembers()) {
      if (p.member().unitId().filter(unitIds::contains).isEmpty()) {
        continue;
      }
      if (inScope.test(p.organizationId())) {
        here++;
      } else {
        outside++;
      }
    }
    return new CoverageStatistics(
        view.date(),
        units.size(),
        byCoverage,
        withMembers,
        uncovered,
        instructors.size(),
        here,
        outside,
        elsewhere);
  }

  private static String key(InstructorAppointment a) {
    return a.memberId().map(id -> "id:" + id).orElse("name:" + a.instructorName());
  }
}
