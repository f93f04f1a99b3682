package org.dangjian.io.roster.internal.xls;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.eventusermodel.dummyrecord.LastCellOfRowDummyRecord;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.ss.formula.FormulaRenderer;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.dangjian.core.record.ImmutableLocation;
import org.dangjian.core.record.Location;
import org.dangjian.io.ReadLimits;
import org.dangjian.io.Roster;
import org.dangjian.io.roster.internal.BufferedRow;
import org.dangjian.io.roster.internal.CellText;
import org.dangjian.io.roster.internal.LayoutDetector;
import org.dangjian.io.roster.internal.OrganizationNames;
import org.dangjian.io.roster.internal.RosterHeaders;
import org.dangjian.io.roster.internal.RosterRows;
import org.dangjian.io.roster.internal.RosterSheet;
import org.dangjian.io.roster.internal.RosterSyntaxDetails;
import org.dangjian.io.roster.internal.xlsx.XlsxSheets;
import org.dangjian.io.spi.ReadContext;
import org.dangjian.validation.InputProblem;

/**
 * Receives the records of an XLS workbook from POI's event reader (behind {@code
 * FormatTrackingHSSFListener} and {@code MissingRecordAwareHSSFListener}) and turns each sheet's
 * rows into {@link XlsRow}s for the shared row pipeline ({@link RosterSheet}: layout detection,
 * headers, cells). It keeps the sheet names (in the order of their substreams), the shared-string
 * table and the 1904 date flag; numbers in a date format become dates ({@code yyyy-MM-dd}, or
 * {@code yyyy.MM} when the format shows no day, as 出生年月 columns do); formulas become {@code =} and
 * their text. It enforces the limits POI does not: rows and columns of a sheet, characters of a
 * cell and of the shared-string table, and shared-string indexes within the table; a breach is
 * reported and ends reading with {@link Stop}.
 */
final class XlsRecords implements HSSFListener {

  /** Ends the event reader: the problem is already reported. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("yyyy.MM", Locale.ROOT);

  private final ReadContext context;
  private final String source;
  private final ReadLimits limits;
  private FormatTrackingHSSFListener formats;
  private final List<BoundSheetRecord> boundSheets = new ArrayList<>();
  private final Map<Roster, Long> indexes;
  private final OrganizationNames names;
  private final boolean organizationsPass;
  private final Set<Integer> later;
  private final List<XlsRow> deciding = new ArrayList<>();
  private BoundSheetRecord[] sheetOrder;
  private SSTRecord strings;
  private boolean date1904;
  private int depth;
  private int sheetIndex = -1;
  private String sheetName;
  private RosterSheet sheet;
  private boolean decidingSheet;
  private XlsRow row;

  /**
   * The listener of one pass over the record stream. The first pass ({@code organizationsPass})
   * reads the sheets that hold organizations, judged from the sheet's name or its first rows, and
   * adds the index of every other sheet to {@code later}; the second reads exactly the sheets in
   * {@code later}, so that member rows can name organizations of any sheet.
   */
  XlsRecords(
      ReadContext context,
      String source,
      boolean organizationsPass,
      Set<Integer> later,
      Map<Roster, Long> indexes,
      OrganizationNames names) {
    this.context = context;
    this.source = source;
    this.limits = context.options().limits();
    this.organizationsPass = organizationsPass;
    this.later = later;
    this.indexes = indexes;
    this.names = names;
  }

  /** The format tracker in front of this listener, which knows each cell's number format. */
  void formats(FormatTrackingHSSFListener formats) {
    this.formats = formats;
  }

  @Override
  public void processRecord(Record record) {
    if (record instanceof BOFRecord bof) {
      begin(bof);
    } else if (record instanceof EOFRecord) {
      end();
    } else if (record instanceof BoundSheetRecord bound) {
      boundSheets.add(bound);
    } else if (record instanceof DateWindow1904Record window) {
      date1904 = window.getWindowing() == 1;
    } else if (record instanceof SSTRecord table) {
      sharedStrings(table);
    } else if (record instanceof LastCellOfRowDummyRecord) {
      flush();
    } else if ((sheet != null || decidingSheet)
        && depth == 1
        && record instanceof CellValueRecordInterface cell) {
      cell(cell);
    }
  }

