package org.dangjian.validation.internal.rules;

import static org.dangjian.core.record.RecordKind.ORGANIZATION;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dangjian.core.organization.Committee;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.validation.internal.Catalogue;
import org.dangjian.validation.internal.DatasetCheck;
import org.dangjian.validation.internal.RecordContext;
import org.dangjian.validation.internal.RuleCodes;
import org.dangjian.validation.internal.RuleGroup;
import org.dangjian.validation.internal.RunContext;
import org.dangjian.validation.internal.rules.StructureIndex.Slot;
import org.dangjian.validation.rule.Rule;

/**
 * Mass organizations in enterprises (docs/regulations.md: Trade Union Law and union rules): a trade
 * union where a unit has 25 or more employees (MASS-001), the size of a union committee by the
 * unit's head count (MASS-002) and its term (MASS-003). Union membership is not in the data, so the
 * unit's employee count stands in for it and the rules are warnings. The youth league rules
 * (MASS-004 to MASS-007) need league membership, which the data does not hold. Memory: a few values
 * per organization.
 */
public final class MassRules implements RuleGroup {

  /** Employees from which a unit sets up a union committee (MASS-001). */
  static final int UNION_THRESHOLD = 25;

  static final Rule MASS_001 = Catalogue.rule(RuleCodes.MASS_001);
  static final Rule MASS_002 = Catalogue.rule(RuleCodes.MASS_002);
  static final Rule MASS_003 = Catalogue.rule(RuleCodes.MASS_003);

  /** Committee sizes by members: upper bound of members, least and most seats. */
  private static final int[][] BANDS = {
    {10, 0, 1},
    {25, 3, 3},
    {100, 3, 5},
    {200, 5, 7},
    {500, 7, 9},
    {1000, 9, 15},
    {5000, 15, 21},
    {10000, 21, 29},
    {50000, 29, 37},
    {Integer.MAX_VALUE, 37, 45}
  };

  /** The allowed committee size for {@code members}: least and most. */
  static int[] band(int members) {
    for (int[] band : BANDS) {
      if (members <= band[0]) {
        return new int[] {band[1], band[2]};
      }
    }
    throw new AssertionError();
  }

  private static boolean union(OrganizationKind kind) {
    return kind == OrganizationKind.TRADE_UNION || kind == OrganizationKind.UNION_FEDERATION;
  }

  @Override
  public String topic() {
    return "mass";
  }

  @Override
  public void organization(Organization o, RecordContext context) {
    if (!union(o.kind()) || !o.existsOn(context.asOf())) {
      return;
    }
    Optional<Committee> latest = OrganizationRules.latestBy(o, context.asOf());
    if (latest.isPresent() && latest.get().termYears() != 3 && latest.get().termYears() != 5) {
      context.report(
          MASS_003,
          "committees[" + o.committees().indexOf(latest.get()) + "].termYears",
          String.valueOf(latest.get().termYears()),
          "years",
          latest.get().termYears());
    }
  }

  @Override
  public DatasetCheck newDatasetCheck(RunContext run) {
    return new Unions(run);
  }

  /** The dataset check of one run. */
  private static final class Unions implements DatasetCheck {
    private final RunContext run;
    private final StructureIndex index;
    private final Map<String, Integer> units = new LinkedHashMap<>();
    private final Map<String, String> unitNames = new LinkedHashMap<>();
    private final List<int[]> committees = new ArrayList<>();
    private final List<String> unionUnits = new ArrayList<>();
    private final List<Integer> unionSlots = new ArrayList<>();
    private boolean anyUnion;

    Unions(RunContext run) {
      this.run = run;
      this.index = StructureIndex.of(run);
    }

    @Override
    public void organization(Organization o, RecordContext seen) {
      int i = seen.index();
      index.organization(o, i);
      Slot slot = index.slot(o.id());
      if (slot.index != i || !o.existsOn(run.asOf())) {
        return;
      }
      if (o.kind() == OrganizationKind.TRADE_UNION) {
        anyUnion = true;
        unionSlots.add(slot.id);
        unionUnits.add(slot.unitKey);
        int size = o.committeeSizeOn(run.asOf());
        if (size > 0) {
          committees.add(new int[] {slot.id, size});
        }
      } else if (o.kind() == OrganizationKind.UNION_FEDERATION) {
        anyUnion = true;
      }
      if (o.hostUnit().isPresent() && o.hostUnit().get().employeeCount().isPresent()) {
        String key = slot.unitKey;
        units.putIfAbsent(key, i);
        unitNames.putIfAbsent(key, o.hostUnit().get().name());
      }
    }

    @Override
    public void finish() {
      index.resolve();
      for (int[] c : committees) {
        Slot s = index.slot(c[0]);
        if (s.employees < 0) {
          continue;
        }
        int[] band = band(s.employees);
        int size = c[1];
        boolean odd = band[1] <= 1 || size % 2 == 1;
        if (size < band[0] || size > band[1] || !odd) {
          run.reportAt(
              ORGANIZATION,
              s.index,
              MASS_002,
              null,
              String.valueOf(size),
              "employees",
              s.employees,
              "size",
              size,
              "min",
              band[0],
              "max",
              band[1]);
        }
      }
      if (!anyUnion) {
        return;
      }
      Set<String> covered = new HashSet<>();
      for (int k = 0; k < unionSlots.size(); k++) {
        Slot u = index.slot(unionSlots.get(k));
        if (unionUnits.get(k) != null) {
          covered.add(unionUnits.get(k));
        }
        if (u.parent >= 0 && index.slot(u.parent).unitKey != null) {
          covered.add(index.slot(u.parent).unitKey);
        }
      }
      for (Map.Entry<String, Integer> unit : units.entrySet()) {
        Slot s = index.slot(run.recordId(ORGANIZATION, unit.getValue()));
        if (s.ownEmployees >= UNION_THRESHOLD && !covered.contains(unit.getKey())) {
          String name = unitNames.get(unit.getKey());
          run.reportAt(
              ORGANIZATION,
              unit.getValue(),
              MASS_001,
              "hostUnit.employeeCount",
              String.valueOf(s.ownEmployees),
              "unit",
              name,
              "employees",
              s.ownEmployees);
        }
      }
    }
  }
}
