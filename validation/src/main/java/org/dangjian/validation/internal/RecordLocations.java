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
 * record it saw long ago by its index: per record the id (UTF-8), the line and row, and the number
 * of its origin (the file and sheet it came from, each distinct pair kept once). A record read from
 * one of several files is thus reported in its own file and sheet, not in the run's combined
 * source. Finer parts of a location (column, cell, JSON pointer) are kept only for the issues
 * reported while the record is at hand.
 *
 * <p>Records are packed in blocks of {@value LocationBlocks#RECORDS} per kind, {@code 16 + id
 * length} bytes per record; full blocks stay in memory up to a budget of bytes and later ones go to
 * a temporary file ({@link LocationBlocks}), so the heap holds a bounded amount however many
 * records stream by. What is looked up is the same either way.
 */
final class RecordLocations {

  private final String source;
  private final Map<RecordKind, Column> columns = new EnumMap<>(RecordKind.class);
  private final Map<Origin, Integer> originNumbers = new HashMap<>();
  private final List<Origin> origins = new ArrayList<>();
  private final LocationBlocks store;

  /** Where a record came from: its file (or the run's source) and its sheet, if any. */
  private record Origin(String source, String sheet) {}

  /**
   * Locations of a run over {@code source}, with an in-memory budget of a sixteenth of the heap.
   */
  RecordLocations(String source) {
    this(source, LocationBlocks.defaultBudget());
  }

  /** Locations whose full blocks stay in memory up to {@code budget} bytes, then are spilled. */
  RecordLocations(String source, long budget) {
    this.source = source;
    this.store = new LocationBlocks(budget);
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
    return columns
        .computeIfAbsent(type, t -> new Column())
        .add(id, location.line().orElse(0), location.row().orElse(0), number);
  }

  /** The number of records of {@code type} seen. */
  int count(RecordKind type) {
    Column column = columns.get(type);
    return column == null ? 0 : column.size;
  }

  /** The location of record {@code index} of {@code type}, without a field. */
  synchronized Location location(RecordKind type, int index) {
    Column column = columns.get(type);
    int line;
    int row;
    int originNumber;
    String id;
    int j = index % LocationBlocks.RECORDS;
    if (index >= column.sealed) {
      line = column.lines[j];
      row = column.rows[j];
      originNumber = column.origins[j];
      id = column.id(j);
    } else {
      LocationBlocks.Block block = store.block(column.blocks[index / LocationBlocks.RECORDS]);
      line = block.line(j);
      row = block.row(j);
      originNumber = block.origin(j);
      id = block.id(j);
    }
    Origin origin = origins.get(originNumber);
    ImmutableLocation.Builder builder =
        Location.builder().source(origin.source()).recordKind(type).recordIndex(index).recordId(id);
    if (origin.sheet() != null) {
      builder.sheet(origin.sheet());
    }
    if (line > 0) {
      builder.line(line);
    }
    if (row > 0) {
      builder.row(row);
    }
    return builder.build();
  }

  /** The id of record {@code index} of {@code type}. */
  synchronized String id(RecordKind type, int index) {
    Column column = columns.get(type);
    if (index >= column.sealed) {
      return column.id(index % LocationBlocks.RECORDS);
    }
    return store
        .block(column.blocks[index / LocationBlocks.RECORDS])
        .id(index % LocationBlocks.RECORDS);
  }

  /** Bytes of full blocks written to the temporary file so far (0 while all fit in memory). */
  long spilledBytes() {
    return store.spilledBytes();
  }

  /** Deletes the temporary file; counts stay, look-ups of spilled records fail afterwards. */
  void close() {
    store.close();
  }

  /** The records of one kind: the block being filled, and the handles of the full ones. */
  private final class Column {
    private int[] blocks = new int[16];
    private final int[] lines = new int[LocationBlocks.RECORDS];
    private final int[] rows = new int[LocationBlocks.RECORDS];
    private final int[] origins = new int[LocationBlocks.RECORDS];
    private final int[] offsets = new int[LocationBlocks.RECORDS + 1];
    private byte[] ids = new byte[256];
    private int size;
    private int sealed;

    int add(String id, int line, int row, int origin) {
      byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
      int j = size - sealed;
      int start = offsets[j];
      if (start + bytes.length > ids.length) {
        ids = Arrays.copyOf(ids, Math.max(ids.length * 2, start + bytes.length));
      }
      System.arraycopy(bytes, 0, ids, start, bytes.length);
      offsets[j + 1] = start + bytes.length;
      lines[j] = line;
      rows[j] = row;
      origins[j] = origin;
      size++;
      if (j + 1 == LocationBlocks.RECORDS) {
        synchronized (RecordLocations.this) {
          int count = size / LocationBlocks.RECORDS;
          if (count > blocks.length) {
            blocks = Arrays.copyOf(blocks, blocks.length * 2);
          }
          blocks[count - 1] = store.seal(j + 1, lines, rows, origins, offsets, ids);
          sealed = size;
        }
        offsets[0] = 0;
      }
      return size - 1;
    }

    String id(int j) {
      return new String(ids, offsets[j], offsets[j + 1] - offsets[j], StandardCharsets.UTF_8);
    }
  }
}
