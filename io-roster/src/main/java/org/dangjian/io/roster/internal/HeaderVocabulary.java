package org.dangjian.io.roster.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dangjian.io.Roster;
import org.dangjian.io.roster.RosterColumn;

/**
 * The header vocabulary of real rosters: which column a header names, from the headers and aliases
 * of {@link MemberColumn} and {@link OrganizationColumn} plus the synonyms of the resource file
 * {@code header-vocabulary.txt} (data, not code: one line per column, {@code MEMBERS.NAME: 姓名 |
 * 党员姓名}), and the headers to ignore ({@code 序号}). Headers are compared by {@link
 * RosterHeaders#key}, after dropping a trailing parenthesized remark such as {@code （必填）}.
 */
public final class HeaderVocabulary {

  private static final String RESOURCE = "header-vocabulary.txt";
  private static final HeaderVocabulary DEFAULTS = load();

  private final Map<Roster, Map<String, RosterColumn>> columns;
  private final Set<String> ignored;

  private HeaderVocabulary(Map<Roster, Map<String, RosterColumn>> columns, Set<String> ignored) {
    this.columns = columns;
    this.ignored = ignored;
  }

  /** The vocabulary of the resource file and the column definitions. */
  public static HeaderVocabulary defaults() {
    return DEFAULTS;
  }

  /** The column of {@code roster} that {@code header} names, if any. */
  public Optional<RosterColumn> column(Roster roster, String header) {
    Map<String, RosterColumn> keys = columns.get(roster);
    RosterColumn column = keys.get(RosterHeaders.key(header));
    if (column == null) {
      column = keys.get(RosterHeaders.key(withoutRemark(header)));
    }
    return Optional.ofNullable(column);
  }

  /** True when {@code header} names a column that carries nothing to keep, such as 序号. */
  public boolean isIgnored(String header) {
    return ignored.contains(RosterHeaders.key(header))
        || ignored.contains(RosterHeaders.key(withoutRemark(header)));
  }

  /** True when {@code header} names a column of any roster or an ignored column. */
  public boolean isKnown(String header) {
    if (isIgnored(header)) {
      return true;
    }
    for (Roster roster : Roster.values()) {
      if (column(roster, header).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** {@code header} without a trailing remark in brackets: {@code 出生年月（年.月）} → {@code 出生年月}. */
  static String withoutRemark(String header) {
    String text = RosterHeaders.trim(header);
    for (String[] brackets : new String[][] {{"（", "）"}, {"(", ")"}, {"【", "】"}, {"[", "]"}}) {
      if (text.endsWith(brackets[1])) {
        int open = text.lastIndexOf(brackets[0]);
        if (open > 0) {
          return text.substring(0, open);
        }
      }
    }
    return text;
  }

  private static HeaderVocabulary load() {
    Map<Roster, Map<String, RosterColumn>> columns = new HashMap<>();
    for (Roster roster : Roster.values()) {
      Map<String, RosterColumn> keys = new HashMap<>();
      for (RosterColumn column : RosterHeaders.columns(roster)) {
        keys.put(RosterHeaders.key(column.header()), column);
        keys.put(RosterHeaders.key(column.englishHeader()), column);
        for (String alias : column.aliases()) {
          keys.put(RosterHeaders.key(alias), column);
        }
      }
      columns.put(roster, keys);
    }
    Set<String> ignored = new HashSet<>();
    try (InputStream in = HeaderVocabulary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int colon = line.indexOf(':');
        if (colon < 0) {
          throw new IllegalStateException(RESOURCE + " line " + number + ": no colon");
        }
        String field = line.substring(0, colon).strip();
        List<String> headers =
            List.of(line.substring(colon + 1).split("\\|")).stream()
                .map(String::strip)
                .filter(h -> !h.isEmpty())
                .toList();
        if (field.equals("IGNORE")) {
          headers.forEach(h -> ignored.add(RosterHeaders.key(h)));
          continue;
        }
        RosterColumn column = column(field, number);
        Map<String, RosterColumn> keys = columns.get(column.roster());
        for (String header : headers) {
          RosterColumn previous = keys.put(RosterHeaders.key(header), column);
          if (previous != null && previous != column) {
            throw new IllegalStateException(
                RESOURCE + " line " + number + ": " + header + " names two columns");
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<Roster, Map<String, RosterColumn>> frozen = new HashMap<>();
    columns.forEach((roster, keys) -> frozen.put(roster, Map.copyOf(keys)));
    return new HeaderVocabulary(Map.copyOf(frozen), Set.copyOf(ignored));
  }

  private static RosterColumn column(String field, int number) {
    int dot = field.indexOf('.');
    Optional<RosterColumn> column = Optional.empty();
    if (dot > 0) {
      String roster = field.substring(0, dot);
      for (Roster r : Roster.values()) {
        if (r.name().equals(roster)) {
          column = RosterHeaders.constant(r, field.substring(dot + 1));
        }
      }
    }
    return column.orElseThrow(
        () -> new IllegalStateException(RESOURCE + " line " + number + ": unknown field " + field));
  }
}
