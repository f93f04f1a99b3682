package org.dangjian.io.internal.json;

import java.io.IOException;
import java.io.InputStream;
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
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON exchange document record by record with the streaming parser, never holding more
 * than one record: {@code {"format":"dangjian-exchange","version":"1.0","organizations":[...],
 * "members":[...],"activities":[...],"pairings":[...]}}, format and version first, sections in any
 * order. Malformed JSON, bytes that are not UTF-8 and exceeded limits end the reading (the record
 * in progress is rejected); a record with problems is rejected and reading goes on.
 */
public final class JsonDocumentReader implements FormatReader {

  @Override
  public DataFormat format() {
    return DataFormat.JSON;
  }

  @Override
  public void read(InputStream in, String source, ReadContext context) throws IOException {
    ReadLimits limits = context.options().limits();
    JsonMapper mapper = JsonSupport.reader(limits);
    Utf8Reader chars = new Utf8Reader(in);
    RecordSession session = new RecordSession(context, source, mapper);
    try (JsonParser p = mapper.createParser(chars)) {
      try {
        if (header(p, session)) {
          body(p, session, chars, context);
        } else {
          context.stoppedEarly();
        }
      } catch (StreamConstraintsException e) {
        StreamFailures.limit(session, e, p, limits, 0);
        end(session, chars, p, context);
      } catch (StreamReadException e) {
        StreamFailures.syntax(session, e, p, 0);
        end(session, chars, p, context);
      } catch (JacksonIOException e) {
        if (!(e.getCause() instanceof Utf8Reader.EncodingException encoding)) {
          throw e.getCause();
        }
        session.report(
            InputProblem.ENCODING,
            encoding.line,
            encoding.column,
            JsonPaths.pointer(p),
            null,
            Map.of("detail", encoding.getMessage()));
        end(session, chars, p, context);
      }
    }
  }

  /** Rejects the record in progress, if any, and marks the input as not read to its end. */
  private static void end(
      RecordSession session, Utf8Reader chars, JsonParser p, ReadContext context) {
    if (session.active()) {
      session.reject(chars.marked(Long.MAX_VALUE));
    }
    context.stoppedEarly();
  }

  private static boolean header(JsonParser p, RecordSession session) {
    JsonToken token = p.nextToken();
    if (token != JsonToken.START_OBJECT) {
      return format(p, session, token == null ? "(empty)" : describe(token));
    }
    p.nextToken();
    if (!property(p, "format")) {
      return format(p, session, found(p));
    }
    p.nextToken();
    if (!text(p, ExchangeFormat.NAME)) {
      return format(p, session, found(p));
    }
    p.nextToken();
    if (!property(p, "version")) {
      return format(p, session, found(p));
    }
    p.nextToken();
    if (!text(p, ExchangeFormat.VERSION)) {
      return format(p, session, ExchangeFormat.NAME + " " + found(p));
    }
    return true;
  }

  private static boolean property(JsonParser p, String name) {
    return p.currentToken() == JsonToken.PROPERTY_NAME && name.equals(p.currentName());
  }

  private static boolean text(JsonParser p, String expected) {
    return p.currentToken() == JsonToken.VALUE_STRING && expected.equals(p.getString());
  }

  private static String found(JsonParser p) {
    JsonToken token = p.currentToken();
    if (token == JsonToken.PROPERTY_NAME) {
      return "\"" + shorten(p.currentName()) + "\"";
    } else if (token != null && token.isScalarValue()) {
      return shorten(p.getString());
    }
    return describe(token);
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "(end of input)";
    }
    return switch (token) {
      case START_OBJECT -> "{…}";
      case START_ARRAY -> "[…]";
      case END_OBJECT -> "}";
      default -> token.name();
    };
  }

  private static String shorten(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "…";
  }

  private static boolean format(JsonParser p, RecordSession session, String found) {
    TokenStreamLocation at =
        p.currentToken() == null ? p.currentLocation() : p.currentTokenLocation();
    session.report(
        InputProblem.FORMAT,
        at.getLineNr(),
        at.getColumnNr(),
        JsonPaths.pointer(p),
        found,
        Map.of("expected", ExchangeFormat.NAME + " " + ExchangeFormat.VERSION));
    return false;
  }

  private static void body(
      JsonParser p, RecordSession session, Utf8Reader chars, ReadContext context) {
    JsonToken token = p.nextToken();
    for (; token == JsonToken.PROPERTY_NAME; token = p.nextToken()) {
      String name = p.currentName();
      int kind = ExchangeFormat.SECTIONS.indexOf(name);
      TokenStreamLocation at = p.currentTokenLocation();
      token = p.nextToken();
      if (ExchangeFormat.AS_OF.equals(name)) {
        // The header's date, read before the import by ExchangeFormat.declaredAsOf.
        p.skipChildren();
        continue;
      }
      if (kind < 0) {
        String pointer = JsonPaths.pointer(p);
        p.skipChildren();
        session.report(
            InputProblem.UNKNOWN_FIELD,
            at.getLineNr(),
            at.getColumnNr(),
            pointer,
            null,
            Map.of("field", name));
        continue;
      }
      if (token == JsonToken.VALUE_NULL) {
        continue;
      }
      if (token != JsonToken.START_ARRAY) {
        TokenStreamLocation value = p.currentTokenLocation();
        session.report(
            InputProblem.VALUE,
            value.getLineNr(),
            value.getColumnNr(),
            JsonPaths.pointer(p),
            found(p),
            Map.of("field", name, "expected", "数组", "expectedEn", "an array"));
        p.skipChildren();
        continue;
      }
      while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
        if (context.shouldStop()) {
          context.stoppedEarly();
          return;
        }
        record(p, session, chars, kind, name);
      }
    }
    if (context.shouldStop()) {
      return;
    }
    if (token != JsonToken.END_OBJECT || p.nextToken() != null) {
      TokenStreamLocation at = p.currentTokenLocation();
      session.report(
          InputProblem.SYNTAX,
          at.getLineNr(),
          at.getColumnNr(),
          JsonPaths.pointer(p),
          null,
          Map.of("detail", "content after the end of the document", "detailZh", "文档结束之后还有内容"));
      context.stoppedEarly();
    }
  }

  private static void record(
      JsonParser p, RecordSession session, Utf8Reader chars, int kind, String section) {
    session.begin(kind, p, 0, true);
    chars.mark(p.currentTokenLocation().getCharOffset());
    if (p.currentToken() != JsonToken.START_OBJECT) {
      String found = found(p);
      TokenStreamLocation at = p.currentTokenLocation();
      String pointer = JsonPaths.pointer(p);
      String field = section + "[" + p.streamReadContext().getCurrentIndex() + "]";
      p.skipChildren();
      session.problem(
          InputProblem.VALUE,
          at,
          pointer,
          "",
          found,
          Map.of("field", field, "expected", "对象", "expectedEn", "an object"));
      session.reject(found);
    } else {
      Object record = session.decode(p);
      session.finish(record, () -> chars.marked(p.currentLocation().getCharOffset()));
    }
    chars.unmark();
  }
}
