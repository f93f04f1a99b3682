package org.dangjian.core.statistics;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.DatasetView;
import org.dangjian.core.dataset.DatasetView.Placed;
import org.dangjian.core.organization.HostUnit;
import org.dangjian.core.organization.Organization;

/**
 * Statistics as pure functions over a {@link DatasetView}: membership in the dimensions of the
 * national party statistics bulletin, organizations by kind and class, the figures of a group's
 * work bulletin, the coverage of units by party work, and (over a {@link Dataset}) the flows of a
 * period. Each function reads the view only and returns an immutable result, for the whole view or
 * for the subtree under one organization.
 *
 * <pre>{@code
 * DatasetView view = dataset.asOf(LocalDate.of(2024, 1, 31));
 * BulletinFigures figures = PartyStatistics.bulletinFigures(view, OptionalInt.of(30960));
 * }</pre>
 */
public final class PartyStatistics {

  private PartyStatistics() {}

  /** Membership figures over everyone placed in the view. */
  public static MemberStatistics members(DatasetView view) {
    return members(view, view.people());
  }

  /** Membership figures over the subtree under organization {@code rootId}. */
  public static MemberStatistics members(DatasetView view, String rootId) {
    return members(
        view, view.subtree(rootId).stream().flatMap(o -> view.peopleOf(o.id()).stream()).toList());
  }

  /** Organization figures over the whole view. */
  public static OrganizationStatistics organizations(DatasetView view) {
    return organizations(view.organizations());
  }

  /** Organization figures over the subtree under organization {@code rootId}. */
  public static OrganizationStatistics organizations(DatasetView view, String rootId) {
    return organizations(view.subtree(rootId));
  }

  /**
   * The figures of a bulletin's statistics block over the whole view.
   *
   * @param employees the employee count; when empty, the sum of the employee counts of the host
   *     units of the root organizations, if every root has one
   */
  public static BulletinFigures bulletinFigures(DatasetView view, OptionalInt employees) {
    MemberStatistics m = members(view);
    OrganizationStatistics o = organizations(view);
    OptionalInt staff = employees.isPresent() ? employees : rootEmployees(view);
    return new BulletinFigures(
        view.date(),
        m.total(),
        m.probationary(),
        staff,
        o.grassrootsTotal(),
        o.committees(),
        o.generalBranches(),
        o.branches());
  }

  /**
   * The coverage of every unit of the dataset by party work on the view's date: 组织覆盖率, 工作覆盖率,
   * instructors per unit, units with members but no organization, 组织关系转入率.
   */
  public static CoverageStatistics coverage(DatasetView view) {
    return Coverages.of(
        view, unit -> true, id -> view.organization(id).isPresent(), view.organizations());
  }

  /**
   * The coverage of the units that organization {@code rootId}'s subtree covers or oversees (a
   * unit's {@code organizationId} or {@code supervisorId} in the subtree), e.g. a park's.
   */
  public static CoverageStatistics coverage(DatasetView view, String rootId) {
    List<Organization> subtree = view.subtree(rootId);
    Set<String> ids = new HashSet<>();
    subtree.forEach(o -> ids.add(o.id()));
    return Coverages.of(view, ids::contains, subtree);
  }

  /**
   * The flows of the period from {@code from} to {@code to}, inclusive, over the whole dataset;
   * transfers count when they cross the dataset's border.
   *
   * @param quota the development quota of the period (党员发展名额), when one was set
   * @throws IllegalArgumentException when {@code to} is before {@code from}
   */
  public static FlowStatistics flows(
      Dataset data, LocalDate from, LocalDate to, OptionalInt quota) {
    return Flows.of(data, id -> data.organization(id).isPresent(), from, to, quota);
  }

  /**
   * The flows of the period in the subtree under organization {@code rootId} (every organization
   * below it in the dataset, dissolved ones included); transfers count when they cross the
   * subtree's border.
   *
   * @throws IllegalArgumentException when {@code to} is before {@code from}
   */
  public static FlowStatistics flows(
      Dataset data, String rootId, LocalDate from, LocalDate to, OptionalInt quota) {
    Set<String> ids = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(rootId));
    while (!todo.isEmpty()) {
      String id = todo.pop();
      if (ids.add(id)) {
        data.children(id).forEach(c -> todo.add(c.id()));
      }
    }
    return Flows.of(data, ids::contains, from, to, quota);
  }

  private static OptionalInt rootEmployees(DatasetView view) {
    List<Organization> roots =
        view.organizations().stream()
            .filter(o -> o.parentId().flatMap(view::organization).isEmpty())
            .toList();
    int sum = 0;
    for (Organization root : roots) {
      OptionalInt count = root.hostUnit().map(HostUnit::employeeCount).orElse(OptionalInt.empty());
      if (count.isEmpty()) {
        return OptionalInt.empty();
      }
      sum += count.getAsInt();
    }
    return roots.isEmpty() ? OptionalInt.empty() : OptionalInt.of(sum);
  }

  private static MemberStatistics members(DatasetView view, List<Placed> people) {
    StatisticsTally tally = StatisticsTally.on(view.date());
    for (Placed p : people) {
      tally.person(p.stage(), p.member());
    }
    return tally.members();
  }

  private static OrganizationStatistics organizations(List<Organization> orgs) {
    StatisticsTally tally = StatisticsTally.on(LocalDate.MIN);
    orgs.forEach(tally::counted);
    return tally.organizations();
  }
}
