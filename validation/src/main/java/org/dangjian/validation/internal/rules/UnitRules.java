package org.dangjian.validation.internal.rules;

import static org.dangjian.core.record.RecordKind.MEMBER;
import static org.dangjian.core.record.RecordKind.UNIT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Unit;
import org.dangjian.core.organization.UnitCoverage;
import org.dangjian.validation.internal.Catalogue;
import org.dangjian.validation.internal.DatasetCheck;
import org.dangjian.validation.internal.RecordContext;
import org.dangjian.validation.internal.RuleCodes;
import org.dangjian.validation.internal.RuleGroup;
import org.dangjian.validation.internal.RunContext;
import org.dangjian.validation.rule.Rule;

/**
 * Units and how party work covers them (单位与党建覆盖): a unit with 3 or more full members has an
 * organization of its own (UNIT-OWN), its coverage agrees with the organization and instructors it
 * names (UNIT-COVERAGE), its head counts agree with each other (UNIT-COUNTS), and the organizations
 * it names exist (UNIT-ORG, resolved at the end of the run), and the unit a member works in ({@code
 * Member.unitId}) is a unit of the dataset (UNIT-MEMBER). Memory: one entry per organization
 * reference not yet resolved when its unit arrived, and per distinct unit id the members naming it
 * (4 bytes a member) until the units are known.
 */
public final class UnitRules implements RuleGroup {

  static final Rule UNIT_OWN = Catalogue.rule(RuleCodes.UNIT_OWN);

  static final Rule UNIT_COVERAGE = Catalogue.rule(RuleCodes.UNIT_COVERAGE);

  static final Rule UNIT_COUNTS = Catalogue.rule(RuleCodes.UNIT_COUNTS);

  static final Rule UNIT_ORG = Catalogue.rule(RuleCodes.UNIT_ORG);

  static final Rule UNIT_MEMBER = Catalogue.rule(RuleCodes.UNIT_MEMBER);

  @Override
  public String topic() {
    return "units";
  }

  @Override
  public void unit(Unit u, RecordContext context) {
    UnitCoverage coverage = u.coverage();
    int full = u.fullMemberCount().orElse(0);
    if (full >= 3 && coverage != UnitCoverage.OWN) {
      context.report(
          UNIT_OWN,
          "fullMemberCount",
          Integer.toString(full),
          "full",
          full,
          "coverage",
          coverage.label(),
          "coverageEn",
          english(coverage));
    }
    coverageProblem(u)
        .ifPresent(
            p ->
                context.report(
                    UNIT_COVERAGE,
                    p[0],
                    coverage.name(),
                    "coverage",
                    coverage.label(),
                    "coverageEn",
                    english(coverage),
                    "problem",
                    p[1],
                    "problemEn",
                    p[2]));
    countProblem(u)
        .ifPresent(
            p -> context.report(UNIT_COUNTS, p[0], p[3], "problem", p[1], "problemEn", p[2]));
  }

  /** The field, the Chinese and the English problem, when coverage and references disagree. */
  private static Optional<String[]> coverageProblem(Unit u) {
    UnitCoverage c = u.coverage();
    if (c.byOrganization() && u.organizationId().isEmpty()) {
      return Optional.of(
          new String[] {"organizationId", "未填覆盖组织", "no covering organization is named"});
    }
    if (!c.byOrganization() && u.organizationId().isPresent()) {
      return Optional.of(
          new String[] {
            "organizationId",
            "填有覆盖组织 " + u.organizationId().get(),
            "it names the covering organization " + u.organizationId().get()
          });
    }
    if (c == UnitCoverage.INSTRUCTOR && u.instructors().isEmpty()) {
      return Optional.of(new String[] {"instructors", "没有党建指导员", "it has no instructor"});
    }
    if (c == UnitCoverage.NONE && !u.instructors().isEmpty()) {
      return Optional.of(new String[] {"instructors", "有党建指导员", "it has an instructor"});
    }
    return Optional.empty();
  }

