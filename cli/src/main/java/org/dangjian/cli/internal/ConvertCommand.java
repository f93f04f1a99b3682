package org.dangjian.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.Privacy;
import org.dangjian.io.Roster;
import org.dangjian.io.RosterLayout;
import org.dangjian.validation.report.ReportFormat;
import org.dangjian.validation.report.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code dangjian convert IN... OUT}: streams the records of one file, or of several files read as
 * one dataset (a member roster with its organization roster), into another format, validating them
 * on the way. Records that could not be decoded are not written; records that break a rule are
 * written as they are, and the exit code says that the input had errors.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    headerHeading = "%n",
    header = "Convert a data file to another format (格式转换).",
    descriptionHeading = "%n",
    description = {
      "Streams the records of IN ("
          + Converters.READABLE
          + ") into OUT ("
          + Converters.WRITABLE
          + "), in bounded memory, and validates them on the way. Several IN are read as one"
          + " dataset, as 'dangjian validate' reads them: a member roster given with its"
          + " organization roster has its organizations (and 所在支部 names resolved to their ids). Every record that could be"
          + " decoded is written, even one that breaks a rule; rows that could not be decoded are left out. The exit code is 1"
          + " when the input had ERRORs: run 'dangjian validate IN' (or add --report text) to see"
          + " them.",
      "",
      "Identifiers are masked by default (--privacy masked). A CSV file holds one roster:"
          + " --roster members (default) or organizations; the other records are skipped and"
          + " counted. Bulletins (党群工作简报) are read from "
          + Converters.READABLE_BULLETINS
          + " and written as "
          + Converters.WRITABLE_BULLETINS
          + "; md (lossless) and html (a printable A4 page) hold bulletins only. OUT is written to"
          + " a temporary file first and replaced only when complete."
    },
    parameterListHeading = "%nParameters (参数):%n",
    optionListHeading = "%nOptions (选项):%n",
    footerHeading = "%n",
    footer = {
      "Exit codes (退出码): 0 no ERROR in IN, 1 ERRORs in IN (OUT still written), 2 usage error,"
          + " unwritable OUT, or IN unreadable (IO-ENCODING, IO-SYNTAX, IO-LIMIT: OUT not"
          + " written), 3 internal error.",
      "",
      "Examples:",
      "  dangjian convert data.jsonl members.xlsx",
      "  dangjian convert members.csv organizations.csv data.jsonl",
      "  dangjian convert data.json organizations.csv --roster organizations --privacy omitted",
      "  dangjian convert 花名册.csv data.jsonl --privacy full",
      "  dangjian convert 党员花名册.xls 党员花名册.xlsx --layout office --title 中共XX委员会党员花名册",
      "  dangjian convert 简报.txt 简报.md",
      "  dangjian convert 简报.md 简报.html"
    })
final class ConvertCommand implements Callable<Integer> {

  @ParentCommand DangjianCommand root;

  @Parameters(
      index = "0",
      paramLabel = "IN",
      description = "The file to read (输入文件); - reads standard input (with --from).")
  Path in;

  @Parameters(
      index = "1..*",
      arity = "0..*",
      paramLabel = "[IN...] OUT",
      hideParamSyntax = true,
      description =
          "More files of the same dataset (更多输入文件), then the file to write (输出文件): the last file"
              + " named is OUT.")
  List<Path> rest = new ArrayList<>();

  @Spec CommandSpec spec;

  /** The file to write: the last file named. */
  private Path out;

  /** The files to read: every file named but the last. */
  private List<Path> inputs;

  @Option(
      names = "--from",
      paramLabel = Converters.READABLE,
      converter = Converters.FormatConverter.class,
      description = "Format of IN, instead of taking it from its name.")
  DataFormat from;

  @Option(
      names = "--to",
      paramLabel = Converters.WRITABLE,
      converter = Converters.FormatConverter.class,
      description = "Format of OUT, instead of taking it from its name.")
  DataFormat to;

  @Option(
      names = "--privacy",
      paramLabel = "full|masked|omitted",
      converter = Converters.PrivacyConverter.class,
      description = "Identifiers in OUT (隐私): masked (default, 遮蔽), full (完整) or omitted (不含个人标识).")
  Privacy privacy = Privacy.MASKED;

