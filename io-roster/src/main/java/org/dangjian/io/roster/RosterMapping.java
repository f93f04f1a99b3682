package org.dangjian.io.roster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dangjian.io.Roster;
import org.dangjian.io.roster.internal.MappingJson;
import org.dangjian.io.roster.internal.RosterHeaders;
import org.dangjian.io.spi.ReaderSettings;

/**
 * A mapping profile: how to read a roster whose layout the readers cannot detect, or detect wrong
 * (headers in a dialect the vocabulary does not know, no header row at all, codes instead of
 * labels). It names the sheet it applies to, the 1-based header row (or none) and the first data
 * row, the field of each column (by letter such as {@code D}, or by header text), value maps per
 * field ({@code 在册} → {@code 正式党员}, {@code 1} → {@code 男}), values for fields a row leaves empty,
 * and further date patterns. Built with {@link #builder()} or read from a small JSON file with
 * {@link #parse} or {@link #load} (documented in docs/FORMATS.md); handed to the readers through
 * {@code ImportOptions.readerSettings()}. Columns the mapping does not name are still matched by
 * the header vocabulary, or kept as extras. Immutable.
 */
public final class RosterMapping implements ReaderSettings {

  private final Optional<Roster> roster;
  private final Optional<String> sheet;
  private final int headerRow;
  private final int dataRow;
  private final Map<Integer, RosterColumn> byLetter;
  private final Map<String, RosterColumn> byHeader;
  private final Map<RosterColumn, Map<String, String>> values;
  private final Map<RosterColumn, String> defaults;
  private final List<String> datePatterns;
  private final List<DateTimeFormatter> dateFormats;

  private RosterMapping(Builder b) {
    this.roster = Optional.ofNullable(b.roster);
    this.sheet = Optional.ofNullable(b.sheet);
    this.headerRow = b.headerRow;
    this.dataRow = b.dataRow > 0 ? b.dataRow : b.headerRow + 1;
    this.byLetter = Collections.unmodifiableMap(new LinkedHashMap<>(b.byLetter));
    this.byHeader = Collections.unmodifiableMap(new LinkedHashMap<>(b.byHeader));
    Map<RosterColumn, Map<String, String>> v = new LinkedHashMap<>();
    b.values.forEach((c, m) -> v.put(c, Collections.unmodifiableMap(new LinkedHashMap<>(m))));
    this.values = Collections.unmodifiableMap(v);
    this.defaults = Collections.unmodifiableMap(new LinkedHashMap<>(b.defaults));
    this.datePatterns = List.copyOf(b.datePatterns);
    this.dateFormats =
        datePatterns.stream().map(p -> DateTimeFormatter.ofPattern(p, Locale.ROOT)).toList();
  }

  /** A builder of a mapping; nothing is mapped until said. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a mapping from its JSON text, {@code source} naming it in problems.
   *
   * @throws InvalidMappingException naming every problem of the text, each with its JSON pointer
   */
  public static RosterMapping parse(String json, String source) {
    return MappingJson.parse(json, source);
  }

  /**
   * Reads a mapping from a UTF-8 JSON file.
   *
   * @throws InvalidMappingException naming every problem of the file
   * @throws IOException when the file cannot be read
   */
  public static RosterMapping load(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /** The roster the mapped sheet holds; empty to recognize it from the headers. */
  public Optional<Roster> roster() {
    return roster;
  }

  /** The name of the sheet the mapping applies to; empty for every sheet (and for CSV files). */
  public Optional<String> sheet() {
    return sheet;
  }

  /** The 1-based row (CSV: line) of the header; 0 when the roster has no header row. */
  public int headerRow() {
    return headerRow;
  }

  /**
   * The 1-based row (CSV: line) of the first data row; the rows from the header row up to it are
   * the header (a two-row header when it is two below), those above the header are skipped.
   */
  public int dataRow() {
    return dataRow;
  }

  /** The field of each column given by letter, by 0-based column index. */
  public Map<Integer, RosterColumn> columnsByLetter() {
    return byLetter;
  }

  /** The field of each column given by header text, by the header's matching key. */
  public Map<String, RosterColumn> columnsByHeader() {
    return byHeader;
  }

  /** The value map of each field: cell text (stripped) → the text the field reads. */
  public Map<RosterColumn, Map<String, String>> values() {
    return values;
  }

  /** The text each field reads when a row leaves it empty or the roster has no such column. */
  public Map<RosterColumn, String> defaults() {
    return defaults;
  }

  /** Further date patterns ({@link DateTimeFormatter} syntax) tried after the built-in forms. */
  public List<String> datePatterns() {
    return datePatterns;
  }

  /** True when the mapping applies to {@code sheetName} (null for a CSV file). */
  public boolean appliesTo(String sheetName) {
    return sheetName == null || sheet.isEmpty() || sheet.get().equals(sheetName);
  }

  /** The text {@code text} of a cell of {@code column} reads as, after the value map. */
  public String mapValue(RosterColumn column, String text) {
    Map<String, String> map = values.get(column);
    if (map == null) {
      return text;
    }
    String mapped = map.get(text.strip());
    return mapped == null ? text : mapped;
  }

  /** The date {@code text} reads as through {@link #datePatterns()}, if one matches. */
  public Optional<LocalDate> date(String text) {
    for (DateTimeFormatter format : dateFormats) {
      try {
        return Optional.of(LocalDate.parse(text.strip(), format));
      } catch (DateTimeParseException e) {
        // try the next pattern
      }
    }
    return Optional.empty();
  }

  /**
   * The JSON form of this mapping, which {@link #parse} reads back: fields by constant name,
   * columns by letter (and by the matching key of their header text).
   */
  public String toJson() {
    return MappingJson.write(this);
  }

  @Override
  public String toString() {
    return "RosterMapping[roster="
        + roster.map(Roster::code).orElse("?")
        + ", sheet="
        + sheet.orElse("*")
        + ", headerRow="
        + headerRow
        + ", dataRow="
        + dataRow
        + ", columns="
        + (byLetter.size() + byHeader.size())
        + ", values="
        + values.keySet().size()
        + ", defaults="
        + defaults.size()
        + "]";
  }

  /** A mapping profile that cannot be used, with every problem found in it. */
  public static final class InvalidMappingException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The problems, each naming the source, the JSON pointer and what is wrong. */
    @SuppressWarnings("serial")
    private final List<String> problems;

    /** An exception listing {@code problems}. */
    public InvalidMappingException(List<String> problems) {
      super(String.join("\n", problems));
      this.problems = List.copyOf(problems);
    }

    /** The problems, each naming the source, the JSON pointer and what is wrong. */
    public List<String> problems() {
      return problems;
    }
  }