  /** The field, the Chinese and English problem and the value, when two counts disagree. */
  private static Optional<String[]> countProblem(Unit u) {
    if (u.memberCount().isEmpty()) {
      return Optional.empty();
    }
    int members = u.memberCount().getAsInt();
    if (u.fullMemberCount().isPresent() && u.fullMemberCount().getAsInt() > members) {
      int full = u.fullMemberCount().getAsInt();
      return Optional.of(
          new String[] {
            "fullMemberCount",
            "正式党员 " + full + " 人多于党员 " + members + " 人",
            full + " full members exceed " + members + " members",
            Integer.toString(full)
          });
    }
    if (u.membersElsewhere().isPresent() && u.membersElsewhere().getAsInt() > members) {
      int elsewhere = u.membersElsewhere().getAsInt();
      return Optional.of(
          new String[] {
            "membersElsewhere",
            "组织关系未转入的党员 " + elsewhere + " 人多于党员 " + members + " 人",
            elsewhere + " members held elsewhere exceed " + members + " members",
            Integer.toString(elsewhere)
          });
    }
    if (u.employeeCount().isPresent() && members > u.employeeCount().getAsInt()) {
      int employees = u.employeeCount().getAsInt();
      return Optional.of(
          new String[] {
            "memberCount",
            "党员 " + members + " 人多于从业人员 " + employees + " 人",
            members + " members exceed " + employees + " employees",
            Integer.toString(members)
          });
    }
    return Optional.empty();
  }

  private static String english(UnitCoverage c) {
    return switch (c) {
      case OWN -> "an organization of its own";
      case JOINT -> "a joint branch";
      case AREA -> "an area organization";
      case INSTRUCTOR -> "an instructor only";
      case NONE -> "nothing";
    };
  }

  @Override
  public DatasetCheck newDatasetCheck(RunContext run) {
    return new References(run);
  }

  /**
   * Resolves the organizations every unit names against the organizations of the run, and the unit
   * of every member against the units of the run.
   */
  private static final class References implements DatasetCheck {
    private final RunContext run;
    private final List<Object[]> pending = new ArrayList<>();
    private final Set<String> units = new HashSet<>();
    private final Map<String, int[]> membersByUnit = new HashMap<>();

    References(RunContext run) {
      this.run = run;
    }

    @Override
    public void member(Member m, RecordContext seen) {
      if (m.unitId().isEmpty() || units.contains(m.unitId().get())) {
        return;
      }
      // element 0 is the count, then the member indexes
      int[] list = membersByUnit.computeIfAbsent(m.unitId().get(), k -> new int[4]);
      if (list[0] + 1 == list.length) {
        list = Arrays.copyOf(list, list.length * 2);
        membersByUnit.put(m.unitId().get(), list);
      }
      list[++list[0]] = seen.index();
    }

    @Override
    public void unit(Unit u, RecordContext seen) {
      units.add(u.id());
      u.organizationId()
          .filter(id -> run.organization(id).isEmpty())
          .ifPresent(id -> pending.add(new Object[] {seen.index(), "organizationId", id}));
      u.supervisorId()
          .filter(id -> run.organization(id).isEmpty())
          .ifPresent(id -> pending.add(new Object[] {seen.index(), "supervisorId", id}));
    }

    @Override
    public void finish() {
      for (Object[] entry : pending) {
        String id = (String) entry[2];
        if (run.organization(id).isEmpty()) {
          run.reportAt(UNIT, (Integer) entry[0], UNIT_ORG, (String) entry[1], id, "value", id);
        }
      }
      membersByUnit.entrySet().stream()
          .filter(e -> !units.contains(e.getKey()))
          .sorted(Map.Entry.comparingByKey())
          .forEach(
              e -> {
                int[] list = e.getValue();
                for (int k = 1; k <= list[0]; k++) {
                  run.reportAt(
                      MEMBER, list[k], UNIT_MEMBER, "unitId", e.getKey(), "value", e.getKey());
                }
              });
    }
  }
}
