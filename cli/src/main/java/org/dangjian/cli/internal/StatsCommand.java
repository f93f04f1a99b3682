package org.dangjian.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.ImmutableDataset;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.RecordHandler;
import org.dangjian.validation.report.ReportFormat;
import org.dangjian.validation.report.ValidationReport;
import org.dangjian.validation.rule.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
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

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description =
          "Files of one dataset (数据文件): "
              + Converters.READABLE_DATA
              + "; - reads standard input (with --format).")
  List<Path> files;

  @Option(
      names = "--format",
      paramLabel = Converters.READABLE,
      converter = Converters.FormatConverter.class,
      description = "Format of every FILE (格式), instead of taking it from the file name.")
  DataFormat format;

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
    Optional<DataFormat> given = Optional.ofNullable(format);
    for (Path file : files) {
      Inputs.checkReadable(file);
      Inputs.format(file, given, "--format");
    }
    if (employees != null && employees < 0) {
      throw new CliFailure("--employees must not be negative, not " + employees);
    }
    Progress progress = common.progress(root, "stats");
    DangjianImporter importer =
        DangjianImporter.of(validation.importOptions(root.environment().today(), given));
    ImmutableDataset.Builder dataset = Dataset.builder();
    ValidationReport result =
        Inputs.read(importer, files, given, RecordHandler.into(dataset), progress);
    progress.clear();
    Lang lang = common.lang;
    if (!Reports.unreadable(result).isEmpty()) {
      progress.summary(Reports.counts(result, lang));
      return Reports.exitCode(result);
    }
    Dataset data = dataset.build();
    OptionalInt staff = employees == null ? OptionalInt.empty() : OptionalInt.of(employees);
    root.out()
        .print(
            report == ReportFormat.JSON
                ? StatisticsJson.of(data.asOf(result.asOf()), staff, result)
                : StatisticsText.of(data.asOf(result.asOf()), staff));
    root.out().flush();
    String note =
        result.isSuccessful()
            ? ""
            : lang.pick(
                String.format(
                    Locale.ROOT,
                    "；数据有 %,d 个错误，统计包含全部已接受的记录（用 dangjian validate 查看）",
                    result.count(Severity.ERROR)),
                "; the data has "
                    + Reports.plural(result.count(Severity.ERROR), "error")
                    + ", the statistics cover every accepted record (see dangjian validate)");
    progress.summary(Reports.counts(result, lang) + note);
    return Reports.exitCode(result);
  }
}
