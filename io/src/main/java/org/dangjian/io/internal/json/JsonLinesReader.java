package org.dangjian.io.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ReadLimits;
import org.dangjian.io.json.ExchangeFormat;
import org.dangjian.io.spi.FormatReader;
import org.dangjian.io.spi.ReadContext;
import org.dangjian.validation.InputProblem;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON Lines exchange file: a header line {@code
 * {"kind":"header","format":"dangjian-exchange","version":"1.0"}}, then one record per line, {@code
 * {"kind":"member","record":{...}}} with a kind of {@code organization}, {@code member}, {@code
 * activity}, {@code pairing}, {@code bulletin}, {@code unit} or {@code pointEntry} ({@code
 * ExchangeFormat.KINDS}). Blank lines are skipped. A line that is not JSON or not UTF-8 is reported
 * and rejected and reading resumes at the next line; an exceeded limit ends the reading.
 */
public final class JsonLinesReader implements FormatReader {

  /** The record kinds a line may name, for the message of an unknown kind. */
  private static final String KINDS_ZH = listOf(ExchangeFormat.KINDS, "、", " 或 ");

  private static final String KINDS_EN = listOf(ExchangeFormat.KINDS, ", ", " or ");

  @Override
  public DataFormat format() {
    return DataFormat.JSON_LINES;
  }

  @Override
  public void read(InputStream in, String source, ReadContext context) throws IOException {
    read(in, source, context, 1, false);
  }

  /**
   * Reads the lines of {@code in}, the first of them line {@code firstLine} of the file; {@code
   * headerRead}: the file's header line came before them (a later split of the file, read on one
   * thread). Returns the number of records of each kind begun, in the order of {@link
   * RecordSession#KINDS} (not counting those read by decoding threads).
   */
  static long[] read(
      InputStream in, String source, ReadContext context, long firstLine, boolean headerRead)
      throws IOException {
    ReadLimits limits = context.options().limits();
    JsonMapper mapper = JsonSupport.reader(limits);
    RecordSession session = new RecordSession(context, source, mapper);
    Lines lines = new Lines(in, limits.maxRecordSize(), firstLine);
    int threads = headerRead ? 1 : context.options().decodingThreads();
    boolean header = headerRead;
    while (lines.next()) {
      if (context.shouldStop()) {
        context.stoppedEarly();
        return session.counts();
      }
      if (lines.isBlank()) {
        continue;
      }
      if (header || lines.tooLong()) {
        if (!line(mapper, session, limits, lines)) {
          context.stoppedEarly();
          return session.counts();
        }
        continue;
      }
      if (lines.badColumn() > 0) {
        badEncoding(session, lines);
        context.stoppedEarly();
        return session.counts();
      }
      if (!header(mapper, lines, session)) {
        context.stoppedEarly();
        return session.counts();
      }
      header = true;
      if (threads > 1) {
        new ParallelLines(threads, source, context, mapper, session.counts()).read(lines);
        return session.counts();
      }
    }
    if (!header) {
      session.report(
          InputProblem.FORMAT,
          1,
          1,
          "",
          "(empty)",
          Map.of("expected", ExchangeFormat.NAME + " " + ExchangeFormat.VERSION));
    }
    return session.counts();
  }

  /**
   * Reads one line after the header (blank lines are left to the caller): a record, or a line that
   * is not UTF-8 (reported and rejected), or a line over the size limit (reported, and reading
   * ends). False when reading ends at this line.
   */
  static boolean line(JsonMapper mapper, RecordSession session, ReadLimits limits, TextLine lines) {
    if (lines.tooLong()) {
      int number = (int) lines.number();
      session.begin(-1, number, 1, "", -1, number - 1);
      session.report(
          InputProblem.LIMIT,
          number,
          1,
          "",
          null,
          Map.of(
              "limit",
              "maxRecordSize",
              "max",
              Integer.toString(limits.maxRecordSize()),
              "actual",
              Long.toString(lines.size())));
      session.reject(RawJson.masked(lines.chars(), 0, lines.charCount()));
      return false;
    }
    if (lines.badColumn() > 0) {
      badEncoding(session, lines);
      return true;
    }
    return record(mapper, lines, session, limits);
  }

  private static void badEncoding(RecordSession session, TextLine lines) {
    int number = (int) lines.number();
    session.begin(-1, number, 1, "", -1, number - 1);
    session.report(
        InputProblem.ENCODING,
        number,
        lines.badColumn(),
        "",
        null,
        Map.of("detail", "bytes that are not UTF-8"));
    session.reject(RawJson.masked(lines.chars(), 0, lines.charCount()));
  }

