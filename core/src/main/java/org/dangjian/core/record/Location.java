package org.dangjian.core.record;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Where an issue is: the source (a file name or another label), the record (its kind, its 0-based
 * index among the records of that kind in the source, its id), where the record sits in the file
 * (1-based line and column for text formats, sheet, 1-based row and cell reference such as {@code
 * F12} for spreadsheets, a JSON pointer for JSON), and the field within the record as a path of
 * domain names such as {@code development.training.days} or {@code dues.payments[3].amount}. Every
 * part is optional; readers fill what they know.
 */
@Value.Immutable
public interface Location {

  /** The source: a file name, or a label such as {@code dataset}. */
  Optional<String> source();

  /** The kind of the record; absent for issues of the dataset as a whole. */
  Optional<RecordKind> recordKind();

  /** The 0-based index of the record among the records of its kind in the source. */
  OptionalLong recordIndex();

  /** The id of the record. */
  Optional<String> recordId();

  /** The 1-based line in a text file. */
  OptionalInt line();

  /** The 1-based column in a text file. */
  OptionalInt column();

  /** The sheet of a workbook. */
  Optional<String> sheet();

  /** The 1-based row of a sheet. */
  OptionalInt row();

  /** The cell reference of a sheet, for example {@code F12}. */
  Optional<String> cell();

  /** The JSON pointer (RFC 6901) of the value in a JSON document. */
  Optional<String> jsonPointer();

  /** The field path in domain names, for example {@code development.training.days}. */
  Optional<String> fieldPath();

  /** A location with nothing known yet. */
  static Location unknown() {
    return builder().build();
  }

  /** A location of a record of a source. */
  static Location ofRecord(String source, RecordKind kind, long index, String id) {
    return builder().source(source).recordKind(kind).recordIndex(index).recordId(id).build();
  }

  /** A copy pointing at a field of the record; the field path is replaced. */
  default Location atField(String fieldPath) {
    return ImmutableLocation.copyOf(this).withFieldPath(fieldPath);
  }

  /** Starts a builder. */
  static ImmutableLocation.Builder builder() {
    return ImmutableLocation.builder();
  }
}
