package org.dangjian.io.roster.internal.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.record.RecordKind;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.RecordWriter;
import org.dangjian.io.RosterLayout;
import org.dangjian.io.roster.RosterColumn;
import org.dangjian.io.roster.internal.ExtraColumns;
import org.dangjian.io.roster.internal.FormulaCells;
import org.dangjian.io.roster.internal.RosterCells;
import org.dangjian.io.roster.internal.RosterHeaders;
import org.dangjian.io.roster.internal.xlsx.OfficeSheet;
import org.dangjian.io.spi.AbstractRecordWriter;
import org.dangjian.io.spi.FormatWriter;
import tools.jackson.core.FormatSchema;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Writes one roster ({@link ExportOptions#roster()}) as CSV with Jackson's CSV generator: UTF-8
 * with a byte-order mark so that Excel opens it as UTF-8, CRLF line ends, the Chinese headers in
 * column order followed by the extras labels of the first record ({@link ExtraColumns}; the header
 * is written with the first record), neutralized cells; in the office layout ({@link
 * RosterLayout#OFFICE}) a title row, 序号, organizations by name, {@code yyyy.MM.dd} dates and the
 * extras as columns, written on close from an {@link OfficeSheet}. Records of the other rosters and
 * of the kinds without a roster have no place and are counted in {@link #skipped()}.
 */
public final class CsvRosterWriter extends AbstractRecordWriter {

  private static final CsvFactory FACTORY = CsvFactory.builder().build();
  private static final DateTimeFormatter OFFICE_DATE =
      DateTimeFormatter.ofPattern("yyyy.MM.dd", Locale.ROOT);

  private final Writer out;
  private final JsonGenerator generator;
  private final ExportOptions options;
  private final ExtraColumns extras = new ExtraColumns();
  private final OfficeSheet.Names names = new OfficeSheet.Names();
  private final OfficeSheet office;
  private boolean headerWritten;
  private boolean closed;

  /** The provider of the {@link DataFormat#CSV} writer. */
  public static final class Provider implements FormatWriter {
    @Override
    public DataFormat format() {
      return DataFormat.CSV;
    }

    @Override
    public RecordWriter open(OutputStream out, ExportOptions options) throws IOException {
      return new CsvRosterWriter(out, options);
    }
  }

  /** A writer onto {@code out}, which {@link #close()} closes. */
  public CsvRosterWriter(OutputStream out, ExportOptions options) throws IOException {
    this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    this.options = options;
    this.out.write('\uFEFF');
    ObjectWriteContext context =
        new ObjectWriteContext.Base() {
          @Override
          public FormatSchema getSchema() {
            return CsvSchema.emptySchema().withLineSeparator("\r\n");
          }
        };
    this.generator = FACTORY.createGenerator(context, this.out);
    this.office =
        options.layout() == RosterLayout.OFFICE ? new OfficeSheet(options.roster(), options) : null;
  }

  /** Writes the header: the known columns, then the extras labels of the first record. */
  private void header() {
    headerWritten = true;
    generator.writeStartArray();
    for (RosterColumn column : RosterHeaders.columns(options.roster())) {
      generator.writeString(column.header());
    }
    for (String label : extras.labels()) {
      generator.writeString(FormulaCells.neutralize(ExtraColumns.header(label, options.privacy())));
    }
    generator.writeEndArray();
  }

  @Override
  protected boolean write(RecordKind kind, Object record) throws IOException {
    if (record instanceof Organization organization) {
      names.add(organization);
    }
    if (RosterCells.roster(kind).filter(options.roster()::equals).isEmpty()) {
      return false;
    }
    List<Object> cells = RosterCells.of(kind, record, options.privacy()).orElseThrow();
    if (office != null) {
      office.append(cells, RosterCells.extras(record));
    } else {
      row(cells, RosterCells.extras(record));
    }
    return true;
  }

  /** Writes the office layout: title row, header, the spilled rows with dates as yyyy.MM.dd. */
  private void office() throws IOException {
    generator.writeStartArray();
    generator.writeString(office.title());
    generator.writeEndArray();
    generator.writeStartArray();
    for (Object cell : office.header()) {
      generator.writeString(cell.toString());
    }
    generator.writeEndArray();
    office.replay(
        names,
        cells -> {
          generator.writeStartArray();
          for (Object cell : cells) {
            generator.writeString(
                cell instanceof LocalDate date ? OFFICE_DATE.format(date) : RosterCells.text(cell));
          }
          generator.writeEndArray();
        });
  }

  private void row(List<Object> known, Map<String, String> extraValues) {
    if (!headerWritten) {
      extras.add(extraValues);
      header();
    }
    List<Object> cells = extras.row(known, extraValues, options.privacy());
    generator.writeStartArray();
    for (Object cell : cells) {
      generator.writeString(FormulaCells.neutralize(RosterCells.text(cell)));
    }
    generator.writeEndArray();
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try (OfficeSheet spilled = office) {
      if (office != null) {
        office();
      } else if (!headerWritten) {
        header();
      }
      generator.close();
    } finally {
      out.close();
    }
  }
}