  /** Builds a {@link RosterMapping}. */
  public static final class Builder {
    private Roster roster;
    private String sheet;
    private int headerRow = 1;
    private int dataRow;
    private final Map<Integer, RosterColumn> byLetter = new LinkedHashMap<>();
    private final Map<String, RosterColumn> byHeader = new LinkedHashMap<>();
    private final Map<RosterColumn, Map<String, String>> values = new LinkedHashMap<>();
    private final Map<RosterColumn, String> defaults = new LinkedHashMap<>();
    private final List<String> datePatterns = new ArrayList<>();

    private Builder() {}

    /** The roster of the sheet. */
    public Builder roster(Roster value) {
      this.roster = value;
      return this;
    }

    /** The sheet the mapping applies to. */
    public Builder sheet(String name) {
      this.sheet = name;
      return this;
    }

    /** The 1-based header row; 0 for none; 1 by default. */
    public Builder headerRow(int row) {
      if (row < 0) {
        throw new IllegalArgumentException("headerRow must be 0 or more: " + row);
      }
      this.headerRow = row;
      return this;
    }

    /** The 1-based first data row; by default the row below the header row. */
    public Builder dataRow(int row) {
      if (row < 1) {
        throw new IllegalArgumentException("dataRow must be 1 or more: " + row);
      }
      this.dataRow = row;
      return this;
    }

    /**
     * Maps a column to {@code field}: {@code column} is a column letter ({@code D}, {@code AB}) or
     * a header text.
     */
    public Builder column(String column, RosterColumn field) {
      int index = letterIndex(column);
      if (index >= 0) {
        byLetter.put(index, field);
      } else {
        byHeader.put(RosterHeaders.key(column), field);
      }
      return this;
    }

    /** Maps the cell text {@code from} of {@code field} to {@code to}. */
    public Builder value(RosterColumn field, String from, String to) {
      values.computeIfAbsent(field, f -> new LinkedHashMap<>()).put(from.strip(), to);
      return this;
    }

    /** The text {@code field} reads when a row leaves it empty. */
    public Builder defaultValue(RosterColumn field, String text) {
      defaults.put(field, text);
      return this;
    }

    /**
     * A further date pattern, such as {@code yyyyMMdd}.
     *
     * @throws IllegalArgumentException when {@code pattern} is not a {@link DateTimeFormatter}
     *     pattern
     */
    public Builder datePattern(String pattern) {
      var unused = DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
      datePatterns.add(pattern);
      return this;
    }

    /** The mapping. */
    public RosterMapping build() {
      if (dataRow > 0 && dataRow <= headerRow) {
        throw new IllegalArgumentException(
            "dataRow " + dataRow + " must be below headerRow " + headerRow);
      }
      return new RosterMapping(this);
    }
  }

  /**
   * The 0-based index of a column letter ({@code A} → 0, {@code AB} → 27), or -1 when {@code text}
   * is not one to three ASCII capital letters.
   */
  public static int letterIndex(String text) {
    String t = text.strip();
    if (t.isEmpty() || t.length() > 3) {
      return -1;
    }
    int index = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c < 'A' || c > 'Z') {
        return -1;
      }
      index = index * 26 + (c - 'A' + 1);
    }
    return index - 1;
  }
}
