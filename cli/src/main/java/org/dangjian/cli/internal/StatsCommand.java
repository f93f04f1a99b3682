package org.dangjian.cli.internal;

import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.dangjian.core.dataset.Dataset;
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
          + " development pipeline and the organizations by kind.",
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
      "  dangjian stats group.jsonl --report json > stats.json"
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
    root.out()
        .print(
            report == ReportFormat.JSON
                ? StatisticsJson.of(data.asOf(result.asOf()), staff, result)
                : StatisticsText.of(data.asOf(result.asOf()), staff));
    root.out().flush();
    String note = DatasetInputs.errorsNote(result, lang, "统计", "the statistics");
    progress.summary(Reports.counts(result, lang) + note);
    return Reports.exitCode(result);
  }
}
