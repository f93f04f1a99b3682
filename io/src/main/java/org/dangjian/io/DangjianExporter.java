package org.dangjian.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.record.RecordVisitor;
import org.dangjian.io.internal.FormatRegistry;
import org.dangjian.io.spi.FormatWriter;

/**
 * Exports datasets to every {@link DataFormat#writable() writable} format (JSON and JSON Lines; CSV
 * and XLSX rosters with {@code dangjian-io-roster}; bulletins as Markdown and a printable HTML page
 * with {@code dangjian-io-bulletin}; any format a {@link FormatWriter} provider adds), with a
 * {@link Privacy} profile, neutralized spreadsheet formulas and a stable column and field order, so
 * that equal datasets give equal bytes. Whatever is exported imports back to equal records, minus
 * the identifiers the profile withheld. An exporter is immutable and can be shared.
 */
public final class DangjianExporter {

  private final ExportOptions options;

  private DangjianExporter(ExportOptions options) {
    this.options = options;
  }

  /** An exporter with {@code options}. */
  public static DangjianExporter of(ExportOptions options) {
    return new DangjianExporter(options);
  }

  /** The options of this exporter. */
  public ExportOptions options() {
    return options;
  }

  /**
   * Writes {@code dataset} to {@code file} in the format its name gives.
   *
   * @return the number of records the format has no place for and so did not write ({@link
   *     RecordWriter#skipped()}): the organizations, activities, pairings and bulletins of a
   *     dataset written to a member roster, for example; 0 when every record was written
   * @throws DangjianIoException when the file cannot be written or its format is unknown
   */
  public long write(Dataset dataset, Path file) throws DangjianIoException {
    try (RecordWriter writer = open(file)) {
      writeAll(dataset, writer);
      return writer.skipped();
    } catch (DangjianIoException e) {
      throw e;
    } catch (IOException e) {
      throw new DangjianIoException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes {@code dataset} to {@code out} in {@code format}; {@code out} is closed.
   *
   * @return the number of records {@code format} has no place for and so did not write; 0 when
   *     every record was written
   * @throws DangjianIoException when the stream cannot be written
   */
  public long write(Dataset dataset, OutputStream out, DataFormat format)
      throws DangjianIoException {
    try (RecordWriter writer = open(out, format)) {
      writeAll(dataset, writer);
      return writer.skipped();
    } catch (DangjianIoException e) {
      throw e;
    } catch (IOException e) {
      throw new DangjianIoException("cannot write " + format + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens a streaming writer onto {@code file} in the format its name gives.
   *
   * @throws DangjianIoException when the file cannot be created or its format is unknown
   */
  public RecordWriter open(Path file) throws DangjianIoException {
    DataFormat format =
        DataFormat.forFileName(String.valueOf(file.getFileName()))
            .orElseThrow(
                () ->
                    new DangjianIoException(
                        "cannot tell the format of "
                            + file
                            + " from its name; writable formats: "
                            + FormatRegistry.names(DataFormat.writable())));
    FormatWriter writer = FormatRegistry.installed().writer(format);
    OutputStream out;
    try {
      out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    } catch (IOException e) {
      throw new DangjianIoException("cannot create " + file + ": " + e.getMessage(), e);
    }
    try {
      return open(writer, out);
    } catch (DangjianIoException | RuntimeException e) {
      try {
        out.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /**
   * Opens a streaming writer onto {@code out} in {@code format}; closing the writer closes {@code
   * out}.
   *
   * @throws DangjianIoException when {@code format} cannot be written: no {@link
   *     org.dangjian.io.spi.FormatWriter} of it is installed, or the output cannot be started
   */
  public RecordWriter open(OutputStream out, DataFormat format) throws DangjianIoException {
    return open(FormatRegistry.installed().writer(format), out);
  }

  private RecordWriter open(FormatWriter writer, OutputStream out) throws DangjianIoException {
    try {
      return writer.open(out, options);
    } catch (DangjianIoException e) {
      throw e;
    } catch (IOException e) {
      throw new DangjianIoException("cannot write " + writer.format() + ": " + e.getMessage(), e);
    }
  }

  private static void writeAll(Dataset dataset, RecordWriter writer) throws IOException {
    try {
      dataset.accept(
          new RecordVisitor<Location>() {
            @Override
            public void record(RecordKind kind, Object record, Location location) {
              try {
                writer.write(record);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