  private void begin(BOFRecord bof) {
    depth++;
    if (depth == 1 && bof.getType() == BOFRecord.TYPE_WORKSHEET) {
      if (sheetOrder == null) {
        sheetOrder = BoundSheetRecord.orderByBofPosition(boundSheets);
      }
      sheetIndex++;
      sheetName =
          sheetIndex < sheetOrder.length && sheetOrder[sheetIndex].getSheetname() != null
              ? sheetOrder[sheetIndex].getSheetname()
              : "Sheet" + (sheetIndex + 1);
      if (XlsxSheets.LISTS_SHEET.equals(sheetName)) {
        return;
      }
      Optional<Roster> byName = bySheetName(sheetName);
      if (organizationsPass) {
        if (byName.isEmpty()) {
          decidingSheet = true;
          deciding.clear();
        } else if (byName.get() == Roster.ORGANIZATIONS || byName.get() == Roster.UNITS) {
          sheet = rosterSheet(byName);
        } else {
          later.add(sheetIndex);
        }
      } else if (later.contains(sheetIndex)) {
        sheet = rosterSheet(byName);
      }
    }
  }

  private RosterSheet rosterSheet(Optional<Roster> byName) {
    return new RosterSheet(context, source, sheetName, byName, date1904, indexes, names);
  }

  private void end() {
    if (depth == 1) {
      flush();
      if (decidingSheet) {
        decide();
      }
      if (sheet != null && !sheet.finish()) {
        throw new Stop();
      }
      sheet = null;
    }
    depth = Math.max(0, depth - 1);
  }

  /**
   * Decides from the first rows of a sheet whose name says nothing whether it holds organizations:
   * if so, reads it now, from those rows on; else leaves it to the second pass.
   */
  private void decide() {
    decidingSheet = false;
    List<BufferedRow> first = new ArrayList<>();
    for (XlsRow buffered : deciding) {
      first.add(BufferedRow.of(buffered));
    }
    Roster recognized =
        first.isEmpty()
            ? Roster.MEMBERS
            : RosterHeaders.recognize(LayoutDetector.detect(first).headers());
    // organizations and units first, so that member rows can name them
    boolean organizations = recognized == Roster.ORGANIZATIONS || recognized == Roster.UNITS;
    if (!organizations) {
      later.add(sheetIndex);
      deciding.clear();
      return;
    }
    sheet = rosterSheet(Optional.empty());
    for (XlsRow buffered : deciding) {
      if (!sheet.row(buffered)) {
        throw new Stop();
      }
    }
    deciding.clear();
  }

  private static Optional<Roster> bySheetName(String name) {
    for (Roster roster : Roster.values()) {
      if (roster.label().equals(name.strip()) || roster.code().equalsIgnoreCase(name.strip())) {
        return Optional.of(roster);
      }
    }
    return Optional.empty();
  }

  private void sharedStrings(SSTRecord table) {
    long total = 0;
    for (int i = 0; i < table.getNumUniqueStrings(); i++) {
      int length = table.getString(i).getCharCount();
      if (length > limits.maxCellCharacters()) {
        limit(
            Location.builder().source(source).build(),
            "maxCellCharacters",
            limits.maxCellCharacters(),
            Integer.toString(length));
      }
      total += length;
      if (total > limits.maxSharedStringCharacters()) {
        limit(
            Location.builder().source(source).build(),
            "maxSharedStringCharacters",
            limits.maxSharedStringCharacters(),
            "> " + limits.maxSharedStringCharacters());
      }
    }
    strings = table;
  }

