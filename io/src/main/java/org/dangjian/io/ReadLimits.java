package org.dangjian.io;

import org.immutables.value.Value;

/**
 * The limits a reader enforces so that no input can exhaust memory or time: JSON nesting and the
 * lengths of strings, numbers and names; the size of one record; CSV field length and column count;
 * XLSX rows per sheet, characters per cell, ZIP entries, inflate ratio, uncompressed size and the
 * shared-string table. An input beyond a limit is reported as {@code IO-LIMIT} naming the limit
 * (the name is the accessor's, such as {@code maxNestingDepth}); reading then stops for that file.
 * The defaults suit real rosters and exchange files with a wide margin; {@link #defaults()} gives
 * them.
 */
@Value.Immutable
public interface ReadLimits {

  /** Deepest JSON nesting of objects and arrays. */
  @Value.Default
  default int maxNestingDepth() {
    return 64;
  }

  /** Longest JSON string value, in characters. */
  @Value.Default
  default int maxStringLength() {
    return 100_000;
  }

  /** Longest JSON number, in characters. */
  @Value.Default
  default int maxNumberLength() {
    return 64;
  }

  /** Longest JSON property name, in characters. */
  @Value.Default
  default int maxNameLength() {
    return 256;
  }

  /** Largest record: bytes of one JSON Lines line, or characters of one JSON record or CSV row. */
  @Value.Default
  default int maxRecordSize() {
    return 4 * 1024 * 1024;
  }

  /** Longest CSV field, in characters (the XLSX cell limit). */
  @Value.Default
  default int maxFieldLength() {
    return 32_767;
  }

  /** Most columns of a CSV file or XLSX sheet. */
  @Value.Default
  default int maxColumns() {
    return 256;
  }

  /** Most rows of an XLSX sheet, the header row included (Excel's own limit). */
  @Value.Default
  default int maxSheetRows() {
    return 1_048_576;
  }

  /** Most characters in one XLSX cell (Excel's own limit). */
  @Value.Default
  default int maxCellCharacters() {
    return 32_767;
  }

  /** Most entries in an XLSX file's ZIP directory. */
  @Value.Default
  default int maxZipEntries() {
    return 1_000;
  }

  /** Highest ratio of uncompressed to compressed size of any XLSX ZIP entry. */
  @Value.Default
  default int maxInflateRatio() {
    return 100;
  }

  /** Most bytes any XLSX ZIP entry may inflate to. */
  @Value.Default
  default long maxEntryBytes() {
    return 2L * 1024 * 1024 * 1024;
  }

  /** Most strings in an XLSX shared-string table. */
  @Value.Default
  default int maxSharedStrings() {
    return 2_000_000;
  }

  /** Most characters in an XLSX shared-string table, all strings together. */
  @Value.Default
  default long maxSharedStringCharacters() {
    return 100_000_000L;
  }

  /** The default limits. */
  static ReadLimits defaults() {
    return ImmutableReadLimits.builder().build();
  }

  /** A builder starting from the defaults. */
  static ImmutableReadLimits.Builder builder() {
    return ImmutableReadLimits.builder();
  }
}
