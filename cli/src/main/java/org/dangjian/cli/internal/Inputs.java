package org.dangjian.cli.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
   * code 2 when neither names one of json, jsonl, csv, xlsx.
   */
  static DataFormat format(Path file, Optional<DataFormat> given, String option) {
    boolean reading = !"--to".equals(option);
    Optional<DataFormat> format =
        given.isPresent() ? given : DataFormat.fromFileName(String.valueOf(file.getFileName()));
    if (format.isEmpty() || !Converters.FORMATS.contains(format.get())) {
      throw new CliFailure(
          "cannot tell the format of "
              + file
              + " from its name; name it with "
              + option
              + " "
              + (reading ? Converters.READABLE : Converters.WRITABLE));
    }
    if (reading && format.get() == DataFormat.HTML) {
      throw new CliFailure(
          "cannot read " + file + ": html is written only; read the bulletin from txt, md or json");
    }
    if (!reading && format.get() == DataFormat.TEXT) {
      throw new CliFailure(
          "cannot write " + file + ": txt bulletins are read only; write md, html or json");
    }
    return format.get();
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
    progress.expectBytes(Files.size(file));
    try (InputStream in =
        new BufferedInputStream(
            new CountingInputStream(Files.newInputStream(file), progress), 1 << 16)) {
      return importer.read(in, file.toString(), format(file, format, "--format"), counting);
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
