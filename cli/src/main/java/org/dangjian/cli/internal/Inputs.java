package org.dangjian.cli.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.RecordHandler;
import org.dangjian.validation.report.ValidationReport;

/**
 * Reading input files for the commands: checks that each file exists and has a known format before
 * anything is read (so that a typo ends with exit code 2 at once), then imports through {@link
 * DangjianImporter} while counting into a {@link Progress}: bytes of the file's size for one file,
 * records for several.
 */
final class Inputs {

  private Inputs() {}

  /** Fails with exit code 2 unless {@code file} is a readable regular file. */
  static void checkReadable(Path file) {
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
