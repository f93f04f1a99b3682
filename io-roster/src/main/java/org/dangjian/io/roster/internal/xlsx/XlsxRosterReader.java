package org.dangjian.io.roster.internal.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dangjian.core.record.ImmutableLocation;
import org.dangjian.core.record.Location;
import org.dangjian.io.DataFormat;
import org.dangjian.io.Roster;
import org.dangjian.io.roster.internal.BufferedRow;
import org.dangjian.io.roster.internal.CellText;
import org.dangjian.io.roster.internal.LayoutDetector;
import org.dangjian.io.roster.internal.OrganizationNames;
import org.dangjian.io.roster.internal.RosterHeaders;
import org.dangjian.io.roster.internal.RosterRows;
import org.dangjian.io.roster.internal.RosterSheet;
import org.dangjian.io.roster.internal.RosterSyntaxDetails;
import org.dangjian.io.roster.internal.RowCells;
import org.dangjian.io.roster.internal.xls.XlsRosterReader;
import org.dangjian.io.spi.FormatReader;
import org.dangjian.io.spi.ReadContext;
import org.dangjian.validation.InputProblem;
import org.dangjian.validation.internal.spill.SpillFiles;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads an XLSX roster workbook with fastexcel-reader, streaming rows. A file is read in place; a
 * stream is copied to a temporary file (owner-only, in the private directory of {@link SpillFiles};
 * deleted afterwards; a ZIP needs random access) and checked by {@link XlsxGuard} before
 * fastexcel-reader opens it. Every sheet is a roster: 党员花名册 and 党组织名册 by name, any other sheet
 * recognized from its header row, found by {@link RosterSheet} among its first rows; organization
 * sheets are read first, so that member rows can name their organization; blank sheets and the
 * template's hidden {@value XlsxSheets#LISTS_SHEET} are skipped. Locations carry the sheet, the
 * 1-based row and the cell reference such as {@code F12}.
 */
public final class XlsxRosterReader implements FormatReader {

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final ReadingOptions OPTIONS = new ReadingOptions(false, false);

  @Override
  public DataFormat format() {
    return DataFormat.XLSX;
  }

