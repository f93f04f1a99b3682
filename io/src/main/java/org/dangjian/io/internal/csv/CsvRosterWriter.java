package org.dangjian.io.internal.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.PairingAgreement;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.RecordWriter;
import org.dangjian.io.Roster;
import org.dangjian.io.internal.roster.CellText;
import org.dangjian.io.internal.roster.RosterCells;
import org.dangjian.io.internal.roster.RosterHeaders;
import org.dangjian.io.roster.RosterColumn;
import tools.jackson.core.FormatSchema;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Writes one roster ({@link ExportOptions#roster()}) as CSV with Jackson's CSV generator: UTF-8
 * with a byte-order mark so that Excel opens it as UTF-8, CRLF line ends, the Chinese headers in
 * column order, neutralized cells. Records of the other roster, activities and pairings have no
 * place and are counted in {@link #skipped()}.
 */
public final class CsvRosterWriter implements RecordWriter {

  private static final CsvFactory FACTORY = CsvFactory.builder().build();

  private final Writer out;
  private final JsonGenerator generator;
  private final ExportOptions options;
  private long skipped;

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
    List<RosterColumn> columns = RosterHeaders.columns(options.roster());
    generator.writeStartArray();
    for (RosterColumn column : columns) {
      generator.writeString(column.header());
    }
    generator.writeEndArray();
  }

  @Override
  public void organization(Organization organization) {
    if (options.roster() == Roster.ORGANIZATIONS) {
      row(RosterCells.organization(organization));
    } else {
      skipped++;
    }
  }

  @Override
  public void member(Member member) {
    if (options.roster() == Roster.MEMBERS) {
      row(RosterCells.member(member, options.privacy()));
    } else {
      skipped++;
    }
  }

  @Override
  public void activity(Activity activity) {
    skipped++;
  }

  @Override
  public void pairing(PairingAgreement pairing) {
    skipped++;
  }

  private void row(List<Object> cells) {
    generator.writeStartArray();
    for (Object cell : cells) {
      generator.writeString(CellText.neutralize(RosterCells.text(cell)));
    }
    generator.writeEndArray();
  }

  @Override
  public void bulletin(Bulletin bulletin) {
    skipped++;
  }

  @Override
  public long skipped() {
    return skipped;
  }

  @Override
  public void close() throws IOException {
    try {
      generator.close();
    } finally {
      out.close();
    }
  }
}
