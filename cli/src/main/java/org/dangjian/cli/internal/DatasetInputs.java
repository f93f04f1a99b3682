package org.dangjian.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.ImmutableDataset;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.RecordHandler;
import org.dangjian.validation.report.ValidationReport;
import org.dangjian.validation.rule.Severity;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code FILE...} parameters and {@code --format} option of the commands that read their files
 * into one dataset held in memory ({@code stats}, {@code anniversaries}), and that reading: a
 * picocli mixin, so that the commands declare, check and read their input one way.
 */
final class DatasetInputs {

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

  /** A dataset read from the files, with the report of its import. */
  record Loaded(Dataset dataset, ValidationReport report) {

    /** True when a file could not be read at all (IO-ENCODING, IO-SYNTAX, IO-LIMIT). */
    boolean unreadable() {
      return !Reports.unreadable(report).isEmpty();
    }
  }

  /** Fails with a usage error when a file cannot be read or has no format; reads nothing. */
  void check() {
    Optional<DataFormat> given = Optional.ofNullable(format);
    for (Path file : files) {
      Inputs.checkReadable(file);
      Inputs.format(file, given, "--format");
    }
  }

  /** Imports (and so validates) the files as one dataset; clears the progress line when done. */
  Loaded read(DangjianCommand root, ValidationOptions validation, Progress progress)
      throws IOException {
    Optional<DataFormat> given = Optional.ofNullable(format);
    DangjianImporter importer =
        DangjianImporter.of(validation.importOptions(root.environment().today(), given));
    ImmutableDataset.Builder dataset = Dataset.builder();
    ValidationReport report =
        Inputs.read(importer, files, given, RecordHandler.into(dataset), progress);
    progress.clear();
    return new Loaded(dataset.build(), report);
  }

  /**
   * The end of the summary line when the data had errors: what was printed covers every accepted
   * record, and {@code dangjian validate} shows the errors; empty without errors.
   *
   * @param zh what was printed, in Chinese (统计, 列表)
   * @param en what was printed, in English (the statistics, the listing)
   */
  static String errorsNote(ValidationReport report, Lang lang, String zh, String en) {
    if (report.isSuccessful()) {
      return "";
    }
    long errors = report.count(Severity.ERROR);
    return lang.pick(
        String.format(Locale.ROOT, "；数据有 %,d 个错误，%s包含全部已接受的记录（用 dangjian validate 查看）", errors, zh),
        "; the data has "
            + Reports.plural(errors, "error")
            + ", "
            + en
            + " cover every accepted record (see dangjian validate)");
  }
}