  /** Checks the header line; false (after reporting) when it is not ours. */
  private static boolean header(JsonMapper mapper, Lines lines, RecordSession session) {
    int number = (int) lines.number();
    String kind = null;
    String format = null;
    String version = null;
    try (JsonParser p = mapper.createParser(lines.chars(), 0, lines.charCount())) {
      if (p.nextToken() == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          JsonToken value = p.nextToken();
          String text = value == JsonToken.VALUE_STRING ? p.getString() : null;
          switch (name) {
            case ExchangeFormat.KIND -> kind = text;
            case "format" -> format = text;
            case "version" -> version = text;
            default -> {
              // Other header fields are allowed and ignored.
            }
          }
          p.skipChildren();
        }
      }
    } catch (StreamConstraintsException | StreamReadException e) {
      // Reported below as a wrong header.
    }
    if (ExchangeFormat.HEADER.equals(kind)
        && ExchangeFormat.NAME.equals(format)
        && ExchangeFormat.VERSION.equals(version)) {
      return true;
    }
    String found =
        ExchangeFormat.HEADER.equals(kind)
            ? (format == null ? "(no format)" : format)
                + " "
                + (version == null ? "(no version)" : version)
            : "kind " + (kind == null ? "(none)" : kind);
    session.report(
        InputProblem.FORMAT,
        number,
        1,
        "",
        found,
        Map.of("expected", ExchangeFormat.NAME + " " + ExchangeFormat.VERSION));
    return false;
  }

  /** Reads one record line; false when a limit ends the reading. */
  private static boolean record(
      JsonMapper mapper, TextLine lines, RecordSession session, ReadLimits limits) {
    int number = (int) lines.number();
    int offset = number - 1;
    char[] chars = lines.chars();
    int length = lines.charCount();
    JsonParser p = mapper.createParser(chars, 0, length);
    try {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        session.begin(-1, p, offset, false);
        session.problem(
            InputProblem.SYNTAX,
            p,
            "",
            null,
            Map.of("detail", "a line holds one JSON object", "detailZh", "每行须是一个 JSON 对象"));
        session.reject(RawJson.masked(chars, 0, length));
        return true;
      }
      TokenStreamLocation start = p.currentTokenLocation();
      String kindName = null;
      TokenStreamLocation kindAt = start;
      boolean recordFirst = false;
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals(ExchangeFormat.KIND)) {
          kindName = value.isScalarValue() ? p.getString() : String.valueOf(value);
          kindAt = p.currentTokenLocation();
          break;
        }
        recordFirst |= name.equals(ExchangeFormat.RECORD);
        p.skipChildren();
      }
      int kind = kindName == null ? -1 : ExchangeFormat.KINDS.indexOf(kindName);
      session.begin(kind, number, 1, "", -1, offset);
      if (kindName == null || recordFirst) {
        p.close();
        p = mapper.createParser(chars, 0, length);
        p.nextToken();
      }
      Object record = fields(p, session, kind, start);
      if (kindName == null) {
        session.problem(
            InputProblem.MISSING_FIELD,
            start,
            "",
            ExchangeFormat.KIND,
            null,
            Map.of("field", ExchangeFormat.KIND));
      } else if (kind < 0) {
        session.problem(
            InputProblem.VALUE,
            kindAt,
            "/" + ExchangeFormat.KIND,
            ExchangeFormat.KIND,
            kindName.length() > 60 ? kindName.substring(0, 60) + "…" : kindName,
            Map.of("field", ExchangeFormat.KIND, "expected", KINDS_ZH, "expectedEn", KINDS_EN));
      }
      if (p.nextToken() != null) {
        session.problem(
            InputProblem.SYNTAX,
            p,
            "",
            null,
            Map.of(
                "detail", "content after the record on the same line", "detailZh", "同一行中记录之后还有内容"));
      }
      session.finish(record, () -> RawJson.masked(chars, 0, length));
      return true;
    } catch (StreamConstraintsException e) {
      if (!session.active()) {
        session.begin(-1, number, 1, "", -1, offset);
      }
      StreamFailures.limit(session, e, p, limits, offset);
      session.reject(RawJson.masked(chars, 0, length));
      return false;
    } catch (StreamReadException e) {
      if (!session.active()) {
        session.begin(-1, number, 1, "", -1, offset);
      }
      StreamFailures.syntax(session, e, p, offset);
      session.reject(RawJson.masked(chars, 0, length));
      return true;
    } finally {
      p.close();
    }
  }

  /**
   * Reads the remaining top-level fields of a record line: {@code record} through the record
   * deserializer, {@code kind} already known, anything else unknown. Null when there is no record
   * or it has problems; the parser ends at the line's closing brace.
   */
  private static Object fields(
      JsonParser p, RecordSession session, int kind, TokenStreamLocation start) {
    Object record = null;
    boolean found = false;
    for (JsonToken token = p.nextToken(); token == JsonToken.PROPERTY_NAME; token = p.nextToken()) {
      String name = p.currentName();
      TokenStreamLocation at = p.currentTokenLocation();
      JsonToken value = p.nextToken();
      if (!name.equals(ExchangeFormat.RECORD)) {
        p.skipChildren();
        if (!name.equals(ExchangeFormat.KIND)) {
          session.problem(
              InputProblem.UNKNOWN_FIELD, at, "/" + name, name, null, Map.of("field", name));
        }
      } else if (found) {
        session.problem(
            InputProblem.SYNTAX,
            p,
            name,
            null,
            Map.of("detail", "duplicate field \"record\"", "detailZh", "字段 \"record\" 重复"));
        p.skipChildren();
      } else if (kind < 0) {
        found = true;
        p.skipChildren();
      } else if (value != JsonToken.START_OBJECT) {
        found = true;
        session.problem(
            InputProblem.VALUE,
            p,
            name,
            value.isScalarValue() ? p.getString() : String.valueOf(value),
            Map.of("field", name, "expected", "对象", "expectedEn", "an object"));
        p.skipChildren();
      } else {
        found = true;
        record = session.decode(p);
      }
    }
    if (!found && kind >= 0) {
      session.problem(
          InputProblem.MISSING_FIELD,
          start,
          "",
          ExchangeFormat.RECORD,
          null,
          Map.of("field", ExchangeFormat.RECORD));
    }
    return record;
  }

  private static String listOf(List<String> kinds, String separator, String last) {
    return String.join(separator, kinds.subList(0, kinds.size() - 1))
        + last
        + kinds.get(kinds.size() - 1);
  }
}
