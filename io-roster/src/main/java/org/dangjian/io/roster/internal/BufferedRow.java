package org.dangjian.io.roster.internal;

import java.util.ArrayList;
import java.util.List;
import org.dangjian.core.record.ImmutableLocation;
import org.dangjian.core.record.Location;

/**
 * A copy of a {@link RowCells} that outlives the reader's current row: the rows above and just
 * below a header are kept while {@link LayoutDetector} looks for the header, then replayed.
 */
public final class BufferedRow implements RowCells {

  private final List<String> texts;
  private final boolean[] numbers;
  private final boolean[] formulas;
  private final List<Location> cells;
  private final Location row;

  private BufferedRow(RowCells source) {
    int size = source.size();
    this.texts = new ArrayList<>(size);
    this.numbers = new boolean[size];
    this.formulas = new boolean[size];
    this.cells = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      texts.add(source.text(i));
      numbers[i] = source.isNumber(i);
      formulas[i] = source.isFormula(i);
      cells.add(source.cell(i).build());
    }
    this.row = source.row().build();
  }

  /** A copy of {@code cells}. */
  public static BufferedRow of(RowCells cells) {
    return cells instanceof BufferedRow buffered ? buffered : new BufferedRow(cells);
  }

  /** The 1-based row (spreadsheets) or line (CSV) of the row. */
  public int number() {
    return row.row().orElse(row.line().orElse(0));
  }

  /** The location of the row, without source. */
  public Location location() {
    return row;
  }

  /** The trimmed text of cell {@code index}; empty for a blank or absent cell. */
  public String trimmed(int index) {
    return RosterHeaders.trim(text(index));
  }

  @Override
  public int size() {
    return texts.size();
  }

  @Override
  public String text(int index) {
    return index < texts.size() ? texts.get(index) : null;
  }

  @Override
  public boolean isNumber(int index) {
    return index < numbers.length && numbers[index];
  }

  @Override
  public boolean isFormula(int index) {
    return index < formulas.length && formulas[index];
  }

  @Override
  public ImmutableLocation.Builder cell(int index) {
    if (index < cells.size()) {
      return copy(cells.get(index));
    }
    ImmutableLocation.Builder past = Location.builder();
    row.sheet().ifPresent(past::sheet);
    row.row().ifPresent(past::row);
    row.line().ifPresent(past::line);
    if (row.line().isPresent()) {
      past.column(index + 1);
    }
    return past;
  }

  /** A builder holding the file position of {@code at} (a strict builder has no {@code from}). */
  private static ImmutableLocation.Builder copy(Location at) {
    ImmutableLocation.Builder b = Location.builder();
    at.sheet().ifPresent(b::sheet);
    at.row().ifPresent(b::row);
    at.cell().ifPresent(b::cell);
    at.line().ifPresent(b::line);
    at.column().ifPresent(b::column);
    return b;
  }

  @Override
  public ImmutableLocation.Builder row() {
    return copy(row);
  }
}