  private void cell(CellValueRecordInterface cell) {
    int number = cell.getRow() + 1;
    int column = cell.getColumn();
    if (row != null && row.number() != number) {
      flush();
    }
    if (number > limits.maxSheetRows()) {
      limit(at(number, -1), "maxSheetRows", limits.maxSheetRows(), Integer.toString(number));
    }
    if (column + 1 > limits.maxColumns()) {
      limit(at(number, column), "maxColumns", limits.maxColumns(), Integer.toString(column + 1));
    }
    if (row == null) {
      row = new XlsRow(sheetName, number);
    }
    if (cell instanceof LabelSSTRecord label) {
      int index = label.getSSTIndex();
      if (strings == null || index < 0 || index >= strings.getNumUniqueStrings()) {
        syntax(at(number, column), "shared-string index beyond the shared-string table");
        return;
      }
      row.put(column, strings.getString(index).getString(), false, false);
    } else if (cell instanceof LabelRecord label) {
      text(number, column, label.getValue());
    } else if (cell instanceof NumberRecord value) {
      row.put(column, number(cell, value.getValue()), true, false);
    } else if (cell instanceof RKRecord value) {
      row.put(column, number(cell, value.getRKNumber()), true, false);
    } else if (cell instanceof BoolErrRecord value) {
      String text;
      if (value.isBoolean()) {
        text = value.getBooleanValue() ? "TRUE" : "FALSE";
      } else {
        text =
            FormulaError.isValidCode(value.getErrorValue())
                ? FormulaError.forInt(value.getErrorValue()).getString()
                : "#ERROR";
      }
      row.put(column, text, false, false);
    } else if (cell instanceof FormulaRecord formula) {
      row.put(column, formula(formula), false, true);
    }
  }

  private void text(int number, int column, String text) {
    if (text != null && text.length() > limits.maxCellCharacters()) {
      limit(
          at(number, column),
          "maxCellCharacters",
          limits.maxCellCharacters(),
          Integer.toString(text.length()));
    }
    row.put(column, text, false, false);
  }

  /** The text of a number: a date when its format is one, else its plain digits. */
  private String number(CellValueRecordInterface cell, double value) {
    if (formats != null && DateUtil.isValidExcelDate(value)) {
      int index = formats.getFormatIndex(cell);
      String format = formats.getFormatString(cell);
      if (format != null && DateUtil.isADateFormat(index, format)) {
        String shown = format.toLowerCase(Locale.ROOT).replaceAll("\"[^\"]*\"|\\[[^]]*]", "");
        if (shown.indexOf('y') >= 0) {
          LocalDateTime date = DateUtil.getLocalDateTime(value, date1904);
          if (date != null) {
            return shown.indexOf('d') >= 0
                ? date.toLocalDate().toString()
                : MONTH.format(date.toLocalDate());
          }
        }
      }
    }
    return CellText.plainNumber(Double.toString(value));
  }

  private static String formula(FormulaRecord formula) {
    try {
      return "=" + FormulaRenderer.toFormulaString(null, formula.getParsedExpression());
    } catch (RuntimeException e) {
      // references to other sheets or names need a workbook to render: the cell is a formula
      return "=";
    }
  }

  private void flush() {
    XlsRow done = row;
    row = null;
    if (done == null) {
      return;
    }
    if (decidingSheet) {
      if (!RosterRows.isBlank(done)) {
        deciding.add(done);
      }
      if (deciding.size() >= LayoutDetector.SCAN) {
        decide();
      }
      return;
    }
    if (sheet != null && !sheet.row(done)) {
      throw new Stop();
    }
  }

  private ImmutableLocation at(int number, int column) {
    ImmutableLocation.Builder location =
        Location.builder().source(source).sheet(sheetName).row(number);
    if (column >= 0) {
      location.cell(XlsRow.reference(number, column));
    }
    return location.build();
  }

  private void limit(Location location, String limit, long max, String actual) {
    context.problem(
        InputProblem.LIMIT,
        location,
        "",
        Map.of("limit", limit, "max", Long.toString(max), "actual", actual));
    context.stoppedEarly();
    throw new Stop();
  }

  private void syntax(Location location, String detail) {
    context.problem(InputProblem.SYNTAX, location, "", RosterSyntaxDetails.of(detail));
    context.stoppedEarly();
    throw new Stop();
  }
}
