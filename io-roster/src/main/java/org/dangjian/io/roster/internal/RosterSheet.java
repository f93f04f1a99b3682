package org.dangjian.io.roster.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjian.core.record.ImmutableLocation;
import org.dangjian.core.record.Location;
import org.dangjian.io.Roster;
import org.dangjian.io.roster.RosterColumn;
import org.dangjian.io.roster.RosterMapping;
import org.dangjian.io.spi.ReadContext;
import org.dangjian.validation.InputProblem;

/**
 * The row pipeline of one roster (a CSV file or one sheet of a workbook), shared by every roster
 * reader: it keeps the first non-blank rows until {@link LayoutDetector} has found the header
 * (skipping title rows above it), resolves the header ({@link RosterHeaders}), hands every further
 * row to {@link RosterRows}, skips the footer (from the first footer row on), and reports what it
 * detected once, as {@code IO-LAYOUT} information at the header, unless the layout is the plain one
 * our own exports write. A reader calls {@link #row} for every row in order, then {@link #finish}.
 * A context that is also a {@link SheetObserver} is told each of these decisions.
 */
public final class RosterSheet {

  private final ReadContext context;
  private final String source;
  private final String sheet;
  private final Optional<Roster> bySheet;
  private final boolean date1904;
  private final Map<Roster, Long> indexes;
  private final OrganizationNames names;
  private final SheetObserver observer;
  private final RosterMapping mapping;
  private final List<BufferedRow> scanned = new ArrayList<>();
  private RosterRows rows;
  private RosterHeaders.Layout layout;
  private LayoutDetector.Header header;
  private BufferedRow headerRow;
  private int footerFrom;
  private int footerRows;
  private boolean stopped;
  private boolean skipped;

  /**
   * The pipeline of one roster.
   *
   * @param sheet the sheet name, or null for a CSV file
   * @param bySheet the roster the sheet's name says, if it says one
   * @param indexes the next record index of each roster in this file, updated as rows are read
   * @param names the organizations of this file, shared by its sheets
   */
  public RosterSheet(
      ReadContext context,
      String source,
      String sheet,
      Optional<Roster> bySheet,
      boolean date1904,
      Map<Roster, Long> indexes,
      OrganizationNames names) {
    this.context = context;
    this.source = source;
    this.sheet = sheet;
    this.bySheet = bySheet;
    this.date1904 = date1904;
    this.indexes = indexes;
    this.names = names;
    this.observer = context instanceof SheetObserver o ? o : null;
    this.mapping =
        context
            .options()
            .readerSettings(RosterMapping.class)
            .filter(m -> m.appliesTo(sheet))
            .orElse(null);
    if (observer != null) {
      observer.begin(sheet);
    }
  }

  /** The roster of this sheet, once its header is known. */
  public Optional<Roster> roster() {
    return Optional.ofNullable(layout).map(RosterHeaders.Layout::roster);
  }

  /** True when no non-blank row was seen. */
  public boolean isEmpty() {
    return rows == null && scanned.isEmpty();
  }

  /** Takes the next row of the sheet; false when reading of the file must stop. */
  public boolean row(RowCells cells) {
    if (stopped) {
      return false;
    }
    if (RosterRows.isBlank(cells)) {
      if (observer != null && !skipped) {
        observer.blank(cells);
      }
      return true;
    }
    if (skipped) {
      return true;
    }
    if (rows == null && mapping != null) {
      BufferedRow row = BufferedRow.of(cells);
      if (row.number() < mapping.dataRow()) {
        scanned.add(row);
        return true;
      }
      return decideMapped(row.size()) && data(row);
    }
    if (rows == null) {
      scanned.add(BufferedRow.of(cells));
      return scanned.size() < LayoutDetector.SCAN || decide();
    }
    return data(cells);
  }

  /** Ends the sheet: decides a header still pending, reports the layout; false to stop. */
  public boolean finish() {
    if (stopped) {
      return false;
    }
    if (rows == null && mapping != null && !scanned.isEmpty() && !decideMapped(0)) {
      return false;
    }
    if (rows == null && !skipped && !scanned.isEmpty() && !decide()) {
      return false;
    }
    if (layout != null && (mapping != null || !isPlain())) {
      report();
    }
    return true;
  }

