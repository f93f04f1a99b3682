package org.dangjian.validation.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.core.record.ImmutableLocation;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;

/**
 * The locations of every record of a run in compact form, so that a dataset check can report at a
 * record it saw long ago by its index: per record the id (UTF-8 bytes in one growing array), the
 * line and row, and the number of its origin (the file and sheet it came from, each distinct pair
 * kept once), about {@code 16 + id length} bytes per record. A record read from one of several
 * files is thus reported in its own file and sheet, not in the run's combined source. Finer parts
 * of a location (column, cell, JSON pointer) are kept only for the issues reported while the record
 * is at hand.
 */
final class RecordLocations {

  private final String source;
  private final Map<RecordKind, Column> columns = new EnumMap<>(RecordKind.class);
  private final Map<Origin, Integer> originNumbers = new HashMap<>();
  private final List<Origin> origins = new ArrayList<>();

  /** Where a record came from: its file (or the run's source) and its sheet, if any. */
  private record Origin(String source, String sheet) {}

  RecordLocations(String source) {
    this.source = source;
  }

  String source() {
    return source;
  }

  /** Remembers the location of the next record of {@code type}; returns its index. */
  int add(RecordKind type, String id, Location location) {
    Origin origin = new Origin(location.source().orElse(source), location.sheet().orElse(null));
    Integer number = originNumbers.get(origin);
    if (number == null) {
      number = origins.size();
      origins.add(origin);
      originNumbers.put(origin, number);
    }
    return columns.computeIfAbsent(type, t -> new Column()).add(id, location, number);
  }

  /** The number of records of {@code type} seen. */
  int count(RecordKind type) {
    Column column = columns.get(type);
    return column == null ? 0 : column.size;
  }

  /** The location of record {@code index} of {@code type}, without a field. */
  Location location(RecordKind type, int index) {
    Column column = columns.get(type);
    Origin origin = origins.get(column.origins[index]);
    ImmutableLocation.Builder builder =
        Location.builder()
            .source(origin.source())
            .recordKind(type)
            .recordIndex(index)
            .recordId(column.id(index));
    if (origin.sheet() != null) {
      builder.sheet(origin.sheet());
    }
    if (column.lines[index] > 0) {
      builder.line(column.lines[index]);
    }
    if (column.rows[index] > 0) {
      builder.row(column.rows[index]);
    }
    return builder.build();
  }

  /** The id of record {@code index} of {@code type}. */
  String id(RecordKind type, int index) {
    return columns.get(type).id(index);
  }

  private static final class Column {
    private byte[] ids = new byte[1024];
    private int[] offsets = new int[65];
    private int[] lines = new int[64];
    private int[] rows = new int[64];
    private int[] origins = new int[64];
    private int size;

    int add(String id, Location location, int origin) {
      byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
      if (size + 1 >= offsets.length) {
        int grown = offsets.length * 2;
        offsets = Arrays.copyOf(offsets, grown);
        lines = Arrays.copyOf(lines, grown);
        rows = Arrays.copyOf(rows, grown);
        origins = Arrays.copyOf(origins, grown);
      }
      int start = offsets[size];
      if (start + bytes.length > ids.length) {
        ids = Arrays.copyOf(ids, Math.max(ids.length * 2, start + bytes.length));
      }
      System.arraycopy(bytes, 0, ids, start, bytes.length);
      offsets[size + 1] = start + bytes.length;
      lines[size] = location.line().orElse(0);
      rows[size] = location.row().orElse(0);
      origins[size] = origin;
      return size++;
    }

    String id(int index) {
      return new String(
          ids, offsets[index], offsets[index + 1] - offsets[index], StandardCharsets.UTF_8);
    }
  }
}
