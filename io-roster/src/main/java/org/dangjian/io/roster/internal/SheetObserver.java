package org.dangjian.io.roster.internal;

import java.util.List;
import java.util.Optional;

/**
 * Told by {@link RosterSheet} what it decided about each roster it reads, row by row: a {@link
 * org.dangjian.io.spi.ReadContext} that also implements this interface receives the events of every
 * sheet of the file, in order. This is how {@code RosterInspector} shows the layout the readers
 * actually used, without a second detector: it reads the file with the real reader and listens.
 */
public interface SheetObserver {

  /** A new roster begins: a CSV file ({@code sheet} null) or one sheet of a workbook. */
  void begin(String sheet);

  /** A blank row, skipped. */
  void blank(RowCells row);

  /** The first non-blank rows of a sheet without a roster header, which is not read. */
  void notRoster(List<BufferedRow> scanned);

  /**
   * The header was decided.
   *
   * @param above the non-blank rows above the header (title and unit rows), skipped
   * @param header the header as detected
   * @param headerRows the header's rows (one or two)
   * @param layout the resolved columns, empty when the header cannot be followed (a duplicate or a
   *     missing required column)
   */
  void header(
      List<BufferedRow> above,
      LayoutDetector.Header header,
      List<BufferedRow> headerRows,
      Optional<RosterHeaders.Layout> layout);

  /** A data row, about to be decoded with {@code layout}. */
  void data(RowCells row, RosterHeaders.Layout layout);

  /** A footer row, skipped. */
  void footer(RowCells row);
}
