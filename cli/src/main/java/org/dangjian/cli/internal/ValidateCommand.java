package org.dangjian.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.RecordHandler;
import org.dangjian.validation.report.ReportFormat;
import org.dangjian.validation.report.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code dangjian validate [FILE...]}: imports the files as one dataset, validates it in the same
 * streaming pass and prints the report; with no file, the bundled sample and what its deliberate
 * errors are.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    headerHeading = "%n",
    header = "Validate data files against every rule (校验数据文件).",
    descriptionHeading = "%n",
    description = {
      "Reads the files as one dataset (so a member roster is checked against an organization"
          + " roster) and prints one report on stdout: every problem with its rule code and file"
          + " location (CSV line and column, XLSX sheet and cell, JSON line, column and pointer).",
      "",
      "Without FILE, validates the bundled sample (内置示例), which holds a few deliberate errors"
          + " that the output explains; that run ends with exit code 1 on purpose."
    },
    parameterListHeading = "%nParameters (参数):%n",
    optionListHeading = "%nOptions (选项):%n",
    footerHeading = "%n",
    footer = {
      "Exit codes (退出码): 0 no ERROR, 1 ERRORs found, 2 usage error or unreadable input (a"
          + " missing file, or IO-ENCODING, IO-SYNTAX or IO-LIMIT: the report is still printed), 3"
          + " internal error.",
      "",
      "Examples:",
      "  dangjian validate",
      "  dangjian validate members.csv organizations.csv --as-of 2024-12-31",
      "  dangjian validate data.jsonl --report json --lang en > report.json"
    })
final class ValidateCommand implements Callable<Integer> {

  @ParentCommand DangjianCommand root;

  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description =
          "Files to validate (数据文件): "
              + Converters.READABLE
              + ", by their names or --format; - reads standard input (with --format). None: the"
              + " bundled sample.")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = Converters.READABLE,
      converter = Converters.FormatConverter.class,
      description = "Format of every FILE (格式), instead of taking it from the file name.")
  DataFormat format;

  @Option(
      names = "--report",
      paramLabel = "text|json",
      converter = Converters.ReportConverter.class,
      description = "Report format on stdout (报告格式): text (default) or json.")
  ReportFormat report = ReportFormat.TEXT;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Threads that decode JSON Lines and check the records (线程数); default: every core."
              + " The report is the same whatever the number.")
  Integer threads;

  @Mixin ValidationOptions validation;

  @Mixin MappingOption mapping;

  @Mixin CommonOptions common;

  @Override
  public Integer call() throws IOException {
    Progress progress = common.progress(root, "validate");
    Lang lang = common.lang;
    if (files.isEmpty()) {
      return validateSample(progress, lang);
    }
    Optional<DataFormat> given = Optional.ofNullable(format);
    for (Path file : files) {
      Inputs.checkReadable(file);
      Inputs.format(file, given, "--format");
    }
    Optional<String> declared = Optional.empty();
    LocalDate asOf = root.environment().today();
    if (validation.asOf == null) {
      Optional<LocalDate> inHeader = Inputs.declaredAsOf(files, given);
      if (inHeader.isPresent()) {
        asOf = inHeader.get();
        declared =
            Optional.of(
                lang.pick(
                    "截至日期 " + asOf + " 取自文件头（asOf）；用 --as-of 另行指定。",
                    "As of "
                        + asOf
                        + ", the date recorded in the file header (asOf); --as-of"
                        + " overrides it."));
      }
    }
    DangjianImporter importer =
        DangjianImporter.of(
            ValidationOptions.withThreads(
                mapping.apply(validation.importOptions(asOf, given)), threads));
    ValidationReport result = Inputs.read(importer, files, given, new RecordHandler() {}, progress);
    progress.clear();
    if (declared.isPresent()) {
      (report == ReportFormat.TEXT ? root.out() : root.err()).println(declared.get());
    }
    Reports.print(result, report, lang, root.out());
    progress.summary(Reports.counts(result, lang));
    return Reports.exitCode(result);
  }

  private int validateSample(Progress progress, Lang lang) throws IOException {
    BundledSample sample = BundledSample.load();
    DangjianImporter importer =
        DangjianImporter.of(
            ValidationOptions.withThreads(
                validation.importOptions(sample.asOf(), Optional.empty()), threads));
    ValidationReport result;
    try (InputStream in = BundledSample.data()) {
      result =
          Inputs.read(
              importer,
              in,
              BundledSample.DATA,
              DataFormat.JSON_LINES,
              new RecordHandler() {},
              progress);
    }
    progress.clear();
    Reports.print(result, report, lang, root.out());
    String note =
        result.isSuccessful()
            ? lang.pick(
                "（本次未发现错误：截至日期或选项使故意设置的错误未被判定为错误。）",
                "(No ERROR this time: the date or the options kept the deliberate errors from"
                    + " counting.)")
            : lang.pick(
                "示例数据中的错误是故意设置的，因此本次运行以退出码 1 结束，这是预期结果。",
                "The sample's errors are deliberate, so this run ends with exit code 1, as"
                    + " intended.");
    if (report == ReportFormat.TEXT) {
      root.out().println();
      root.out().print(sample.explanation(lang));
      root.out().println(note);
      root.out().flush();
    } else {
      root.err().print(sample.explanation(lang));
      root.err().println(note);
    }
    progress.summary(Reports.counts(result, lang));
    return Reports.exitCode(result);
  }
}
