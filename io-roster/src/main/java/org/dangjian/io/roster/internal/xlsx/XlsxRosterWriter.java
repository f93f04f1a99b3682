package org.dangjian.io.roster.internal.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.record.RecordKind;
import org.dangjian.io.DangjianIoException;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.ImmutableExportOptions;
import org.dangjian.io.Privacy;
import org.dangjian.io.RecordWriter;
import org.dangjian.io.Roster;
import org.dangjian.io.RosterLayout;
import org.dangjian.io.roster.internal.ExtraColumns;
import org.dangjian.io.roster.internal.RosterCells;
import org.dangjian.io.roster.internal.RosterHeaders;
import org.dangjian.io.spi.AbstractRecordWriter;
import org.dangjian.io.spi.FormatWriter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the rosters into one workbook with fastexcel: sheet 党组织名册 first, then 党员花名册, then 单位名册,
 * 积分台账 and 先锋岗队名册 in the order their first records arrive (these three only when the export has
 * such records), each with a bold, frozen header row; the extras of the records follow the known
 * columns ({@link ExtraColumns}), labelled in the header until the sheet's first flush. fastexcel
 * streams one sheet at a time (a sheet's ZIP entry stays open from its first flush until it is
 * finished), so the roster whose first record arrives first streams into its sheet (flushed every
 * {@value #FLUSH} rows), and the rows of the other rosters are spilled, already encoded, to a
 * private temporary file ({@link SpilledRows}) and copied into their sheet by {@link #close()}.
 * Memory stays bounded whatever the number and order of the records; the temporary file is deleted
 * on close, whether writing succeeded or failed. Records of the kinds without a roster are counted
 * in {@link #skipped()}.
 */
public final class XlsxRosterWriter extends AbstractRecordWriter {

  private static final int FLUSH = 1_000;

  private final OutputStream out;
  private final ExportOptions options;
  private final Workbook workbook;
  private final Workbook workbookRef;

  /** The sheet of each roster, in the order the sheets were created; the first two always. */
  private final Map<Roster, Sheet> sheets = new java.util.LinkedHashMap<>();

  private final Office office;
  private Sheet streaming;
  private boolean closed;

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

  /** One roster's sheet: rows streamed into it, or spilled until its turn comes. */
  private static final class Sheet {
    final Worksheet worksheet;
    final SpilledRows spilled;
    final ExtraColumns extras = new ExtraColumns();
    final int known;
    final Privacy privacy;
    boolean flushed;
    int row = 1;

    Sheet(Workbook workbook, Roster roster, Privacy privacy) {
      this.worksheet = workbook.newWorksheet(XlsxSheets.sheetName(roster));
      this.spilled = new SpilledRows("dangjian-" + roster.name().toLowerCase(Locale.ROOT) + "-");
      this.privacy = privacy;
      this.known = RosterHeaders.columns(roster).size();
      XlsxSheets.header(worksheet, RosterHeaders.columns(roster));
    }

    /** The cells of a record, with a header cell for each new extras label while row 1 is open. */
    List<Object> cells(List<Object> knownCells, Map<String, String> extraValues) {
      int before = extras.labels().size();
      List<String> added = extras.add(extraValues);
      if (!flushed) {
        for (int i = 0; i < added.size(); i++) {
          XlsxSheets.extraHeader(
              worksheet, known + before + i, ExtraColumns.header(added.get(i), privacy));
        }
      }
      return extras.row(knownCells, extraValues, privacy);
    }

    void checkRoom() throws DangjianIoException {
      if (row + spilled.size() >= Worksheet.MAX_ROWS) {
        throw new DangjianIoException(
            "an XLSX sheet holds at most " + Worksheet.MAX_ROWS + " rows, header included");
      }
    }

    void stream(List<Object> cells) throws IOException {
      XlsxSheets.row(worksheet, row++, cells);
      if (row % FLUSH == 0) {
        worksheet.flush();
        flushed = true;
      }
    }

    void finish() throws IOException {
      spilled.replay(
          cells -> {
            XlsxSheets.encodedRow(worksheet, row++, cells);
            if (row % FLUSH == 0) {
              worksheet.flush();
            }
          });
      worksheet.finish();
    }
  }

  /** A writer onto {@code out}, which {@link #close()} closes. */
  public XlsxRosterWriter(OutputStream out, ExportOptions options) {
    this.out = out;
    this.options = options;
    this.workbook = new Workbook(out, "dangjian-sdk", "0.1");
    if (options.layout() == RosterLayout.OFFICE) {
      this.office = new Office(options);
    } else {
      this.office = null;
      sheets.put(
          Roster.ORGANIZATIONS, new Sheet(workbook, Roster.ORGANIZATIONS, options.privacy()));
      sheets.put(Roster.MEMBERS, new Sheet(workbook, Roster.MEMBERS, options.privacy()));
    }
    this.workbookRef = workbook;
  }

  @Override
  protected boolean write(RecordKind kind, Object record) throws IOException {
    if (office != null) {
      return office.write(kind, record);
    }
    Optional<Roster> roster = RosterCells.roster(kind);
    if (roster.isEmpty()) {
      return false;
    }
    // the sheets of units, points and teams are made when their first record arrives
    Sheet sheet =
        sheets.computeIfAbsent(roster.get(), r -> new Sheet(workbookRef, r, options.privacy()));
    List<Object> cells = RosterCells.of(kind, record, options.privacy()).orElseThrow();
    row(sheet, sheet.cells(cells, RosterCells.extras(record)));
    return true;
  }

  private void row(Sheet sheet, List<Object> cells) throws IOException {
    sheet.checkRoom();
    if (streaming == null) {
      streaming = sheet;
    }
    if (sheet == streaming) {
      sheet.stream(cells);
    } else {
      sheet.spilled.append(cells);
    }
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    if (office != null) {
      try (out) {
        office.finish(workbook);
      }
      return;
    }
    try (out) {
      try {
        Sheet first = streaming == null ? sheets.get(Roster.ORGANIZATIONS) : streaming;
        first.finish();
        for (Sheet sheet : sheets.values()) {
          if (sheet != first) {
            sheet.finish();
          }
        }
        workbook.finish();
      } finally {
        for (Sheet sheet : sheets.values()) {
          sheet.spilled.close();
        }
      }
    }
  }

  /**
   * The rosters in the office layout, spilled until the workbook is finished: the organization and
   * member sheets always, the unit, points and team sheets when they have records.
   */
  private static final class Office {
    final ExportOptions options;
    final OfficeSheet.Names names = new OfficeSheet.Names();
    final Map<Roster, OfficeSheet> sheets = new java.util.LinkedHashMap<>();

    Office(ExportOptions options) {
      this.options = options;
      // a given title names the member roster (党员花名册); the others keep their own
      sheets.put(Roster.ORGANIZATIONS, untitled(Roster.ORGANIZATIONS));
      sheets.put(Roster.MEMBERS, new OfficeSheet(Roster.MEMBERS, options));
    }

    private OfficeSheet untitled(Roster roster) {
      return new OfficeSheet(
          roster, ImmutableExportOptions.copyOf(options).withTitle(Optional.empty()));
    }

    boolean write(RecordKind kind, Object record) throws IOException {
      Optional<Roster> roster = RosterCells.roster(kind);
      if (roster.isEmpty()) {
        return false;
      }
      if (record instanceof Organization organization) {
        names.add(organization);
      }
      OfficeSheet sheet = sheets.computeIfAbsent(roster.get(), this::untitled);
      if (sheet.size() + 3 > Worksheet.MAX_ROWS) {
        throw new DangjianIoException(
            "an XLSX sheet holds at most "
                + Worksheet.MAX_ROWS
                + " rows, title and header included");
      }
      sheet.append(
          RosterCells.of(kind, record, options.privacy()).orElseThrow(),
          RosterCells.extras(record));
      return true;
    }

    void finish(Workbook workbook) throws IOException {
      try {
        // 党组织名册, 党员花名册, then the others that have records in the order they arrived
        for (Map.Entry<Roster, OfficeSheet> sheet : sheets.entrySet()) {
          XlsxSheets.office(
              workbook.newWorksheet(XlsxSheets.sheetName(sheet.getKey())), sheet.getValue(), names);
        }
        workbook.finish();
      } finally {
        for (OfficeSheet sheet : sheets.values()) {
          sheet.close();
        }
      }
    }
  }
}
