package org.dangjian.cli.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.DatasetView;
import org.dangjian.core.statistics.CoverageStatistics;
import org.dangjian.core.statistics.FlowStatistics;
import org.dangjian.core.statistics.PartyStatistics;
import org.dangjian.core.text.SafeText;
import org.dangjian.validation.report.ReportFormat;
import org.dangjian.validation.report.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code dangjian stats FILE...}: imports the files as one dataset and prints its statistics as of
 * a date. The import validates too; the statistics cover the accepted records, and the exit code
 * says whether the input had errors.
 */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    headerHeading = "%n",
    header = "Print the statistics of a dataset (统计).",
    descriptionHeading = "%n",
    description = {
      "Imports the files as one dataset and prints, as of --as-of, the figures a party bulletin"
          + " reports (党建大数据: members, probationary members, share of employees,"
          + " organizations by class) and the membership in the dimensions of the national"
          + " statistics bulletin (women, ethnic minorities, education, age, joining era), the"
          + " development pipeline and the organizations by kind; when the dataset has units"
          + " (单位), their coverage (组织覆盖率, 工作覆盖率, instructors, 组织关系转入率); with --from,"
          + " the flows of the period (applications, admissions against --quota, conversions,"
          + " transfers, departures).",
      "",
      "The import also validates: the statistics cover every accepted record, and the exit code"
          + " is 1 when the data has ERRORs (see 'dangjian validate'). The dataset is held in"
          + " memory."
    },
    parameterListHeading = "%nParameters (参数):%n",
    optionListHeading = "%nOptions (选项):%n",
    footerHeading = "%n",
    footer = {
      "Exit codes (退出码): 0 no ERROR, 1 ERRORs found (statistics still printed), 2 usage error"
          + " or unreadable input (IO-ENCODING, IO-SYNTAX, IO-LIMIT: no statistics), 3 internal"
          + " error.",
      "",
      "Examples:",
      "  dangjian stats group.jsonl --as-of 2024-01-31",
      "  dangjian stats 党员花名册.xlsx --employees 30960",
      "  dangjian stats group.jsonl --report json > stats.json",
      "  dangjian stats park.jsonl --under park --from 2024-01-01 --to 2024-12-31 --quota 8"
    })
final class StatsCommand implements Callable<Integer> {

  @ParentCommand DangjianCommand root;

  @Mixin DatasetInputs inputs;

  @Option(
      names = "--employees",
      paramLabel = "N",
      description =
          "Employee count for the members' share (职工总数); default: the host units' counts.")
  Integer employees;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      converter = Converters.DateConverter.class,
      description =
          "First day of a period whose flows to print (变动起始日期): applications, admissions,"
              + " conversions, transfers, departures; yyyy-MM-dd.")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      converter = Converters.DateConverter.class,
      description = "Last day of the period (变动截止日期), included; default: --as-of.")
  LocalDate to;

  @Option(
      names = "--quota",
      paramLabel = "N",
      description = "Development quota of the period (党员发展名额), compared with the admissions.")
  Integer quota;

  @Option(
      names = "--under",
      paramLabel = "ORG",
      description =
          "Coverage and flows of this organization (id) and the organizations below it, e.g. a"
              + " park's committee; default: the whole dataset.")
  String under;

  @Option(
      names = "--report",
      paramLabel = "text|json",
      converter = Converters.ReportConverter.class,
      description =
          "Statistics on stdout (统计格式): text (default) or json (one object for programs; shape in"
              + " docs/CLI.md).")
  ReportFormat report = ReportFormat.TEXT;

  @Mixin ValidationOptions validation;

  @Mixin CommonOptions common;

  @Override
  public Integer call() throws Exception {
    inputs.check();
    if (employees != null && employees < 0) {
      throw new CliFailure("--employees must not be negative, not " + employees);
    }
    if (quota != null && quota < 0) {
      throw new CliFailure("--quota must not be negative, not " + quota);
    }
    if ((to != null || quota != null) && from == null) {
      throw new CliFailure("--to and --quota need --from, the first day of the period");
    }
    Progress progress = common.progress(root, "stats");
    DatasetInputs.Loaded loaded = inputs.read(root, validation, progress);
    ValidationReport result = loaded.report();
    Lang lang = common.lang;
    if (loaded.unreadable()) {
      progress.summary(Reports.counts(result, lang));
      return Reports.exitCode(result);
    }
    Dataset data = loaded.dataset();
    OptionalInt staff = employees == null ? OptionalInt.empty() : OptionalInt.of(employees);
    DatasetView view = data.asOf(result.asOf());
    if (under != null && data.organization(under).isEmpty()) {
      throw new CliFailure(
          "--under names no organization of the dataset: " + SafeText.escape(under));
    }
    Optional<CoverageStatistics> coverage =
        data.units().isEmpty()
            ? Optional.empty()
            : Optional.of(
                under == null
                    ? PartyStatistics.coverage(view)
                    : PartyStatistics.coverage(view, under));
    Optional<FlowStatistics> flows = Optional.empty();
    if (from != null) {
      LocalDate last = to == null ? result.asOf() : to;
      if (last.isBefore(from)) {
        throw new CliFailure("--to " + last + " is before --from " + from);
      }
      OptionalInt q = quota == null ? OptionalInt.empty() : OptionalInt.of(quota);
      flows =
          Optional.of(
              under == null
                  ? PartyStatistics.flows(data, from, last, q)
                  : PartyStatistics.flows(data, under, from, last, q));
    }
    if (report == ReportFormat.JSON) {
      root.out().print(StatisticsJson.of(view, staff, result, coverage, flows));
    } else {
      root.out().print(StatisticsText.of(view, staff));
      coverage.ifPresent(c -> root.out().print("\n" + CoverageFigures.text(c)));
      flows.ifPresent(f -> root.out().print("\n" + CoverageFigures.text(f)));
    }
    root.out().flush();
    String note = DatasetInputs.errorsNote(result, lang, "统计", "the statistics");
    progress.summary(Reports.counts(result, lang) + note);
    return Reports.exitCode(result);
  }
}
