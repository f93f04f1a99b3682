package org.dangjian.io.roster.internal.xls;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjian.io.Roster;
import org.dangjian.io.roster.internal.RosterHeaders;
import org.dangjian.io.roster.internal.RosterRows;
import org.dangjian.io.roster.internal.RowCells;
import org.dangjian.io.spi.ReadContext;

/**
 * One sheet of an XLS workbook as its rows arrive from the event reader: the first non-blank row is
 * the header, which names the roster (or the sheet's name does: 党员花名册, 党组织名册), and every later
 * non-blank row goes to {@link RosterRows}, as the XLSX reader does with a sheet. Records of one
 * kind are numbered across the sheets of a workbook.
 */
final class XlsSheet {

  private final ReadContext context;
  private final String source;
  private final String name;
  private final boolean date1904;
  private final Map<Roster, Long> indexes;
  private RosterRows roster;

  XlsSheet(
      ReadContext context,
      String source,
      String name,
      boolean date1904,
      Map<Roster, Long> indexes) {
    this.context = context;
    this.source = source;
    this.name = name;
    this.date1904 = date1904;
    this.indexes = indexes;
  }

  /** Takes one row; false when reading of the file must stop. */
  boolean row(RowCells cells) {
    if (RosterRows.isBlank(cells)) {
      return true;
    }
    if (roster == null) {
      Optional<RosterHeaders.Layout> layout = header(cells);
      if (layout.isEmpty()) {
        context.stoppedEarly();
        return false;
      }
      Roster which = layout.get().roster();
      roster =
          new RosterRows(context, source, layout.get(), date1904, indexes.getOrDefault(which, 0L));
      return true;
    }
    if (context.shouldStop()) {
      context.stoppedEarly();
      return false;
    }
    roster.row(cells);
    indexes.put(roster.roster(), roster.nextIndex());
    return true;
  }

  private Optional<RosterHeaders.Layout> header(RowCells cells) {
    List<String> headers = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      String text = cells.text(i);
      headers.add(text == null ? "" : text);
    }
    Optional<Roster> bySheet = Optional.empty();
    for (Roster candidate : Roster.values()) {
      if (candidate.label().equals(name.strip())
          || candidate.code().equalsIgnoreCase(name.strip())) {
        bySheet = Optional.of(candidate);
      }
    }
    return RosterHeaders.resolve(
        headers,
        bySheet,
        (problem, index, header, arguments) ->
            context.problem(
                problem,
                (index >= 0 ? cells.cell(index) : cells.row()).source(source).build(),
                header,
                arguments));
  }
}
