package org.dangjian.validation.internal.rules;

import static org.dangjian.core.record.RecordKind.ORGANIZATION;
import static org.dangjian.validation.rule.Confidence.MEMORY;
import static org.dangjian.validation.rule.Confidence.SECONDARY;
import static org.dangjian.validation.rule.Scope.DATASET;
import static org.dangjian.validation.rule.Scope.RECORD;
import static org.dangjian.validation.rule.Severity.WARNING;

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
import org.dangjian.validation.internal.DatasetCheck;
import org.dangjian.validation.internal.RecordContext;
import org.dangjian.validation.internal.RuleGroup;
import org.dangjian.validation.internal.Rules;
import org.dangjian.validation.internal.RunContext;
import org.dangjian.validation.internal.rules.StructureIndex.Slot;
import org.dangjian.validation.rule.Rule;

/**
 * Mass organizations in enterprises (RULES.md §6): a trade union where a unit has 25 or more
 * employees (MASS-001), the size of a union committee by the unit's head count (MASS-002) and its
 * term (MASS-003). Union membership is not in the data, so the unit's employee count stands in for
 * it and the rules are warnings. The youth league rules (MASS-004 to MASS-007) need league
 * membership, which the data does not hold. Memory: a few values per organization.
 */
public final class MassRules implements RuleGroup {

  /** Employees from which a unit sets up a union committee (MASS-001). */
  static final int UNION_THRESHOLD = 25;

  static final Rule MASS_001 =
      Rules.rule("MASS-001", WARNING, SECONDARY, DATASET, ORGANIZATION)
          .citation("《中华人民共和国工会法》(2021)", "第十一条")
          .statement(
              "会员二十五人以上的用人单位应当建立基层工会委员会。",
              "An employer with 25 or more union members sets up a grassroots union committee.")
          .message(
              "单位 {unit} 有职工 {employees} 人，数据中没有它的工会组织。",
              "The unit {unit} has {employees} employees but no trade union in the data.")
          .note(
              "数据中没有工会会员人数，以职工人数代替；只在数据含有工会组织时检查（否则视为数据不含群团组织）。",
              "Union membership is not in the data, so employees stand in; checked only when the "
                  + "data holds some union (otherwise it is taken not to cover mass organizations).")
          .build();

  static final Rule MASS_002 =
      Rules.rule("MASS-002", WARNING, SECONDARY, DATASET, ORGANIZATION)
          .citation("中华全国总工会《基层工会选举规定》", "委员名额")
          .statement(
              "基层工会委员会委员名额按会员人数确定（奇数）：不足11人只设主席或组织员；11至25人3名；"
                  + "26至100人3至5名；101至200人5至7名；201至500人7至9名；501至1000人9至15名；"
                  + "1001至5000人15至21名；5001至10000人21至29名；10001至50000人29至37名；"
                  + "50000人以上37至45名。",
              "The union committee size follows membership (odd numbers): up to 10 a chair or "
                  + "organizer only; 11-25: 3; 26-100: 3-5; 101-200: 5-7; 201-500: 7-9; "
                  + "501-1000: 9-15; 1001-5000: 15-21; 5001-10000: 21-29; 10001-50000: 29-37; "
                  + "over 50000: 37-45.")
          .message(
              "单位职工 {employees} 人，工会委员会 {size} 人，应为 {min} 至 {max} 人的奇数。",
              "With {employees} employees the union committee of {size} should be an odd number "
                  + "from {min} to {max}.")
          .note("以职工人数代替会员人数。", "Employees stand in for union members.")
          .build();

  static final Rule MASS_003 =
      Rules.rule("MASS-003", WARNING, MEMORY, RECORD, ORGANIZATION)
          .citation("《中国工会章程》", "基层组织")
          .statement("基层工会委员会每届任期三年或五年。", "A grassroots union committee serves 3 or 5 years.")
          .message(
              "工会委员会任期 {years} 年，应为三年或五年。",
              "The union committee term of {years} years should be 3 or 5.")
          .build();

  private static final List<Rule> RULES = List.of(MASS_001, MASS_002, MASS_003);

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

  @Override
  public List<Rule> rules() {
    return RULES;
  }

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
