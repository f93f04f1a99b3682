package org.dangjian.core.record;

import java.util.Optional;

/**
 * Where the fields of one record sit in its file, for readers that know more than the record's
 * position: a spreadsheet roster knows the cell of each field ({@code birthDate} is in {@code
 * F12}), so an issue a validation rule raises about a field names that cell, not only the row. A
 * reader passes one with each record; {@link #none()} knows nothing, and an issue then stays at the
 * record's location with the field path added.
 */
@FunctionalInterface
public interface FieldLocator {

  /**
   * The file position of the field {@code fieldPath} (a domain path such as {@code birthDate}): a
   * location holding only what places it in the file (sheet, row and cell reference, or line and
   * column), or empty when the field was not read from one place.
   */
  Optional<Location> position(String fieldPath);

  /**
   * The location of field {@code fieldPath} of the record at {@code record}: the record's location
   * with the field path, and the cell, line and column of the field where this locator knows them.
   */
  default Location locate(Location record, String fieldPath) {
    ImmutableLocation at = ImmutableLocation.copyOf(record).withFieldPath(fieldPath);
    Optional<Location> position = position(fieldPath);
    if (position.isEmpty()) {
      return at;
    }
    Location p = position.get();
    if (p.cell().isPresent()) {
      at = at.withCell(p.cell().get());
    }
    if (p.row().isPresent()) {
      at = at.withRow(p.row().getAsInt());
    }
    if (p.line().isPresent()) {
      at = at.withLine(p.line().getAsInt());
    }
    if (p.column().isPresent()) {
      at = at.withColumn(p.column().getAsInt());
    }
    return at;
  }

  /** A locator that knows no field's position. */
  static FieldLocator none() {
    return field -> Optional.empty();
  }
}
