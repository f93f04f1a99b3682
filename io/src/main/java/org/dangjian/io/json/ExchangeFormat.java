package org.dangjian.io.json;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dangjian.core.record.RecordKind;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The names of the JSON exchange format: its format name and version, which open every document and
 * the header line of every JSON Lines file, the document's record sections, and the {@code "kind"}
 * values of JSON Lines records, which are the codes of the {@link RecordKind}s. docs/FORMATS.md
 * describes the format; the JSON Schemas under {@code schema/} at the repository root define it.
 */
public final class ExchangeFormat {

  /** The format name, the value of {@code "format"}. */
  public static final String NAME = "dangjian-exchange";

  /** The version this library reads and writes, the value of {@code "version"}. */
  public static final String VERSION = "1.0";

  /** The property that names the kind of a JSON Lines record. */
  public static final String KIND = "kind";

  /** The property of a JSON Lines record line that holds the record itself. */
  public static final String RECORD = "record";

  /** The kind of the first line of a JSON Lines file. */
  public static final String HEADER = "header";

  /**
   * The record kinds in the order of the document's sections: those of version 1.0 (organizations,
   * members, activities, pairings, bulletins), then any kind added since, in {@link RecordKind}
   * order.
   */
  public static final List<RecordKind> RECORD_KINDS = documentOrder();

  /** The kind of an organization record, {@link RecordKind#code()} as every kind. */
  public static final String ORGANIZATION = RecordKind.ORGANIZATION.code();

  /** The kind of a member record. */
  public static final String MEMBER = RecordKind.MEMBER.code();

  /** The kind of an activity record. */
  public static final String ACTIVITY = RecordKind.ACTIVITY.code();

  /** The kind of a pairing-agreement record. */
  public static final String PAIRING = RecordKind.PAIRING.code();

  /** The kind of a bulletin (党群工作简报). */
  public static final String BULLETIN = RecordKind.BULLETIN.code();

  /** The {@code "kind"} values of the record kinds, in the order of {@link #RECORD_KINDS}. */
  public static final List<String> KINDS = RECORD_KINDS.stream().map(RecordKind::code).toList();

  /**
   * The document's record sections, in their order: {@code organizations} ... {@code bulletins},
   * each the {@link #section} of a kind of {@link #RECORD_KINDS}.
   */
  public static final List<String> SECTIONS =
      RECORD_KINDS.stream().map(ExchangeFormat::section).toList();

  /**
   * The optional header property that records the date the data describes (截至日期), ISO {@code
   * yyyy-MM-dd}: after {@code version} in a document, on the header line in JSON Lines.
   */
  public static final String AS_OF = "asOf";

  private static final JsonMapper HEADER_PARSER = JsonMapper.builder().build();

  private ExchangeFormat() {}

  /**
   * The date the data describes, as the header of the exchange document or JSON Lines file in
   * {@code in} records it ({@link #AS_OF}); empty when the header has none, when the input is not
   * an exchange file or the date is not a date (reading the file reports those). Reads the header
   * only, not the records; does not close {@code in}.
   */
  public static Optional<LocalDate> declaredAsOf(InputStream in) {
    try (JsonParser p = HEADER_PARSER.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (AS_OF.equals(name)) {
          return value == JsonToken.VALUE_STRING ? date(p.getString()) : Optional.empty();
        }
        if (value.isStructStart()) {
          return Optional.empty();
        }
      }
      return Optional.empty();
    } catch (JacksonException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> date(String text) {
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * The name of the document section that holds records of {@code kind}: the plural of its code,
   * such as {@code members} or {@code activities}.
   */
  public static String section(RecordKind kind) {
    String code = kind.code();
    return code.endsWith("y") ? code.substring(0, code.length() - 1) + "ies" : code + "s";
  }

  private static List<RecordKind> documentOrder() {
    Set<RecordKind> order =
        new LinkedHashSet<>(
            List.of(
                RecordKind.ORGANIZATION,
                RecordKind.MEMBER,
                RecordKind.ACTIVITY,
                RecordKind.PAIRING,
                RecordKind.BULLETIN));
    order.addAll(EnumSet.allOf(RecordKind.class));
    return List.copyOf(order);
  }
}