  @Option(
      names = "--roster",
      paramLabel = "ROSTER",
      converter = Converters.RosterConverter.class,
      description =
          "Roster of a CSV OUT (名册): members (default, 党员花名册), organizations (党组织名册),"
              + " units (单位名册), pointEntries (积分台账) or teams (先锋岗队名册).")
  Roster roster = Roster.MEMBERS;

  @Option(
      names = "--layout",
      paramLabel = "standard|office",
      converter = Converters.LayoutConverter.class,
      description =
          "Layout of a CSV or XLSX OUT (样式): standard (default) or office (办公室花名册样式: title row,"
              + " 序号, 所在支部 by name, dates yyyy.MM.dd, extra columns kept).")
  RosterLayout layout = RosterLayout.STANDARD;

  @Option(
      names = "--title",
      paramLabel = "TEXT",
      description = "Title row of the office layout (标题), such as 中共XX委员会党员花名册; default 党员花名册.")
  String title;

  @Option(
      names = "--report",
      paramLabel = "text|json",
      converter = Converters.ReportConverter.class,
      description = "Also print the validation report of IN on stdout (报告), as text or json.")
  ReportFormat report;

  @Option(names = "--force", description = "Replace OUT even when it is read-only (强制覆盖只读文件).")
  boolean force;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Threads that decode JSON Lines and check the records (线程数); default: every core."
              + " OUT and the report are the same whatever the number.")
  Integer threads;

  @Mixin ValidationOptions validation;

  @Mixin MappingOption mapping;

  @Mixin CommonOptions common;

  @Override
  public Integer call() throws IOException {
    Lang lang = common.lang;
    if (rest.isEmpty()) {
      // picocli cannot tell OUT from the inputs (both are in "rest"): report it as picocli reports
      // a missing parameter, so that the usage message is localised like the others.
      throw new MissingParameterException(
          spec.commandLine(),
          PositionalParamSpec.builder().paramLabel("OUT").index("1").build(),
          "Missing required parameter: 'OUT'");
    }
    out = rest.get(rest.size() - 1);
    List<Path> named = new ArrayList<>();
    named.add(in);
    named.addAll(rest.subList(0, rest.size() - 1));
    inputs = List.copyOf(named);
    Optional<DataFormat> given = Optional.ofNullable(from);
    for (Path file : inputs) {
      Inputs.checkReadable(file);
      Inputs.format(file, given, "--from");
    }
    DataFormat outFormat = Outputs.format(out, Optional.ofNullable(to));
    for (Path file : inputs) {
      if (!Inputs.isStdin(file) && Files.exists(out) && Files.isSameFile(file, out)) {
        throw new CliFailure("IN and OUT are the same file: " + out);
      }
    }
    Outputs.destination(out, force);
    Progress progress = common.progress(root, "convert");
    DangjianImporter importer =
        DangjianImporter.of(
            ValidationOptions.withThreads(
                mapping.apply(validation.importOptions(root.environment().today(), given)),
                threads));
    ExportOptions options =
        ExportOptions.builder()
            .privacy(privacy)
            .roster(roster)
            .layout(layout)
            .title(Optional.ofNullable(title))
            .build();
    ValidationReport[] result = new ValidationReport[1];
    Optional<Outputs.Written> written =
        Outputs.write(
            out,
            outFormat,
            options,
            force,
            writer -> {
              result[0] = Inputs.read(importer, inputs, given, Outputs.handler(writer), progress);
              return progress.records();
            },
            () -> Reports.unreadable(result[0]).isEmpty());
    progress.clear();
    if (report != null) {
      Reports.print(result[0], report, lang, root.out());
    }
    progress.summary(
        Reports.counts(result[0], lang)
            + written
                .map(w -> wrote(w, lang))
                .orElse(lang.pick("；未写入 " + out, "; " + out + " not written")));
    return Reports.exitCode(result[0]);
  }

  private String wrote(Outputs.Written written, Lang lang) {
    String text =
        String.format(
            Locale.ROOT,
            lang.pick("；写入 %2$s %1$,d 条（%3$s）", "; wrote %,d records to %s (%s)"),
            written.records(),
            out,
            privacy.code());
    if (written.skipped() == 0) {
      return text;
    }
    return text
        + String.format(
            Locale.ROOT,
            lang.pick("，%,d 条该格式无处存放，未写入", ", %,d skipped (no place for them in this format)"),
            written.skipped());
  }
}
