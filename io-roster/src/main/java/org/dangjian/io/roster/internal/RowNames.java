package org.dangjian.io.roster.internal;

import java.util.List;
import java.util.Map;
import org.dangjian.io.roster.MemberColumn;
import org.dangjian.io.roster.RosterColumn;
import org.dangjian.io.roster.TeamColumn;
import org.dangjian.io.roster.UnitColumn;
import org.dangjian.validation.InputProblem;

/**
 * The references by name of a decoded {@link RosterRow} other than a member's organization: the
 * organizations a unit or team row names, and the unit a member row's 工作单位 names, resolved against
 * what the import has read so far.
 */
final class RowNames {

  private RowNames() {}

  /**
   * Resolves the organizations a unit or team row names (覆盖组织, 主管组织, 所属组织) against the
   * organizations of the import, as a member's 所在支部; a name that fits none is kept as written (the
   * validation reports the reference), an ambiguous one rejects the row.
   */
  static void resolveNamedOrganizations(RosterRow row) {
    if (!row.rows().names.hasOrganizations()) {
      return;
    }
    List<RosterColumn> columns =
        switch (row.rows().layout.roster()) {
          case UNITS -> List.of(UnitColumn.ORGANIZATION_ID, UnitColumn.SUPERVISOR_ID);
          case TEAMS -> List.of(TeamColumn.ORGANIZATION_ID);
          default -> List.of();
        };
    for (RosterColumn column : columns) {
      String text = row.get(column);
      if (text == null) {
        continue;
      }
      OrganizationNames.Resolution resolution = row.rows().names.resolve(text);
      if (resolution instanceof OrganizationNames.Found found) {
        row.values.put(column, found.id());
      } else if (resolution instanceof OrganizationNames.Ambiguous ambiguous) {
        row.problem(
            InputProblem.ORG_AMBIGUOUS,
            row.at(row.rows().layout.indexOf(column), column),
            text,
            Map.of("candidates", String.join("、", ambiguous.candidates())));
      }
    }
  }

  /**
   * Gives a member row the unit it works in ({@code unitId}) when its 工作单位 is the name (or id) of
   * exactly one unit read before it in the same import; the text stays the member's employer.
   */
  static void resolveUnit(RosterRow row) {
    String employer = row.get(MemberColumn.EMPLOYER);
    if (employer == null) {
      return;
    }
    String wanted = employer.strip();
    String found = null;
    int matches = 0;
    for (Map.Entry<String, String> unit : row.rows().context.unitNames().entrySet()) {
      if (unit.getKey().equals(wanted) || unit.getValue().strip().equals(wanted)) {
        found = unit.getKey();
        matches++;
      }
    }
    if (matches == 1) {
      row.unitId = found;
    }
  }
}
