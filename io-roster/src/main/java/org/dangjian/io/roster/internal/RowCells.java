package org.dangjian.io.roster.internal;

import org.dangjian.core.record.ImmutableLocation;

/**
 * One row of a roster as a reader found it: the raw text of each cell by 0-based column, whether a
 * cell was a number or a formula (XLSX), and where each cell and the row sit in the file (CSV line
 * and column, XLSX sheet, row and cell reference). {@link RosterRows} adds the rest of a location.
 */
public interface RowCells {

  /** The number of cells read, blank ones included. */
  int size();

  /** The raw text of cell {@code index}, or null when the row has no such cell. */
  String text(int index);

  /** True when cell {@code index} was a numeric spreadsheet cell. */
  boolean isNumber(int index);

  /** True when cell {@code index} was a spreadsheet formula. */
  boolean isFormula(int index);

  /**
   * A location builder with the file position of cell {@code index}, which may lie past the end.
   */
  ImmutableLocation.Builder cell(int index);

  /** A location builder with the file position of the row. */
  ImmutableLocation.Builder row();
}
