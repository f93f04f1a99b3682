package org.dangjian.io.roster.internal;

import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.util.CellReference;
import org.dangjian.core.record.FieldLocator;
import org.dangjian.core.record.Location;

/**
 * The cells of one roster row by field, handed to validation with the row's record so that the
 * issues of a field (ID-BIRTH at 出生日期, ID-GENDER at 性别) name the cell, such as {@code F12}, or the
 * CSV line and column. It holds only numbers taken from the row when it was read, never the row
 * itself, which a reader may reuse for the next one.
 */
final class FieldCells implements FieldLocator {

  /** The 0-based column of each field path of the layout. */
  private final Map<String, Integer> indexes;

  /** The 1-based spreadsheet row, or 0 for a CSV record. */
  private final int row;

  /** The CSV line of the record's first cell (unused for a spreadsheet). */
  private final int line;

  /** The CSV line of each cell of a record that spans lines, or null. */
  private final int[] lines;

  private FieldCells(Map<String, Integer> indexes, int row, int line, int[] lines) {
    this.indexes = indexes;
    this.row = row;
    this.line = line;
    this.lines = lines;
  }

  /**
   * The cells of {@code cells}, whose columns are {@code indexes}; {@code at} is the row's location
   * the reader already built for its record (its row, or its first CSV line).
   */
  static FieldCells of(RowCells cells, Map<String, Integer> indexes, Location at) {
    if (at.row().isPresent()) {
      return new FieldCells(indexes, at.row().getAsInt(), 0, null);
    }
    int first = at.line().orElse(1);
    int last =
        cells.size() == 0 ? first : cells.cell(cells.size() - 1).build().line().orElse(first);
    int[] lines = null;
    if (last != first) {
      lines = new int[cells.size()];
      for (int i = 0; i < lines.length; i++) {
        lines[i] = cells.cell(i).build().line().orElse(first);
      }
    }
    return new FieldCells(indexes, 0, first, lines);
  }

  @Override
  public Optional<Location> position(String fieldPath) {
    Integer index = indexes.get(fieldPath);
    if (index == null) {
      return Optional.empty();
    }
    if (row > 0) {
      String cell = CellReference.convertNumToColString(index) + row;
      return Optional.of(Location.builder().row(row).cell(cell).build());
    }
    int at = lines != null && index < lines.length ? lines[index] : line;
    return Optional.of(Location.builder().line(at).column(index + 1).build());
  }
}
