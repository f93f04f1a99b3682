package org.dangjian.io.roster.internal.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.record.RecordKind;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.RecordWriter;
import org.dangjian.io.Roster;
import org.dangjian.io.roster.RosterColumn;
import org.dangjian.io.roster.internal.ExtraColumns;
import org.dangjian.io.roster.internal.FormulaCells;
import org.dangjian.io.roster.internal.RosterCells;
import org.dangjian.io.roster.internal.RosterHeaders;
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
 * is written with the first record), neutralized cells. Records of the other roster and of every
 * other kind have no place and are counted in {@link #skipped()}.
 */
public final class CsvRosterWriter extends AbstractRecordWriter {

  private static final CsvFactory FACTORY = CsvFactory.builder().build();

  private final Writer out;
  private final JsonGenerator generator;
  private final ExportOptions options;
  private final ExtraColumns extras = new ExtraColumns();
  private boolean headerWritten;

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
  protected boolean write(RecordKind kind, Object record) {
    if (kind == RecordKind.ORGANIZATION && options.roster() == Roster.ORGANIZATIONS) {
      Organization organization = (Organization) record;
      row(RosterCells.organization(organization, options.privacy()), organization.extras());
      return true;
    }
    if (kind == RecordKind.MEMBER && options.roster() == Roster.MEMBERS) {
      Member member = (Member) record;
      row(RosterCells.member(member, options.privacy()), member.extras());
      return true;
    }
    return false;
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
    try {
      if (!headerWritten) {
        header();
      }
      generator.close();
    } finally {
      out.close();
    }
  }
}
