package org.dangjian.validation.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.validation.report.InputSummary;

/**
 * The mergeable partial state of a run fed in parts (a file, a split of a file, a partition of a
 * cluster job): what the dataset checks and the issue collector of the whole run need from one
 * part, in the part's feed order. Each record is kept as its kind, its encoded form (a {@link
 * RecordCodec} of the caller's), where it was read, and the reports its field and record checks
 * made (already masked); a problem a reader found between records is kept as a report with its
 * location. The record checks, the costly part, have run where the part was made; {@link
 * Run#replay} later feeds the parts, in the order of the input, to one run that opens each record
 * (its index among all records of its kind), accepts its reports and hands it to the dataset
 * checks, which is the very sequence of calls of a run over the whole input on one thread: the
 * report is the same, byte for byte. {@link #combine} appends one part to the one before it, so
 * parts combine in any grouping (associatively) as long as their order is kept. A segment is
 * serializable to travel between machines; it holds what the dataset checks read, so its records
 * are unmasked, while every report in it is masked as it would be in a report.
 */
public final class Segment implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<Entry> entries;
  private final long read;
  private final long accepted;
  private final long rejected;
  private final boolean stoppedEarly;

  private Segment(
      List<Entry> entries, long read, long accepted, long rejected, boolean stoppedEarly) {
    this.entries = entries;
    this.read = read;
    this.accepted = accepted;
    this.rejected = rejected;
    this.stoppedEarly = stoppedEarly;
  }

  /** The empty segment, the identity of {@link #combine}. */
  public static Segment empty() {
    return new Segment(List.of(), 0, 0, 0, false);
  }

  /**
   * {@code first} followed by {@code second}: their entries in that order, their summaries added.
   */
  public static Segment combine(Segment first, Segment second) {
    List<Entry> both = new ArrayList<>(first.entries.size() + second.entries.size());
    both.addAll(first.entries);
    both.addAll(second.entries);
    return new Segment(
        Collections.unmodifiableList(both),
        first.read + second.read,
        first.accepted + second.accepted,
        first.rejected + second.rejected,
        first.stoppedEarly || second.stoppedEarly);
  }

  /** This segment with the readers' summary of its input added to the one it has. */
  public Segment withInput(InputSummary input) {
    return new Segment(
        entries,
        read + input.read(),
        accepted + input.accepted(),
        rejected + input.rejected(),
        stoppedEarly || input.stoppedEarly());
  }

  /**
   * This segment with the record indexes its reader gave (the index of a record among the records
   * of its kind in its file) raised by {@code offsets} of their kind: for a split of a file read on
   * its own, whose reader counted from the split's first record, the records of each kind in the
   * splits before it. Kinds without an offset keep their indexes.
   */
  public Segment withRecordIndexesRaised(Map<RecordKind, Long> offsets) {
    List<Entry> raised = new ArrayList<>(entries.size());
    for (Entry entry : entries) {
      Long offset =
          entry.place.recordKind == null || entry.place.recordIndex < 0
              ? null
              : offsets.get(entry.place.recordKind);
      if (offset == null || offset == 0) {
        raised.add(entry);
      } else {
        Place place = entry.place.copy();
        place.recordIndex += offset;
        raised.add(new Entry(entry.kind, entry.encoded, place, entry.reports));
      }
    }
    return new Segment(
        Collections.unmodifiableList(raised), read, accepted, rejected, stoppedEarly);
  }

  /** The readers' summary of the input of this segment, summed over its parts. */
  public InputSummary input() {
    return new InputSummary(read, accepted, rejected, stoppedEarly);
  }

  /** The number of records in this segment. */
  public long records() {
    return entries.stream().filter(e -> e.kind != null).count();
  }

  /**
   * Hands every record of this segment, decoded by {@code codec}, to {@code visitor} in order, with
   * the location it was read from (null for a record fed without one).
   */
  public void records(RecordCodec codec, org.dangjian.core.record.RecordVisitor<Location> visitor) {
    for (Entry entry : entries) {
      if (entry.kind != null) {
        entry.kind.accept(
            codec.decode(entry.kind, entry.encoded), entry.place.toLocation(), visitor);
      }
    }
  }

  List<Entry> entries() {
    return entries;
  }

  /** Collects the entries of one part in feed order. */
  static final class Builder {
    private final List<Entry> entries = new ArrayList<>();

    void record(RecordKind kind, String encoded, Location location, List<Report> reports) {
      entries.add(new Entry(kind, encoded, Place.of(location), reports));
    }

    void report(String code, Location location, String value, Map<String, String> arguments) {
      entries.add(
          new Entry(
              null, null, Place.of(location), List.of(Report.of(code, null, value, arguments))));
    }

    Segment build() {
      return new Segment(Collections.unmodifiableList(new ArrayList<>(entries)), 0, 0, 0, false);
    }
  }

  /**
   * One record (with {@link #kind}) or one report between records (kind null, a single report whose
   * location is {@link #place}).
   */
  static final class Entry implements Serializable {
    private static final long serialVersionUID = 1L;

    final RecordKind kind;
    final String encoded;
    final Place place;
    final List<Report> reports;

    Entry(RecordKind kind, String encoded, Place place, List<Report> reports) {
      this.kind = kind;
      this.encoded = encoded;
      this.place = place;
      this.reports = reports.isEmpty() ? List.of() : new ArrayList<>(reports);
    }
  }

  /** One call of a report: the rule's code, the field (null for the record), value, arguments. */
  static final class Report implements Serializable {
    private static final long serialVersionUID = 1L;

    final String code;
    final String field;
    final String value;
    final String[] arguments;

    private Report(String code, String field, String value, String[] arguments) {
      this.code = code;
      this.field = field;
      this.value = value;
      this.arguments = arguments;
    }

    static Report of(String code, String field, String value, Map<String, String> arguments) {
      String[] pairs = new String[arguments.size() * 2];
      int i = 0;
      for (Map.Entry<String, String> argument : arguments.entrySet()) {
        pairs[i++] = argument.getKey();
        pairs[i++] = argument.getValue();
      }
      return new Report(code, field, value, pairs);
    }

    Object[] argumentArray() {
      return arguments.clone();
    }

    Map<String, String> argumentMap() {
      Map<String, String> map = new LinkedHashMap<>();
      for (int i = 0; i < arguments.length; i += 2) {
        map.put(arguments[i], arguments[i + 1]);
      }
      return map;
    }
  }

  /** A {@link Location} in serializable form: every field, absent ones as null or -1. */
  static final class Place implements Serializable {
    private static final long serialVersionUID = 1L;

    /** True for a record fed without a location. */
    boolean absent;

    String source;
    RecordKind recordKind;
    long recordIndex = -1;
    String recordId;
    int line = -1;
    int column = -1;
    String sheet;
    int row = -1;
    String cell;
    String jsonPointer;
    String fieldPath;

    static Place of(Location location) {
      Place place = new Place();
      if (location == null) {
        place.absent = true;
        return place;
      }
      place.source = location.source().orElse(null);
      place.recordKind = location.recordKind().orElse(null);
      place.recordIndex = location.recordIndex().orElse(-1);
      place.recordId = location.recordId().orElse(null);
      place.line = location.line().orElse(-1);
      place.column = location.column().orElse(-1);
      place.sheet = location.sheet().orElse(null);
      place.row = location.row().orElse(-1);
      place.cell = location.cell().orElse(null);
      place.jsonPointer = location.jsonPointer().orElse(null);
      place.fieldPath = location.fieldPath().orElse(null);
      return place;
    }

    Place copy() {
      Place place = new Place();
      place.absent = absent;
      place.source = source;
      place.recordKind = recordKind;
      place.recordIndex = recordIndex;
      place.recordId = recordId;
      place.line = line;
      place.column = column;
      place.sheet = sheet;
      place.row = row;
      place.cell = cell;
      place.jsonPointer = jsonPointer;
      place.fieldPath = fieldPath;
      return place;
    }

    /** The location back, or null for a record fed without one. */
    Location toLocation() {
      if (absent) {
        return null;
      }
      return org.dangjian.core.record.ImmutableLocation.builder()
          .source(java.util.Optional.ofNullable(source))
          .recordKind(java.util.Optional.ofNullable(recordKind))
          .recordIndex(recordIndex < 0 ? OptionalLong.empty() : OptionalLong.of(recordIndex))
          .recordId(java.util.Optional.ofNullable(recordId))
          .line(line < 0 ? OptionalInt.empty() : OptionalInt.of(line))
          .column(column < 0 ? OptionalInt.empty() : OptionalInt.of(column))
          .sheet(java.util.Optional.ofNullable(sheet))
          .row(row < 0 ? OptionalInt.empty() : OptionalInt.of(row))
          .cell(java.util.Optional.ofNullable(cell))
          .jsonPointer(java.util.Optional.ofNullable(jsonPointer))
          .fieldPath(java.util.Optional.ofNullable(fieldPath))
          .build();
    }
  }
}