  private boolean decide() {
    header = LayoutDetector.detect(scanned);
    headerRow = scanned.get(header.first());
    if (!header.found() && sheet != null && bySheet.isEmpty()) {
      // a sheet of notes (说明) or anything else with no roster header: said, not read
      skipped = true;
      if (observer != null) {
        observer.notRoster(List.copyOf(scanned));
      }
      context.problem(
          InputProblem.LAYOUT,
          headerRow.row().source(source).build(),
          "",
          Map.of(
              "detail",
              "工作表“" + sheet + "”前 " + scanned.size() + " 个非空行中没有名册表头，未读取该表",
              "detailEn",
              "sheet \""
                  + sheet
                  + "\" has no roster header in its first "
                  + scanned.size()
                  + " non-blank rows and was not read"));
      scanned.clear();
      return true;
    }
    Optional<RosterHeaders.Layout> resolved =
        RosterHeaders.resolve(
            header.headers(),
            bySheet,
            (problem, index, text, arguments) ->
                context.problem(
                    problem,
                    (index >= 0 ? headerRow.cell(index) : headerRow.row()).source(source).build(),
                    text,
                    arguments));
    if (observer != null) {
      observer.header(
          List.copyOf(scanned.subList(0, header.first())),
          header,
          List.copyOf(scanned.subList(header.first(), header.first() + header.rows())),
          resolved);
    }
    if (resolved.isEmpty()) {
      stop();
      return false;
    }
    layout = resolved.get();
    rows =
        new RosterRows(
            context, source, layout, date1904, indexes.getOrDefault(layout.roster(), 0L), names);
    List<BufferedRow> pending =
        List.copyOf(scanned.subList(header.first() + header.rows(), scanned.size()));
    scanned.subList(header.first() + header.rows(), scanned.size()).clear();
    for (BufferedRow row : pending) {
      if (!data(row)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Decides the layout through the mapping once the first data row (of {@code width} cells) or the
   * end of the sheet is reached: the scanned rows from the mapping's header row on are the header,
   * those above it are skipped as title rows.
   */
  private boolean decideMapped(int width) {
    int above = 0;
    while (above < scanned.size()
        && (mapping.headerRow() == 0 || scanned.get(above).number() < mapping.headerRow())) {
      above++;
    }
    List<BufferedRow> headerRows = List.copyOf(scanned.subList(above, scanned.size()));
    List<String> texts = new ArrayList<>();
    for (BufferedRow row : headerRows) {
      for (int c = 0; c < row.size(); c++) {
        String text = row.trimmed(c);
        while (texts.size() <= c) {
          texts.add("");
        }
        if (!text.isEmpty()) {
          // the lowest text of a column wins, as in a two-row header
          texts.set(c, text);
        }
      }
    }
    headerRow = headerRows.isEmpty() ? null : headerRows.get(0);
    Optional<RosterHeaders.Layout> resolved =
        MappedLayout.resolve(
            mapping,
            texts,
            width,
            bySheet,
            (problem, index, text, arguments) ->
                context.problem(problem, headerLocation(index), text, arguments));
    header =
        new LayoutDetector.Header(
            above,
            headerRows.size(),
            resolved.map(RosterHeaders.Layout::headers).orElse(texts),
            true);
    if (observer != null) {
      observer.header(List.copyOf(scanned.subList(0, above)), header, headerRows, resolved);
    }
    if (resolved.isEmpty()) {
      stop();
      return false;
    }
    layout = resolved.get();
    rows =
        new RosterRows(
                context, source, layout, date1904, indexes.getOrDefault(layout.roster(), 0L), names)
            .mapping(mapping);
    return true;
  }

  private Location headerLocation(int index) {
    if (headerRow == null) {
      ImmutableLocation.Builder where = Location.builder().source(source);
      if (sheet != null) {
        where.sheet(sheet);
      }
      return where.build();
    }
    return (index >= 0 ? headerRow.cell(index) : headerRow.row()).source(source).build();
  }

  private boolean data(RowCells cells) {
    if (footerRows > 0 || LayoutDetector.isFooter(cells)) {
      if (footerRows++ == 0) {
        footerFrom = BufferedRow.of(cells).number();
      }
      if (observer != null) {
        observer.footer(cells);
      }
      return true;
    }
    if (context.shouldStop()) {
      stop();
      return false;
    }
    if (observer != null) {
      observer.data(cells, layout);
    }
    rows.row(cells);
    indexes.put(rows.roster(), rows.nextIndex());
    return true;
  }

  private void stop() {
    stopped = true;
    context.stoppedEarly();
  }

  /**
   * True for the layout our own exports write: the header in the first non-blank row, one row,
   * every column known, an id column, no footer; such a layout is not reported.
   */
  private boolean isPlain() {
    RosterColumn id = RosterHeaders.idColumn(layout.roster());
    if (header.first() > 0 || header.rows() > 1 || footerRows > 0 || layout.indexOf(id) < 0) {
      return false;
    }
    for (int i = 0; i < layout.headers().size(); i++) {
      if (layout.column(i) == null && !layout.headers().get(i).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** Reports the layout once: header rows, each column's field or extras, skipped rows. */
  private void report() {
    if (headerRow == null) {
      context.problem(
          InputProblem.LAYOUT,
          headerLocation(-1),
          "",
          new LayoutNote(sheet, layout, true).withoutHeader(mapping.dataRow()));
      return;
    }
    int first = headerRow.number();
    int above = header.first();
    Map<String, String> note =
        new LayoutNote(sheet, layout, false)
            .withHeader(
                first,
                first + header.rows() - 1,
                above,
                above > 0 ? scanned.get(0).number() : 0,
                above > 0 ? scanned.get(above - 1).number() : 0,
                footerRows,
                footerFrom,
                mapping != null);
    context.problem(InputProblem.LAYOUT, headerRow.row().source(source).build(), "", note);
  }
}
