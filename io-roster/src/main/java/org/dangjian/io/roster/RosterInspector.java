package org.dangjian.io.roster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.roster.internal.InspectionContext;
import org.dangjian.io.roster.internal.csv.CsvRosterReader;
import org.dangjian.io.roster.internal.xls.XlsRosterReader;
import org.dangjian.io.roster.internal.xlsx.XlsxRosterReader;
import org.dangjian.io.spi.FormatReader;

/**
 * Shows how the roster readers read a CSV, XLSX or legacy XLS file, before or instead of an import:
 * it reads the file with the same reader, the same layout detection and the same options as {@code
 * DangjianImporter}, keeps no record, and returns a {@link RosterInspection} of each sheet: header
 * row, each column's field (or kept as extra, or ignored), the skipped rows and a masked preview.
 * {@code dangjian inspect FILE} prints it. Like the readers, it reports what is wrong in the file
 * instead of throwing; only a failing stream throws.
 */
public final class RosterInspector {

  /** The formats an inspector reads. */
  public static final List<DataFormat> FORMATS =
      List.of(DataFormat.CSV, DataFormat.XLSX, DataFormat.XLS);

  private final ImportOptions options;

  private RosterInspector(ImportOptions options) {
    this.options = options;
  }

  /** An inspector reading with {@code options} (the limits, a given charset, a given format). */
  public static RosterInspector of(ImportOptions options) {
    return new RosterInspector(options);
  }

  /**
   * Inspects {@code file}, in the format of the options or else of its file name.
   *
   * @throws IllegalArgumentException when the format is not one of {@link #FORMATS}
   * @throws IOException when the file cannot be read
   */
  public RosterInspection inspect(Path file) throws IOException {
    Path name = file.getFileName();
    DataFormat format =
        options
            .format()
            .or(() -> DataFormat.forFileName(name == null ? "" : name.toString()))
            .orElseThrow(() -> new IllegalArgumentException("not a roster file: " + name));
    InspectionContext context = new InspectionContext(options);
    reader(format).read(file, file.toString(), context);
    return new RosterInspection(file.toString(), format, context.sheets(), context.problems());
  }

  /**
   * Inspects {@code in} (not closed here), named {@code source}, as {@code format}.
   *
   * @throws IllegalArgumentException when {@code format} is not one of {@link #FORMATS}
   * @throws IOException when the stream fails
   */
  public RosterInspection inspect(InputStream in, String source, DataFormat format)
      throws IOException {
    InspectionContext context = new InspectionContext(options);
    reader(format).read(in, source, context);
    return new RosterInspection(source, format, context.sheets(), context.problems());
  }

  private static FormatReader reader(DataFormat format) {
    if (format.equals(DataFormat.CSV)) {
      return new CsvRosterReader();
    }
    if (format.equals(DataFormat.XLSX)) {
      return new XlsxRosterReader();
    }
    if (format.equals(DataFormat.XLS)) {
      return new XlsRosterReader();
    }
    throw new IllegalArgumentException("not a roster format: " + format.name());
  }
}
