package org.dangjian.io.roster.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.util.CellReference;
import org.dangjian.core.code.CodedValue;
import org.dangjian.core.id.PersonalNumbers;
import org.dangjian.core.text.SafeText;
import org.dangjian.io.Roster;
import org.dangjian.io.roster.RosterColumn;
import org.dangjian.io.roster.RosterMapping;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a {@link RosterMapping} from its JSON form (see docs/FORMATS.md): an object with {@code
 * roster}, {@code sheet}, {@code headerRow}, {@code dataRow}, {@code columns}, {@code values},
 * {@code defaults} and {@code datePatterns}. Every problem of the text is collected, each naming
 * the source and the JSON pointer of the value (or the line and column of a syntax error), and
 * thrown together as one {@link RosterMapping.InvalidMappingException}.
 */
public final class MappingJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Set<String> KEYS =
      Set.of(
          "roster",
          "sheet",
          "headerRow",
          "dataRow",
          "columns",
          "values",
          "defaults",
          "datePatterns",
          "comment");

  private final String source;
  private final List<String> problems = new ArrayList<>();
  private final RosterMapping.Builder builder = RosterMapping.builder();
  private Roster roster = Roster.MEMBERS;
  private final List<DateTimeFormatter> patterns = new ArrayList<>();

  private MappingJson(String source) {
    this.source = source;
  }

  /** The mapping of {@code json}; {@code source} names the text in problems. */
  public static RosterMapping parse(String json, String source) {
    MappingJson reader = new MappingJson(source);
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (StreamReadException e) {
      String where =
          e.getLocation() == null
              ? ""
              : " line " + e.getLocation().getLineNr() + " column " + e.getLocation().getColumnNr();
      throw new RosterMapping.InvalidMappingException(
          List.of(
              PersonalNumbers.scrub(
                  source
                      + ":"
                      + where
                      + ": not JSON: "
                      + SafeText.escape(e.getOriginalMessage()))));
    } catch (JacksonException e) {
      throw new RosterMapping.InvalidMappingException(
          List.of(
              PersonalNumbers.scrub(
                  source + ": not JSON: " + SafeText.escape(e.getOriginalMessage()))));
    }
    return reader.read(root);
  }

  private RosterMapping read(JsonNode root) {
    if (root == null || !root.isObject()) {
      problem("", "must be a JSON object");
      throw new RosterMapping.InvalidMappingException(problems);
    }
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      if (!KEYS.contains(e.getKey())) {
        problem("/" + e.getKey(), "unknown key; known: " + String.join(", ", sortedKeys()));
      }
    }
    JsonNode r = root.get("roster");
    if (r != null) {
      Optional<CodedValue> which =
          r.isString() ? RosterRows.lookup(Roster.class, r.asString()) : Optional.empty();
      if (which.isPresent()) {
        roster = (Roster) which.get();
        builder.roster(roster);
      } else {
        problem("/roster", "must be \"members\" or \"organizations\", not " + shown(r));
      }
    }
    JsonNode sheet = root.get("sheet");
    if (sheet != null) {
      if (sheet.isString() && !sheet.asString().isBlank()) {
        builder.sheet(sheet.asString());
      } else {
        problem("/sheet", "must be the name of a sheet, not " + shown(sheet));
      }
    }
    int header = row(root, "headerRow", 0);
    int data = row(root, "dataRow", 1);
    if (header >= 0) {
      builder.headerRow(header);
    }
    if (data > 0) {
      if (data <= Math.max(header, 0)) {
        problem("/dataRow", "must be below headerRow " + header + ", not " + data);
      } else {
        builder.dataRow(data);
      }
    }
    JsonNode dates = root.get("datePatterns");
    if (dates != null) {
      if (!dates.isArray()) {
        problem("/datePatterns", "must be an array of date patterns such as \"yyyyMMdd\"");
      } else {
        for (int i = 0; i < dates.size(); i++) {
          JsonNode p = dates.get(i);
          try {
            patterns.add(DateTimeFormatter.ofPattern(p.asString(), Locale.ROOT));
            builder.datePattern(p.asString());
          } catch (IllegalArgumentException | JacksonException e) {
            problem("/datePatterns/" + i, "not a date pattern: " + shown(p));
          }
        }
      }
    }
    JsonNode columns = root.get("columns");
    if (columns != null) {
      if (!columns.isObject()) {
        problem("/columns", "must be an object of column (letter or header) → field");
      } else {
        for (Map.Entry<String, JsonNode> e : columns.properties()) {
          String pointer = "/columns/" + JsonPointers.escape(e.getKey());
          field(e.getValue(), pointer).ifPresent(f -> builder.column(e.getKey(), f));
        }
      }
    }
    JsonNode values = root.get("values");
    if (values != null) {
      if (!values.isObject()) {
        problem("/values", "must be an object of field → {cell text → value}");
      } else {
        for (Map.Entry<String, JsonNode> e : values.properties()) {
          String pointer = "/values/" + JsonPointers.escape(e.getKey());
          Optional<RosterColumn> field = field(e.getKey(), pointer);
          if (!e.getValue().isObject()) {
            problem(pointer, "must be an object of cell text → value");
            continue;
          }
          for (Map.Entry<String, JsonNode> v : e.getValue().properties()) {
            String at = pointer + "/" + JsonPointers.escape(v.getKey());
            if (field.isPresent() && text(v.getValue(), field.get(), at)) {
              builder.value(field.get(), v.getKey(), v.getValue().asString());
            }
          }
        }
      }
    }
    JsonNode defaults = root.get("defaults");
    if (defaults != null) {
      if (!defaults.isObject()) {
        problem("/defaults", "must be an object of field → value");
      } else {
        for (Map.Entry<String, JsonNode> e : defaults.properties()) {
          String pointer = "/defaults/" + JsonPointers.escape(e.getKey());
          Optional<RosterColumn> field = field(e.getKey(), pointer);
          if (field.isPresent() && text(e.getValue(), field.get(), pointer)) {
            builder.defaultValue(field.get(), e.getValue().asString());
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new RosterMapping.InvalidMappingException(problems);
    }
    return builder.build();
  }

  /** The JSON text of {@code mapping}, as {@link #parse} reads it. */
  public static String write(RosterMapping mapping) {
    ObjectNode root = JSON.createObjectNode();
    mapping.roster().ifPresent(r -> root.put("roster", r.code()));
    mapping.sheet().ifPresent(s -> root.put("sheet", s));
    root.put("headerRow", mapping.headerRow());
    if (mapping.dataRow() != mapping.headerRow() + 1) {
      root.put("dataRow", mapping.dataRow());
    }
    ObjectNode columns = root.putObject("columns");
    mapping
        .columnsByLetter()
        .forEach((i, c) -> columns.put(CellReference.convertNumToColString(i), name(c)));
    mapping.columnsByHeader().forEach((h, c) -> columns.put(h, name(c)));
    if (!mapping.values().isEmpty()) {
      ObjectNode values = root.putObject("values");
      mapping
          .values()
          .forEach(
              (c, m) -> {
                ObjectNode map = values.putObject(name(c));
                m.forEach(map::put);
              });
    }
    if (!mapping.defaults().isEmpty()) {
      ObjectNode defaults = root.putObject("defaults");
      mapping.defaults().forEach((c, v) -> defaults.put(name(c), v));
    }
    if (!mapping.datePatterns().isEmpty()) {
      ArrayNode dates = root.putArray("datePatterns");
      mapping.datePatterns().forEach(dates::add);
    }
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  private static String name(RosterColumn column) {
    return ((Enum<?>) column).name();
  }

  private static List<String> sortedKeys() {
    return KEYS.stream().filter(k -> !k.equals("comment")).sorted().toList();
  }

  private int row(JsonNode root, String key, int min) {
    JsonNode n = root.get(key);
    if (n == null) {
      return -1;
    }
    if (!n.isIntegralNumber() || n.asLong() < min || n.asLong() > 1_048_576) {
      problem("/" + key, "must be a row number of " + min + " or more, not " + shown(n));
      return -1;
    }
    return n.asInt();
  }

  private Optional<RosterColumn> field(JsonNode node, String pointer) {
    if (!node.isString()) {
      problem(pointer, "must name a field, such as \"GENDER\" or \"性别\", not " + shown(node));
      return Optional.empty();
    }
    return field(node.asString(), pointer);
  }

  /**
   * The column {@code name} names: a constant ({@code GENDER}) or any header the vocabulary knows.
   */
  private Optional<RosterColumn> field(String name, String pointer) {
    Optional<RosterColumn> column = constant(name.strip());
    if (column.isEmpty()) {
      column = HeaderVocabulary.defaults().column(roster, name);
    }
    if (column.isEmpty()) {
      problem(
          pointer,
          "unknown field \""
              + SafeText.escape(name)
              + "\" of "
              + roster.code()
              + "; name a column such as "
              + (roster == Roster.MEMBERS
                  ? "\"GENDER\" or \"性别\""
                  : "\"NAME\" or \"" + RosterHeaders.columns(roster).get(1).header() + "\""));
    }
    return column;
  }

  private Optional<RosterColumn> constant(String name) {
    return RosterHeaders.constant(roster, name);
  }

  /** True when {@code node} is text that {@code column} can read; reports it otherwise. */
  private boolean text(JsonNode node, RosterColumn column, String pointer) {
    if (!node.isString()) {
      problem(pointer, "must be text, not " + shown(node));
      return false;
    }
    String text = node.asString();
    boolean ok =
        switch (column.type()) {
          case CODE -> RosterRows.lookup(column.codeType().orElseThrow(), text).isPresent();
          case DATE ->
              CellText.date(text, false).isPresent()
                  || CellText.month(text).isPresent()
                  || patterns.stream().anyMatch(p -> parses(p, text));
          case INTEGER -> CellText.wholeNumber(text).isPresent();
          default -> true;
        };
    if (!ok) {
      problem(
          pointer,
          "\""
              + SafeText.escape(text)
              + "\" is not a value of "
              + column.englishHeader()
              + ": expected "
              + RosterRows.expected(column, true));
    }
    return ok;
  }

  private static boolean parses(DateTimeFormatter format, String text) {
    try {
      java.time.LocalDate.parse(text.strip(), format);
      return true;
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }

  private static String shown(JsonNode node) {
    return SafeText.escape(node.toString());
  }

  private void problem(String pointer, String what) {
    // no personal number in an exception message, whatever a mapping holds
    problems.add(
        PersonalNumbers.scrub(source + ": " + (pointer.isEmpty() ? "/" : pointer) + ": " + what));
  }

  /** RFC 6901 escaping of one reference token. */
  private static final class JsonPointers {
    private JsonPointers() {}

    static String escape(String token) {
      return token.replace("~", "~0").replace("/", "~1");
    }
  }
}