  @Override
  public void read(InputStream in, String source, ReadContext context) throws IOException {
    Path file = SpillFiles.create("input-", ".xlsx");
    try {
      try (OutputStream copy = Files.newOutputStream(file)) {
        in.transferTo(copy);
      }
      read(file, source, context);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Reads the workbook {@code file} in place: no copy. */
  @Override
  public void read(Path file, String source, ReadContext context) throws IOException {
    byte[] head = new byte[4];
    try (InputStream in = Files.newInputStream(file)) {
      int n = in.readNBytes(head, 0, 4);
      if (n < 4 || !java.util.Arrays.equals(head, ZIP)) {
        if (n == 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF) {
          // an Excel 97-2003 workbook (or an encrypted one) named .xlsx: the XLS reader says which
          in.close();
          new XlsRosterReader().read(file, source, context);
          return;
        }
        stop(
            context,
            InputProblem.SYNTAX,
            Location.builder().source(source).build(),
            RosterSyntaxDetails.of("not an XLSX (ZIP) file"));
        return;
      }
    }
    Optional<XlsxGuard.Breach> breach = new XlsxGuard(context.options().limits()).check(file);
    if (breach.isPresent()) {
      XlsxGuard.Breach b = breach.get();
      ImmutableLocation.Builder at = Location.builder().source(source);
      b.sheet().ifPresent(at::sheet);
      if (b.row() > 0) {
        at.row(b.row());
      }
      b.cell().ifPresent(at::cell);
      if (b.isLimit()) {
        stop(
            context,
            InputProblem.LIMIT,
            at.build(),
            Map.of("limit", b.limit(), "max", Long.toString(b.max()), "actual", b.actual()));
      } else {
        stop(context, InputProblem.SYNTAX, at.build(), RosterSyntaxDetails.of(b.detail()));
      }
      return;
    }
    Map<Roster, Long> indexes = new EnumMap<>(Roster.class);
    ReadableWorkbook workbook;
    try {
      workbook = new ReadableWorkbook(file.toFile(), OPTIONS);
    } catch (IOException | RuntimeException e) {
      syntax(context, Location.builder().source(source).build(), "the workbook", e);
      return;
    }
    try (workbook) {
      List<Sheet> sheets;
      try {
        sheets = workbook.getSheets().toList();
      } catch (RuntimeException e) {
        syntax(context, Location.builder().source(source).build(), "the workbook", e);
        return;
      }
      // organizations first, then units, so that member rows can name them; otherwise sheet order
      List<Sheet> ordered = new ArrayList<>();
      List<Sheet> unitSheets = new ArrayList<>();
      List<Sheet> otherSheets = new ArrayList<>();
      for (Sheet sheet : sheets) {
        if (!XlsxSheets.LISTS_SHEET.equals(sheet.getName())) {
          Roster holds = holds(sheet);
          (holds == Roster.ORGANIZATIONS
                  ? ordered
                  : holds == Roster.UNITS ? unitSheets : otherSheets)
              .add(sheet);
        }
      }
      ordered.addAll(unitSheets);
      ordered.addAll(otherSheets);
      OrganizationNames names = OrganizationNames.of(context);
      for (Sheet sheet : ordered) {
        if (!sheet(workbook, sheet, source, context, indexes, names)) {
          return;
        }
      }
    }
  }

  /** Reads one sheet; false when reading of the file must stop. */
  private static boolean sheet(
      ReadableWorkbook workbook,
      Sheet sheet,
      String source,
      ReadContext context,
      Map<Roster, Long> indexes,
      OrganizationNames names) {
    String name = sheet.getName() == null ? "" : sheet.getName();
    Location sheetLocation = Location.builder().source(source).sheet(name).build();
    RosterSheet roster =
        new RosterSheet(
            context, source, name, bySheetName(name), workbook.isDate1904(), indexes, names);
    Stream<Row> stream;
    try {
      stream = sheet.openStream();
    } catch (IOException | RuntimeException e) {
      syntax(context, sheetLocation, "the sheet", e);
      return false;
    }
    try (stream) {
      Iterator<Row> rows = stream.iterator();
      while (true) {
        Row row;
        try {
          if (!rows.hasNext()) {
            break;
          }
          row = rows.next();
        } catch (RuntimeException e) {
          syntax(context, sheetLocation, "the sheet", e);
          return false;
        }
        if (!roster.row(new SheetRow(source, name, row))) {
          return false;
        }
      }
    } catch (UncheckedIOException e) {
      syntax(context, sheetLocation, "the sheet", e);
      return false;
    }
    return roster.finish();
  }

  /**
   * The roster a sheet holds, judged from its name or its first rows, so that organization and unit
   * sheets are read before member sheets and member rows can name their organization and unit.
   */
  private static Roster holds(Sheet sheet) {
    String name = sheet.getName() == null ? "" : sheet.getName();
    Optional<Roster> byName = bySheetName(name);
    if (byName.isPresent()) {
      return byName.get();
    }
    List<BufferedRow> first = new ArrayList<>();
    try (Stream<Row> stream = sheet.openStream()) {
      Iterator<Row> rows = stream.iterator();
      while (rows.hasNext() && first.size() < LayoutDetector.SCAN) {
        SheetRow cells = new SheetRow("", name, rows.next());
        if (!RosterRows.isBlank(cells)) {
          first.add(BufferedRow.of(cells));
        }
      }
    } catch (IOException | RuntimeException e) {
      return Roster.MEMBERS; // reported when the sheet is read
    }
    return first.isEmpty()
        ? Roster.MEMBERS
        : RosterHeaders.recognize(LayoutDetector.detect(first).headers());
  }

  private static Optional<Roster> bySheetName(String sheetName) {
    for (Roster roster : Roster.values()) {
      if (roster.label().equals(sheetName.strip())
          || roster.code().equalsIgnoreCase(sheetName.strip())) {
        return Optional.of(roster);
      }
    }
    return Optional.empty();
  }

  /** Reports what fastexcel could not read ({@code what}: the workbook or the sheet). */
  private static void syntax(ReadContext context, Location location, String what, Exception e) {
    stop(
        context,
        InputProblem.SYNTAX,
        location,
        RosterSyntaxDetails.of(
            what
                + " cannot be read: "
                + CellText.safeDetail(e.getClass().getSimpleName() + ": " + e.getMessage())));
  }

  private static void stop(
      ReadContext context, InputProblem problem, Location location, Map<String, String> arguments) {
    context.problem(problem, location, "", arguments);
    context.stoppedEarly();
  }

  /** The cells of one sheet row. */
  private static final class SheetRow implements RowCells {
    final String source;
    final String sheet;
    final Row row;

    SheetRow(String source, String sheet, Row row) {
      this.source = source;
      this.sheet = sheet;
      this.row = row;
    }

    private Cell at(int index) {
      return index < row.getCellCount() ? row.getCell(index) : null;
    }

    @Override
    public int size() {
      return row.getCellCount();
    }

    @Override
    public String text(int index) {
      Cell cell = at(index);
      if (cell == null || cell.getType() == CellType.EMPTY) {
        return null;
      }
      if (cell.getType() == CellType.FORMULA) {
        return cell.getFormula() == null ? "" : "=" + cell.getFormula();
      }
      String raw = cell.getRawValue();
      if (raw == null) {
        return null;
      }
      return cell.getType() == CellType.NUMBER ? CellText.plainNumber(raw) : raw;
    }

    @Override
    public boolean isNumber(int index) {
      Cell cell = at(index);
      return cell != null && cell.getType() == CellType.NUMBER;
    }

    @Override
    public boolean isFormula(int index) {
      Cell cell = at(index);
      return cell != null && cell.getType() == CellType.FORMULA;
    }

    @Override
    public ImmutableLocation.Builder cell(int index) {
      return Location.builder()
          .sheet(sheet)
          .row(row.getRowNum())
          .cell(XlsxGuard.reference(row.getRowNum(), index));
    }

    @Override
    public ImmutableLocation.Builder row() {
      return Location.builder().sheet(sheet).row(row.getRowNum());
    }
  }
}
