package org.dangjian.io.roster.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.util.CellReference;
import org.dangjian.io.Roster;
import org.dangjian.io.roster.RosterColumn;
import org.dangjian.io.roster.RosterMapping;
import org.dangjian.validation.InputProblem;

/**
 * The layout of a roster read through a {@link RosterMapping} instead of {@link LayoutDetector}:
 * each column's field is the one the mapping gives by letter, else by header text, else the one the
 * header vocabulary knows; a column with an unknown header is kept as extras (reported once, as
 * information); without a header row, an unmapped column is kept as extras named by its letter
 * ({@code 列H}). Header texts the mapping names but the header row lacks are {@code
 * IO-HEADER-MISSING}, as are required fields neither mapped nor given a default.
 */
final class MappedLayout {

  private MappedLayout() {}

  /**
   * The layout of a roster whose header texts are {@code headers} (empty without a header row) and
   * whose first data row has {@code width} cells.
   */
  static Optional<RosterHeaders.Layout> resolve(
      RosterMapping mapping,
      List<String> headers,
      int width,
      Optional<Roster> bySheet,
      RosterHeaders.Problems problems) {
    HeaderVocabulary vocabulary = HeaderVocabulary.defaults();
    Roster roster =
        mapping.roster().or(() -> bySheet).orElseGet(() -> RosterHeaders.recognize(headers));
    boolean noHeader = mapping.headerRow() == 0;
    int n = Math.max(headers.size(), width);
    for (int letter : mapping.columnsByLetter().keySet()) {
      n = Math.max(n, letter + 1);
    }
    List<RosterColumn> columns = new ArrayList<>(n);
    List<String> written = new ArrayList<>(n);
    List<String> extras = new ArrayList<>(n);
    Map<RosterColumn, Integer> first = new HashMap<>();
    Set<String> headerKeysSeen = new HashSet<>();
    boolean ok = true;
    for (int i = 0; i < n; i++) {
      String header = i < headers.size() ? RosterHeaders.trim(headers.get(i)) : "";
      String key = RosterHeaders.key(header);
      RosterColumn column = mapping.columnsByLetter().get(i);
      if (column == null && !header.isEmpty()) {
        column = mapping.columnsByHeader().get(key);
        if (column != null) {
          headerKeysSeen.add(key);
        } else if (!vocabulary.isIgnored(header)) {
          column = vocabulary.column(roster, header).orElse(null);
        }
      }
      if (column != null && column.roster() != roster) {
        column = null;
      }
      String extra = null;
      if (column == null
          && !header.isEmpty()
          && !vocabulary.isIgnored(header)
          && !RosterHeaders.keepsExtras(roster)) {
        problems.report(
            InputProblem.COLUMN_NOT_KEPT,
            i,
            header,
            Map.of("header", header, "roster", roster.label()));
      } else if (column == null && !header.isEmpty() && !vocabulary.isIgnored(header)) {
        problems.report(InputProblem.HEADER_UNKNOWN, i, header, Map.of("header", header));
        extra = header;
      } else if (column == null
          && header.isEmpty()
          && noHeader
          && i < width
          && RosterHeaders.keepsExtras(roster)) {
        extra = "列" + CellReference.convertNumToColString(i);
      }
      if (column != null && first.containsKey(column)) {
        problems.report(
            InputProblem.HEADER_DUPLICATE,
            i,
            header.isEmpty() ? column.header() : header,
            Map.of(
                "header",
                header.isEmpty() ? column.header() : header,
                "first",
                Integer.toString(first.get(column) + 1)));
        ok = false;
        column = null;
      } else if (column != null) {
        first.put(column, i);
      }
      columns.add(column);
      extras.add(extra);
      written.add(!header.isEmpty() ? header : column != null ? column.header() : extra);
    }
    for (Map.Entry<String, RosterColumn> named : mapping.columnsByHeader().entrySet()) {
      if (!noHeader
          && !headerKeysSeen.contains(named.getKey())
          && !first.containsKey(named.getValue())) {
        problems.report(
            InputProblem.HEADER_MISSING, -1, named.getKey(), Map.of("header", named.getKey()));
      }
    }
    for (RosterColumn column : RosterHeaders.columns(roster)) {
      if (column.required()
          && !first.containsKey(column)
          && !mapping.defaults().containsKey(column)
          && !RecordIds.derivable(column)) {
        problems.report(
            InputProblem.HEADER_MISSING, -1, column.header(), Map.of("header", column.header()));
        ok = false;
      }
    }
    List<String> shown = new ArrayList<>(written.size());
    written.forEach(w -> shown.add(w == null ? "" : w));
    return ok
        ? Optional.of(
            new RosterHeaders.Layout(
                roster,
                Collections.unmodifiableList(columns),
                Collections.unmodifiableList(shown),
                Collections.unmodifiableList(extras)))
        : Optional.empty();
  }
}
