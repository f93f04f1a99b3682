package org.dangjian.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.roster.RosterInspection;
import org.dangjian.io.roster.RosterInspector;
import org.dangjian.io.roster.RosterMapping;
import org.dangjian.validation.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code dangjian inspect FILE...}: shows how the roster readers read each CSV, XLSX or XLS file
 * (sheet, header rows, each column's field, kept as extra or ignored, skipped rows, a masked
 * preview), through {@link RosterInspector}, which reads with the reader an import uses.
 */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    headerHeading = "%n",
    header = "Show how a roster file is read (查看花名册版式).",
    descriptionHeading = "%n",
    description = {
      "Reads each CSV, XLSX or XLS roster as 'dangjian validate' would and prints, for every"
          + " sheet, the header row or rows found, each column (letter, header) with the field it"
          + " fills, or kept as an extra attribute, or ignored (序号), the rows skipped above the"
          + " header, blank or in the footer with the reason, and the first data rows with"
          + " resident ID and mobile numbers masked. Nothing is validated or written."
    },
    parameterListHeading = "%nParameters (参数):%n",
    optionListHeading = "%nOptions (选项):%n",
    footerHeading = "%n",
    footer = {
      "Exit codes (退出码): 0 every file has a roster that is read, 1 a file has none (no header"
          + " found, or a header that cannot be followed), 2 usage error or unreadable input"
          + " (IO-ENCODING, IO-SYNTAX, IO-LIMIT), 3 internal error.",
      "",
      "Examples:",
      "  dangjian inspect 党员花名册.xlsx",
      "  dangjian inspect 名册.xls --report json --lang en",
      "  dangjian inspect 名册.xlsx --emit-mapping 名册.mapping.json",
      "  dangjian inspect 名册.xlsx --mapping 名册.mapping.json"
    })
final class InspectCommand implements Callable<Integer> {

  private static final Set<String> UNREADABLE = Set.of("IO-ENCODING", "IO-SYNTAX", "IO-LIMIT");

  @ParentCommand DangjianCommand root;

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description =
          "Roster files (花名册文件): csv, xlsx or xls; - reads standard input (with --format).")
  List<Path> files;

  @Option(
      names = "--format",
      paramLabel = "csv|xlsx|xls",
      converter = Converters.FormatConverter.class,
      description = "Format of every FILE (格式), instead of taking it from the file name.")
  DataFormat format;

  @Option(
      names = "--report",
      paramLabel = "text|json",
      converter = Converters.ReportConverter.class,
      description = "Output format on stdout (输出格式): text (default) or json.")
  ReportFormat report = ReportFormat.TEXT;

  @Option(
      names = "--emit-mapping",
      paramLabel = "OUT",
      description =
          "Write the layout the first read sheet of FILE was read with as a mapping profile"
              + " (映射配置) to OUT, a starting point for --mapping.")
  Path emitMapping;

  @Mixin MappingOption mapping;

  @Mixin CommonOptions common;

  @Override
  public Integer call() throws IOException {
    Optional<DataFormat> given = Optional.ofNullable(format);
    List<DataFormat> formats = new ArrayList<>();
    for (Path file : files) {
      Inputs.checkReadable(file);
      DataFormat f = Inputs.format(file, given, "--format");
      if (!RosterInspector.FORMATS.contains(f)) {
        throw new CliFailure(
            "cannot inspect "
                + file
                + ": "
                + f.name()
                + " is not a roster format; inspect reads csv, xlsx and xls");
      }
      formats.add(f);
    }
    ImportOptions options =
        mapping.apply(
            ImportOptions.builder().asOf(root.environment().today()).format(given).build());
    RosterInspector inspector = RosterInspector.of(options);
    List<RosterInspection> inspections = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      if (Inputs.isStdin(file)) {
        InputStream in = System.in;
        inspections.add(inspector.inspect(in, "stdin", formats.get(i)));
      } else {
        inspections.add(inspector.inspect(file));
      }
    }
    if (emitMapping != null) {
      emit(inspections);
    }
    if (report == ReportFormat.JSON) {
      root.out()
          .println(
              inspections.size() == 1
                  ? inspections.get(0).toJson()
                  : RosterInspection.toJson(inspections));
    } else {
      for (int i = 0; i < inspections.size(); i++) {
        if (i > 0) {
          root.out().println();
        }
        root.out().print(InspectionText.of(inspections.get(i), common.lang));
      }
    }
    root.out().flush();
    return exitCode(inspections);
  }

  /** Writes the mapping of the first read sheet of the one FILE to {@code --emit-mapping}. */
  private void emit(List<RosterInspection> inspections) throws IOException {
    if (inspections.size() != 1) {
      throw new CliFailure("--emit-mapping takes one FILE, not " + inspections.size());
    }
    Optional<RosterMapping> first =
        inspections.get(0).sheets().stream()
            .map(RosterInspection.Sheet::toMapping)
            .flatMap(Optional::stream)
            .findFirst();
    if (first.isEmpty()) {
      throw new CliFailure(
          "--emit-mapping: " + inspections.get(0).source() + " has no sheet that is read");
    }
    Files.writeString(emitMapping, first.get().toJson() + "\n", StandardCharsets.UTF_8);
  }

  private static int exitCode(List<RosterInspection> inspections) {
    int code = ExitCodes.OK;
    for (RosterInspection inspection : inspections) {
      if (inspection.problems().stream().anyMatch(p -> UNREADABLE.contains(p.code()))) {
        return ExitCodes.USAGE;
      }
      if (inspection.sheets().stream().noneMatch(s -> s.status() == RosterInspection.Status.READ)) {
        code = ExitCodes.ERRORS;
      }
    }
    return code;
  }
}
