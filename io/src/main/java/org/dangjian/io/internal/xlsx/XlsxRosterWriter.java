package org.dangjian.io.internal.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.PairingAgreement;
import org.dangjian.io.DangjianIoException;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.RecordWriter;
import org.dangjian.io.Roster;
import org.dangjian.io.internal.roster.RosterCells;
import org.dangjian.io.internal.roster.RosterHeaders;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes both rosters into one workbook with fastexcel: sheet 党组织名册 first, then 党员花名册, each with a
 * bold, frozen header row. Members stream into their sheet (flushed every {@value #FLUSH} rows);
 * organizations, far fewer, are kept until {@link #close()} and then written, because fastexcel
 * streams one sheet at a time. Activities and pairings are counted in {@link #skipped()}.
 */
public final class XlsxRosterWriter implements RecordWriter {

  private static final int FLUSH = 1_000;

  private final OutputStream out;
  private final ExportOptions options;
  private final Workbook workbook;
  private final Worksheet organizationSheet;
  private final Worksheet memberSheet;
  private final List<Organization> organizations = new ArrayList<>();
  private int memberRow = 1;
  private long skipped;

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
  public void organization(Organization organization) {
    organizations.add(organization);
  }

  @Override
  public void member(Member member) throws IOException {
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
  public void activity(Activity activity) {
    skipped++;
  }

  @Override
  public void pairing(PairingAgreement pairing) {
    skipped++;
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
