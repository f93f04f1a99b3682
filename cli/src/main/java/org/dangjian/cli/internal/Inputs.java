package org.dangjian.cli.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.RecordHandler;
import org.dangjian.io.json.ExchangeFormat;
import org.dangjian.validation.report.ValidationReport;

/**
 * Reading input files for the commands: checks that each file exists and has a known format before
 * anything is read (so that a typo ends with exit code 2 at once), then imports through {@link
 * DangjianImporter} while counting into a {@link Progress}: bytes of the file's size for one file,
 * records for several.
 */
final class Inputs {

  private Inputs() {}

  /** How standard input is named on the command line, as in most Unix tools. */
  static final String STDIN = "-";

  /** Whether {@code file} names standard input ({@code -}). */
  static boolean isStdin(Path file) {
    return STDIN.equals(file.toString());
  }

  /**
   * Fails with exit code 2 unless {@code file} is a readable regular file or {@code -} (standard
   * input).
   */
  static void checkReadable(Path file) {
    if (isStdin(file)) {
      return;
    }
    if (!Files.exists(file)) {
      throw new CliFailure("cannot read " + file + ": no such file");
    }
    if (Files.isDirectory(file)) {
      throw new CliFailure("cannot read " + file + ": it is a directory");
    }
    if (!Files.isReadable(file)) {
      throw new CliFailure("cannot read " + file + ": permission denied");
    }
  }

  /**
   * The format of {@code file}: {@code given} when present, else its extension; fails with exit
   * code 2 when neither names a format this installation reads (or, for {@code --to}, writes),
   * naming the formats that would do.
   */
  static DataFormat format(Path file, Optional<DataFormat> given, String option) {
    boolean reading = !"--to".equals(option);
    List<DataFormat> usable = reading ? DataFormat.readable() : DataFormat.writable();
    if (reading && isStdin(file) && given.isEmpty()) {
      throw new CliFailure(
          "standard input (-) has no name to tell its format by; name it with "
              + option
              + " "
              + Converters.labels(usable));
    }
    Optional<DataFormat> format =
        given.isPresent() ? given : DataFormat.forFileName(String.valueOf(file.getFileName()));
    if (format.isEmpty()) {
      throw new CliFailure(
          "cannot tell the format of "
              + file
              + " from its name; name it with "
              + option
              + " "
              + Converters.labels(usable));
    }
    DataFormat found = format.get();
    if (!usable.contains(found)) {
      List<DataFormat> instead =
          usable.stream().filter(f -> !Collections.disjoint(f.kinds(), found.kinds())).toList();
      throw new CliFailure(
          reading
              ? "cannot read "
                  + file
                  + ": "
                  + found
                  + (found.isWritable() ? " is written only" : " cannot be read")
                  + "; read its records from "
                  + Converters.choices(instead)
              : "cannot write "
                  + file
                  + ": "
                  + found
                  + (found.isReadable() ? " is read only" : " cannot be written")
                  + "; write its records as "
                  + Converters.choices(instead));
    }
    return found;
  }

  /**
   * Imports {@code files} as one dataset into {@code handler}, counting into {@code progress}. The
   * files must have been checked with {@link #checkReadable} and {@link #format}.
   *
   * @throws org.dangjian.io.DangjianIoException when a file cannot be read
   */
  static ValidationReport read(
      DangjianImporter importer,
      List<Path> files,
      Optional<DataFormat> format,
      RecordHandler handler,
      Progress progress)
      throws IOException {
    RecordHandler counting = counting(handler, progress);
    if (files.stream().anyMatch(Inputs::isStdin)) {
      if (files.size() != 1) {
        throw new CliFailure("standard input (-) must be the only input");
      }
      // Standard input is a stream of unknown length (a pipe cannot seek): progress counts records.
      return importer.read(
          new BufferedInputStream(new CountingInputStream(System.in, progress), 1 << 16),
          "stdin",
          format(files.get(0), format, "--format"),
          counting);
    }
    if (files.size() != 1) {
      return importer.read(files, counting);
    }
    Path file = files.get(0);
    DataFormat found = format(file, format, "--format");
    if (DataFormat.XLSX.equals(found) || DataFormat.XLS.equals(found)) {
      // A workbook is read in place (a ZIP or OLE2 container needs random access, and a stream
      // would be copied to a temporary file): progress counts its records, not its bytes.
      return importer.read(files, counting);
    }
    progress.expectBytes(Files.size(file));
    try (InputStream in =
        new BufferedInputStream(
            new CountingInputStream(Files.newInputStream(file), progress), 1 << 16)) {
      return importer.read(in, file.toString(), found, counting);
    }
  }

  /**
   * The date the JSON and JSON Lines files among {@code files} record in their headers ({@code
   * asOf}); empty when none records one. Fails with exit code 2 when they record different dates.
   */
  static Optional<LocalDate> declaredAsOf(List<Path> files, Optional<DataFormat> format)
      throws IOException {
    Map<Path, LocalDate> dates = new LinkedHashMap<>();
    for (Path file : files) {
      if (isStdin(file)) {
        continue;
      }
      DataFormat f = format(file, format, "--format");
      if (DataFormat.JSON.equals(f) || DataFormat.JSON_LINES.equals(f)) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
          ExchangeFormat.declaredAsOf(in).ifPresent(d -> dates.put(file, d));
        }
      }
    }
    if (dates.values().stream().distinct().count() > 1) {
      throw new CliFailure(
          "the files record different dates in their headers (asOf): "
              + dates
              + "; choose one with --as-of");
    }
    return dates.values().stream().findFirst();
  }

  /** Imports one stream, named {@code source}, counting into {@code progress}. */
  static ValidationReport read(
      DangjianImporter importer,
      InputStream in,
      String source,
      DataFormat format,
      RecordHandler handler,
      Progress progress)
      throws IOException {
    return importer.read(
        new BufferedInputStream(new CountingInputStream(in, progress), 1 << 16),
        source,
        format,
        counting(handler, progress));
  }

  /** {@code handler}, counting each record into {@code progress} first. */
  static RecordHandler counting(RecordHandler handler, Progress progress) {
    return new RecordHandler() {
      @Override
      public void record(RecordKind kind, Object record, Location location) {
        progress.record();
        kind.accept(record, location, handler);
      }
    };
  }
}
