package org.dangjian.io.roster.internal.xls;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.dangjian.core.record.ImmutableLocation;
import org.dangjian.core.record.Location;
import org.dangjian.io.roster.internal.RowCells;

/**
 * The cells of one XLS sheet row as the event reader collected them: the text of each cell by
 * 0-based column (absent cells are null), whether it was a number or a formula, and its location
 * (sheet, 1-based row, cell reference such as {@code F12}).
 */
final class XlsRow implements RowCells {

  private final String sheet;
  private final int row;
  private final List<String> texts = new ArrayList<>();
  private final List<Boolean> numbers = new ArrayList<>();
  private final List<Boolean> formulas = new ArrayList<>();

  /** An empty row {@code row} (1-based) of {@code sheet}. */
  XlsRow(String sheet, int row) {
    this.sheet = sheet;
    this.row = row;
  }

  /** The 1-based row number. */
  int number() {
    return row;
  }

  /** Sets cell {@code column} (0-based). */
  void put(int column, String text, boolean number, boolean formula) {
    while (texts.size() <= column) {
      texts.add(null);
      numbers.add(false);
      formulas.add(false);
    }
    texts.set(column, text);
    numbers.set(column, number);
    formulas.set(column, formula);
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
    return index < numbers.size() && numbers.get(index);
  }

  @Override
  public boolean isFormula(int index) {
    return index < formulas.size() && formulas.get(index);
  }

  @Override
  public ImmutableLocation.Builder cell(int index) {
    return row().cell(reference(row, index));
  }

  @Override
  public ImmutableLocation.Builder row() {
    return Location.builder().sheet(sheet).row(row);
  }

  /** The A1-style reference of a 1-based row and 0-based column, such as {@code F12}. */
  static String reference(int row, int column) {
    return CellReference.convertNumToColString(column) + row;
  }
}
