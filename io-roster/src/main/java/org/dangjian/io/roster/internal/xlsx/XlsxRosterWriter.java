package org.dangjian.io.roster.internal.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.record.RecordKind;
import org.dangjian.io.DangjianIoException;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.RecordWriter;
import org.dangjian.io.Roster;
import org.dangjian.io.roster.internal.RosterCells;
import org.dangjian.io.roster.internal.RosterHeaders;
import org.dangjian.io.spi.AbstractRecordWriter;
import org.dangjian.io.spi.FormatWriter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes both rosters into one workbook with fastexcel: sheet 党组织名册 first, then 党员花名册, each with a
 * bold, frozen header row. Members stream into their sheet (flushed every {@value #FLUSH} rows);
 * organizations, far fewer, are kept until {@link #close()} and then written, because fastexcel
 * streams one sheet at a time. Records of the other kinds are counted in {@link #skipped()}.
 */
public final class XlsxRosterWriter extends AbstractRecordWriter {

  private static final int FLUSH = 1_000;

  private final OutputStream out;
  private final ExportOptions options;
  private final Workbook workbook;
  private final Worksheet organizationSheet;
  private final Worksheet memberSheet;
  private final List<Organization> organizations = new ArrayList<>();
  private int memberRow = 1;

  /** The provider of the {@link DataFormat#XLSX} writer. */
  public static final class Provider implements FormatWriter {
    @Override
    public DataFormat format() {
      return DataFormat.XLSX;
    }

    @Override
    public RecordWriter open(OutputStream out, ExportOptions options) throws IOException {
      return new XlsxRosterWriter(out, options);
    }
  }

  /** A writer onto {@code out}, which {@link #close()} closes. */
  public XlsxRosterWriter(OutputStream out, ExportOptions options) {
    this.out = out;
    this.options = options;
    this.workbook = new Workbook(out, "dangjian-sdk", "0.1");
    this.organizationSheet = workbook.newWorksheet(XlsxSheets.sheetName(Roster.ORGANIZATIONS));
    this.memberSheet = workbook.newWorksheet(XlsxSheets.sheetName(Roster.MEMBERS));
    XlsxSheets.header(organizationSheet, RosterHeaders.columns(Roster.ORGANIZATIONS));
    XlsxSheets.header(memberSheet, RosterHeaders.columns(Roster.MEMBERS));
  }

  @Override
  protected boolean write(RecordKind kind, Object record) throws IOException {
    switch (kind) {
      case ORGANIZATION -> organizations.add((Organization) record);
      case MEMBER -> member((Member) record);
      default -> {
        return false;
      }
    }
    return true;
  }

  private void member(Member member) throws IOException {
    if (memberRow >= Worksheet.MAX_ROWS) {
      throw new DangjianIoException(
          "an XLSX sheet holds at most " + Worksheet.MAX_ROWS + " rows, header included");
    }
    XlsxSheets.row(memberSheet, memberRow++, RosterCells.member(member, options.privacy()));
    if (memberRow % FLUSH == 0) {
      memberSheet.flush();
    }
  }

  @Override
  public void close() throws IOException {
    try {
      memberSheet.finish();
      int row = 1;
      for (Organization organization : organizations) {
        XlsxSheets.row(organizationSheet, row++, RosterCells.organization(organization));
      }
      organizationSheet.finish();
      workbook.finish();
    } finally {
      out.close();
    }
  }
}
