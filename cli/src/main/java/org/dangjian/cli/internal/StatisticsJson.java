package org.dangjian.cli.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.EducationBand;
import org.dangjian.core.dataset.DatasetView;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.points.CategoryTotal;
import org.dangjian.core.statistics.AgeBand;
import org.dangjian.core.statistics.BulletinFigures;
import org.dangjian.core.statistics.CoverageStatistics;
import org.dangjian.core.statistics.FlowStatistics;
import org.dangjian.core.statistics.JoiningEra;
import org.dangjian.core.statistics.MemberStatistics;
import org.dangjian.core.statistics.OrganizationStatistics;
import org.dangjian.core.statistics.PartyStatistics;
import org.dangjian.validation.report.ValidationReport;
import org.dangjian.validation.rule.Severity;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The statistics of {@code dangjian stats --report json}, the figures {@link StatisticsText} prints
 * as one JSON object for programs: {@code asOf}, {@code figures} (the 党建大数据 block), {@code
 * membership} (the national bulletin's dimensions, each breakdown an object from code to count in
 * the order of the code table), {@code organizationsByKind}, {@code coverage} (when the dataset has
 * units), {@code flows} (when a period was asked for), {@code points} when the data holds a points
 * ledger (entries and points in all and by category code) and {@code issues} (errors, warnings and
 * infos of the import). docs/CLI.md documents the shape.
 */
final class StatisticsJson {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private StatisticsJson() {}

  /** The statistics of {@code view} as indented JSON; {@code employees} as for the text. */
  static String of(DatasetView view, OptionalInt employees, ValidationReport report) {
    return of(view, employees, report, Optional.empty(), Optional.empty());
  }

  /**
   * The statistics of {@code view} with the units' coverage and a period's flows, each written as
   * an object ({@code coverage}, {@code flows}) when present.
   */
  static String of(
      DatasetView view,
      OptionalInt employees,
      ValidationReport report,
      Optional<CoverageStatistics> coverage,
      Optional<FlowStatistics> flows) {
    BulletinFigures figures = PartyStatistics.bulletinFigures(view, employees);
    MemberStatistics members = PartyStatistics.members(view);
    OrganizationStatistics orgs = PartyStatistics.organizations(view);
    ObjectNode root = MAPPER.createObjectNode();
    root.put("asOf", view.date().toString());
    ObjectNode f = root.putObject("figures");
    f.put("members", figures.members());
    f.put("probationary", figures.probationary());
    figures.employees().ifPresent(n -> f.put("employees", n));
    figures.shareOfEmployeesPercent().ifPresent(p -> f.put("shareOfEmployeesPercent", p));
    f.put("organizations", figures.organizations());
    f.put("committees", figures.committees());
    f.put("generalBranches", figures.generalBranches());
    f.put("branches", figures.branches());
    ObjectNode m = root.putObject("membership");
    m.put("total", members.total());
    m.put("women", members.women());
    m.put("ethnicMinorities", members.ethnicMinorities());
    m.put("unknownEthnicity", members.unknownEthnicity());
    m.put("collegeOrAbove", members.collegeOrAbove());
    counts(m.putObject("byEducation"), members.byEducationBand(), EducationBand.values());
    m.put("unknownEducation", members.unknownEducation());
    counts(m.putObject("byAge"), members.byAgeBand(), AgeBand.values());
    counts(m.putObject("byJoiningEra"), members.byJoiningEra(), JoiningEra.values());
    m.put("unknownJoiningEra", members.unknownJoiningEra());
    counts(
        m.putObject("pipeline"),
        members.byStage(),
        new MemberStage[] {
          MemberStage.APPLICANT, MemberStage.ACTIVIST, MemberStage.DEVELOPMENT_TARGET
        });
    ObjectNode kinds = root.putObject("organizationsByKind");
    orgs.byKind().entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> kinds.put(e.getKey().code(), e.getValue()));
    coverage.ifPresent(c -> CoverageFigures.json(root.putObject("coverage"), c));
    flows.ifPresent(period -> CoverageFigures.json(root.putObject("flows"), period));
    List<CategoryTotal> totals = StatisticsText.pointTotals(view);
    if (!totals.isEmpty()) {
      ObjectNode points = root.putObject("points");
      points.put("entries", totals.stream().mapToInt(CategoryTotal::entries).sum());
      points.put("total", totals.stream().mapToLong(CategoryTotal::points).sum());
      ObjectNode byCategory = points.putObject("byCategory");
      for (CategoryTotal t : totals) {
        ObjectNode c = byCategory.putObject(t.category().code());
        c.put("entries", t.entries());
        c.put("points", t.points());
      }
    }
    RecognitionFigures.json(root, view);
    ObjectNode issues = root.putObject("issues");
    issues.put("errors", report.count(Severity.ERROR));
    issues.put("warnings", report.count(Severity.WARNING));
    issues.put("infos", report.count(Severity.INFO));
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }

  private static <E extends Enum<E> & CodedValue> void counts(
      ObjectNode node, Map<E, Integer> counts, E[] order) {
    for (E e : order) {
      node.put(e.code(), counts.getOrDefault(e, 0));
    }
  }
}
