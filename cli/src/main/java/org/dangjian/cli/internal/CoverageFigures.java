package org.dangjian.cli.internal;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dangjian.core.organization.UnitCoverage;
import org.dangjian.core.statistics.CoverageStatistics;
import org.dangjian.core.statistics.FlowStatistics;
import tools.jackson.databind.node.ObjectNode;

/**
 * The coverage and flow figures of {@code dangjian stats}, as text and as JSON: how party work
 * covers the units (组织覆盖率, 工作覆盖率, instructors per unit, units with members but no organization,
 * 组织关系转入率) when the dataset has units, and the flows of the period given by {@code --from} and
 * {@code --to} with the development quota of {@code --quota}.
 */
final class CoverageFigures {

  private CoverageFigures() {}

  /** The coverage block of the text. */
  static String text(CoverageStatistics c) {
    StringBuilder sb = new StringBuilder();
    sb.append("【单位与覆盖 Units and coverage】单位 units: ").append(c.units()).append('\n');
    sb.append("  覆盖方式 Coverage: ")
        .append(
            Stream.of(UnitCoverage.values())
                .map(k -> k.label() + " " + c.byCoverage().getOrDefault(k, 0))
                .collect(Collectors.joining("，")))
        .append('\n');
    sb.append("  组织覆盖率 Organization coverage: ")
        .append(c.organizationCovered())
        .append(percent(c.organizationCoveragePercent()))
        .append('\n');
    sb.append("  工作覆盖率 Work coverage: ")
        .append(c.workCovered())
        .append(percent(c.workCoveragePercent()))
        .append('\n');
    sb.append("  有党员未建组织的单位 With members, no organization: ")
        .append(c.withMembersWithoutOrganization().size())
        .append(" / ")
        .append(c.unitsWithMembers())
        .append('\n');
    sb.append("  党建指导员 Instructors: ").append(c.instructors());
    c.instructorsPerUnit()
        .ifPresent(r -> sb.append("（每单位 per unit ").append(r.toPlainString()).append("）"));
    sb.append('\n');
    sb.append("  组织关系转入率 Transfer-in rate: ")
        .append(c.membersHeldHere())
        .append(" / ")
        .append(c.membersWorking())
        .append(percent(c.transferInRatePercent()))
        .append('\n');
    return sb.toString();
  }

  /** The flows block of the text. */
  static String text(FlowStatistics f) {
    StringBuilder sb = new StringBuilder();
    sb.append("【党员队伍变动 Flows】").append(f.from()).append(" 至 to ").append(f.to()).append('\n');
    sb.append("  申请入党 Applications ").append(f.applications());
    sb.append("，确定积极分子 activists ").append(f.activists());
    sb.append("，确定发展对象 targets ").append(f.targets()).append('\n');
    sb.append("  发展党员 Admissions ").append(f.admissions());
    f.quota()
        .ifPresent(
            q ->
                sb.append("（发展名额 quota ")
                    .append(q)
                    .append(percent(f.quotaUsedPercent()))
                    .append("）"));
    sb.append("，预备党员转正 conversions ").append(f.conversions()).append('\n');
    sb.append("  转入 Transfers in ").append(f.transfersIn());
    sb.append("，转出 out ").append(f.transfersOut());
    sb.append("，减少 departures ").append(f.departures()).append('\n');
    return sb.toString();
  }

  /** The coverage as the JSON object {@code coverage}. */
  static void json(ObjectNode c, CoverageStatistics s) {
    c.put("units", s.units());
    ObjectNode by = c.putObject("byCoverage");
    for (UnitCoverage k : UnitCoverage.values()) {
      by.put(k.name(), s.byCoverage().getOrDefault(k, 0));
    }
    c.put("organizationCovered", s.organizationCovered());
    s.organizationCoveragePercent().ifPresent(p -> c.put("organizationCoveragePercent", p));
    c.put("workCovered", s.workCovered());
    s.workCoveragePercent().ifPresent(p -> c.put("workCoveragePercent", p));
    c.put("unitsWithMembers", s.unitsWithMembers());
    s.withMembersWithoutOrganization()
        .forEach(id -> c.withArray("withMembersWithoutOrganization").add(id));
    if (s.withMembersWithoutOrganization().isEmpty()) {
      c.putArray("withMembersWithoutOrganization");
    }
    c.put("instructors", s.instructors());
    s.instructorsPerUnit().ifPresent(p -> c.put("instructorsPerUnit", p));
    c.put("membersHeldHere", s.membersHeldHere());
    c.put("membersHeldOutside", s.membersHeldOutside());
    c.put("membersElsewhere", s.membersElsewhere());
    s.transferInRatePercent().ifPresent(p -> c.put("transferInRatePercent", p));
  }

  /** The flows as the JSON object {@code flows}. */
  static void json(ObjectNode o, FlowStatistics f) {
    o.put("from", f.from().toString());
    o.put("to", f.to().toString());
    o.put("applications", f.applications());
    o.put("activists", f.activists());
    o.put("targets", f.targets());
    o.put("admissions", f.admissions());
    o.put("conversions", f.conversions());
    o.put("transfersIn", f.transfersIn());
    o.put("transfersOut", f.transfersOut());
    o.put("departures", f.departures());
    f.quota().ifPresent(q -> o.put("quota", q));
    f.quotaUsedPercent().ifPresent(p -> o.put("quotaUsedPercent", p));
  }

  private static String percent(Optional<BigDecimal> p) {
    return p.map(v -> "（" + v.toPlainString() + "%）").orElse("");
  }
}
