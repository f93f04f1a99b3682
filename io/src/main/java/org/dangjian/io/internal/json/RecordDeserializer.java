package org.dangjian.io.internal.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.dangjian.core.code.Codes;
import org.dangjian.core.id.PersonalNumbers;
import org.dangjian.io.internal.PersonalData;
import org.dangjian.io.internal.json.RecordModel.Attribute;
import org.dangjian.io.internal.json.RecordModel.Kind;
import org.dangjian.validation.InputProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Reads one domain record from a JSON object through the generated strict builder: each field by
 * the kind of its attribute, lists and optionals by their elements, nested records through the
 * mapper, dates through Jackson's own deserializers. Absent and {@code null} fields are empty.
 *
 * <p>In a user's mapper the first problem throws a {@link MismatchedInputException} whose message
 * names the record and the field path in domain names ({@code member field
 * "development.steps[2].date"}) and masks personal values. Inside our import ({@link ProblemSink}
 * present) every problem of the record is reported, reading goes on to the end of the record, and
 * the result is null when anything was wrong.
 */
final class RecordDeserializer extends ValueDeserializer<Object> {

  private static final Object FAILED = new Object();
  private static final Object ABSENT = new Object();
  private static final int MAX_SHOWN = 100;
  private static final int MAX_DIGITS = 64;

  private final RecordModel model;
  private final ValueDeserializer<?>[] delegates;

  RecordDeserializer(RecordModel model) {
    this.model = model;
    this.delegates = new ValueDeserializer<?>[model.attributes().size()];
  }

  /** Finds the deserializers of nested records and dates once, when the mapper creates this. */
  @Override
  public void resolve(DeserializationContext ctxt) {
    for (Attribute attribute : model.attributes()) {
      if (attribute.kind == Kind.RECORD
          || attribute.kind == Kind.DATE
          || attribute.kind == Kind.YEAR_MONTH) {
        delegates[attribute.index] =
            ctxt.findRootValueDeserializer(ctxt.constructType(attribute.valueClass));
      }
    }
  }

  private Object delegate(JsonParser p, DeserializationContext ctxt, ReadState state, Attribute a)
      throws JacksonException {
    ValueDeserializer<?> deserializer = delegates[a.index];
    if (deserializer == null) {
      return ctxt.readValue(p, a.valueClass);
    }
    if (deserializer instanceof RecordDeserializer nested) {
      // A record inside a record shares the state at hand: no attribute look-up per object.
      return nested.deserialize(p, ctxt, state);
    }
    return deserializer.deserialize(p, ctxt);
  }

  @Override
  public Class<?> handledType() {
    return model.type();
  }

  @Override
  public boolean isCachable() {
    return true;
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
    return deserialize(p, ctxt, ReadState.of(ctxt));
  }

  private Object deserialize(JsonParser p, DeserializationContext ctxt, ReadState state)
      throws JacksonException {
    boolean root = state.root == null;
    JsonToken token = p.currentToken();
    TokenStreamLocation start = p.currentTokenLocation();
    if (root) {
      state.root = p.streamReadContext();
      state.rootModel = model;
    }
    try {
      if (token == JsonToken.START_OBJECT) {
        token = p.nextToken();
      } else if (token != JsonToken.PROPERTY_NAME && token != JsonToken.END_OBJECT) {
        mismatch(p, state, Kind.RECORD, false);
        return null;
      }
      return readObject(p, ctxt, state, root, token, start);
    } catch (StreamReadException e) {
      // Jackson's own description quotes the broken token, which may hold an ID or mobile number
      // (issue 12); the importer masks it in its report, a user's mapper gets it masked here.
      if (root && state.sink == null && PersonalNumbers.containsPersonalNumber(e.getMessage())) {
        StreamReadException masked =
            new StreamReadException(
                p, PersonalNumbers.scrub(e.getOriginalMessage()), e.getLocation());
        masked.setStackTrace(e.getStackTrace());
        throw masked;
      }
      throw e;
    } finally {
      if (root) {
        state.root = null;
        state.rootModel = null;
      }
    }
  }

  private Object readObject(
      JsonParser p,
      DeserializationContext ctxt,
      ReadState state,
      boolean root,
      JsonToken first,
      TokenStreamLocation start)
      throws JacksonException {
    Object builder = model.newBuilder();
    boolean[] seen = new boolean[model.attributes().size()];
    boolean ok = true;
    int previous = -1;
    for (JsonToken token = first; token == JsonToken.PROPERTY_NAME; token = p.nextToken()) {
      if (state.sink != null) {
        state.sink.checkSize(p);
      }
      String name = p.currentName();
      Attribute attribute = model.attributeAfter(previous, name);
      if (attribute == null || seen[attribute.index]) {
        // Skip the value first: a limit inside it ends the record before anything is reported.
        TokenStreamLocation at = p.currentTokenLocation();
        String pointer = JsonPaths.pointer(p);
        String field = path(p, state);
        p.nextToken();
        p.skipChildren();
        if (attribute != null) {
          report(
              at,
              pointer,
              p,
              state,
              InputProblem.SYNTAX,
              field,
              null,
              Map.of(
                  "detail",
                  "duplicate field \"" + name + "\"",
                  "detailZh",
                  "字段 \"" + name + "\" 重复"),
              "duplicate field");
          ok = false;
        } else if (state.sink != null || unknownFails(ctxt)) {
          report(
              at,
              pointer,
              p,
              state,
              InputProblem.UNKNOWN_FIELD,
              field,
              null,
              Map.of(),
              "unknown field");
          ok = false;
        }
        continue;
      }
      previous = attribute.index;
      if (p.nextToken() == JsonToken.VALUE_NULL) {
        continue;
      }
      seen[attribute.index] = true;
      Object value = read(p, ctxt, state, attribute);
      if (value == FAILED) {
        ok = false;
      } else if (value != ABSENT) {
        attribute.set(builder, value);
        if (root
            && state.sink != null
            && attribute.name.equals("id")
            && value instanceof String id) {
          state.sink.recordId(id);
        }
      }
    }
    // The parser is at the object's closing brace: its context names the object itself.
    for (Attribute attribute : model.attributes()) {
      if (attribute.required && !seen[attribute.index]) {
        report(
            start,
            JsonPaths.pointer(p),
            p,
            state,
            InputProblem.MISSING_FIELD,
            JsonPaths.child(objectPath(p, state, root), attribute.name),
            null,
            Map.of(),
            "missing required field");
        ok = false;
      }
    }
    if (!ok) {
      return null;
    }
    try {
      return model.build(builder);
    } catch (IllegalStateException | IllegalArgumentException e) {
      String objectPath = objectPath(p, state, root);
      String field = objectPath.isEmpty() ? model.displayName() : objectPath;
      report(
          start,
          JsonPaths.pointer(p),
          p,
          state,
          InputProblem.VALUE,
          objectPath,
          null,
          Map.of(
              "field",
              field,
              "expected",
              "一致的取值（" + e.getMessage() + "）",
              "expectedEn",
              "consistent values (" + e.getMessage() + ")"),
          "inconsistent values: " + e.getMessage());
      return null;
    }
  }

  private static String objectPath(JsonParser p, ReadState state, boolean root) {
    return root ? "" : path(p, state);
  }

  private Object read(JsonParser p, DeserializationContext ctxt, ReadState state, Attribute a)
      throws JacksonException {
    return switch (a.container) {
      case SINGLE -> readValue(p, ctxt, state, a);
      case OPTIONAL -> {
        Object value = readValue(p, ctxt, state, a);
        yield value == FAILED || value == ABSENT ? value : Optional.of(value);
      }
      case OPTIONAL_INT -> {
        Object number = readValue(p, ctxt, state, a);
        yield number == FAILED ? number : OptionalInt.of((Integer) number);
      }
      case LIST -> readList(p, ctxt, state, a);
      case MAP -> readMap(p, ctxt, state, a);
    };
  }

  /** Reads an object of named values in its order; a repeated name is a duplicate field. */
  private Object readMap(JsonParser p, DeserializationContext ctxt, ReadState state, Attribute a)
      throws JacksonException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      mismatch(p, state, Kind.RECORD, false);
      return FAILED;
    }
    Map<String, Object> entries = new LinkedHashMap<>();
    boolean ok = true;
    for (JsonToken token = p.nextToken(); token == JsonToken.PROPERTY_NAME; token = p.nextToken()) {
      if (state.sink != null) {
        state.sink.checkSize(p);
      }
      String name = p.currentName();
      if (entries.containsKey(name)) {
        TokenStreamLocation at = p.currentTokenLocation();
        String pointer = JsonPaths.pointer(p);
        String field = path(p, state);
        p.nextToken();
        p.skipChildren();
        report(
            at,
            pointer,
            p,
            state,
            InputProblem.SYNTAX,
            field,
            null,
            Map.of(
                "detail", "duplicate field \"" + name + "\"", "detailZh", "字段 \"" + name + "\" 重复"),
            "duplicate field");
        ok = false;
        continue;
      }
      p.nextToken();
      Object value =
          p.currentToken() == JsonToken.VALUE_NULL
              ? mismatch(p, state, a.kind, false)
              : readValue(p, ctxt, state, a);
      if (value == FAILED) {
        ok = false;
      } else if (value != ABSENT) {
        entries.put(name, value);
      }
    }
    return ok ? entries : FAILED;
  }

  private Object readList(JsonParser p, DeserializationContext ctxt, ReadState state, Attribute a)
      throws JacksonException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      mismatch(p, state, a.kind, true);
      return FAILED;
    }
    List<Object> items = new ArrayList<>();
    boolean ok = true;
    for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
      if (state.sink != null) {
        state.sink.checkSize(p);
      }
      Object value = token == JsonToken.VALUE_NULL ? mismatch(p, state, a.kind, false) : null;
      if (value == null) {
        value = readValue(p, ctxt, state, a);
      }
      if (value == FAILED) {
        ok = false;
      } else if (value != ABSENT) {
        items.add(value);
      }
    }
    return ok ? items : FAILED;
  }

  private Object readValue(JsonParser p, DeserializationContext ctxt, ReadState state, Attribute a)
      throws JacksonException {
    JsonToken token = p.currentToken();
    return switch (a.kind) {
      case STRING -> token == JsonToken.VALUE_STRING ? p.getString() : mismatch(p, state, a);
      case INT -> {
        if (token != JsonToken.VALUE_NUMBER_INT) {
          yield mismatch(p, state, a);
        }
        try {
          yield p.getIntValue();
        } catch (InputCoercionException e) {
          yield mismatch(p, state, a);
        }
      }
      case BOOLEAN ->
          token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE
              ? token == JsonToken.VALUE_TRUE
              : mismatch(p, state, a);
      case DECIMAL -> {
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
          yield mismatch(p, state, a);
        }
        BigDecimal number = p.getDecimalValue();
        yield plainDigits(number) ? number : mismatch(p, state, a);
      }
      case DATE, YEAR_MONTH -> {
        if (token != JsonToken.VALUE_STRING) {
          yield mismatch(p, state, a);
        }
        Object quick =
            a.kind == Kind.DATE
                ? IsoDates.date(p.getStringCharacters(), p.getStringOffset(), p.getStringLength())
                : IsoDates.month(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
        if (quick != null) {
          yield quick;
        }
        try {
          // Jackson reads an empty string as null: that is not a date either.
          Object date = delegate(p, ctxt, state, a);
          yield date != null && inYearRange(date) ? date : mismatch(p, state, a);
        } catch (DatabindException e) {
          yield mismatch(p, state, a);
        }
      }
      case ENUM -> {
        if (token != JsonToken.VALUE_STRING && token != JsonToken.VALUE_NUMBER_INT) {
          yield mismatch(p, state, a);
        }
        Object byName =
            a.enumNames.find(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
        if (byName != null) {
          yield byName;
        }
        String text = p.getString();
        Optional<?> constant = lookup(a.valueClass, text);
        yield constant.isPresent() ? constant.get() : mismatch(p, state, a);
      }
      case ID_NUMBER, MOBILE, CREDIT_CODE ->
          token == JsonToken.VALUE_STRING
              ? identifier(p, ctxt, state, a, p.getString())
              : mismatch(p, state, a);
      case RECORD -> {
        if (token != JsonToken.START_OBJECT) {
          yield mismatch(p, state, a);
        }
        Object record = delegate(p, ctxt, state, a);
        yield record == null ? FAILED : record;
      }
    };
  }

  /**
   * True when {@code number} written out plainly has at most {@value #MAX_DIGITS} digits before and
   * after the point: {@code 1e999999999} is a valid JSON number whose plain form no amount
   * calculation should ever have to build.
   */
  private static boolean plainDigits(BigDecimal number) {
    return number.precision() - number.scale() <= MAX_DIGITS && number.scale() <= MAX_DIGITS;
  }

  /** True for dates and months of the years 1 to 9999, which ISO text writes as four digits. */
  private static boolean inYearRange(Object date) {
    int year = date instanceof LocalDate day ? day.getYear() : ((YearMonth) date).getYear();
    return year >= 1 && year <= 9999;
  }

  private Object identifier(
      JsonParser p, DeserializationContext ctxt, ReadState state, Attribute a, String text)
      throws JacksonException {
    if (state.sink != null) {
      Optional<?> value = state.sink.identifier(a.kind, text, p, state.root);
      return value.isPresent() ? value.get() : ABSENT;
    }
    try {
      Object value = ctxt.readValue(p, a.valueClass);
      return value == null ? ABSENT : value;
    } catch (MismatchedInputException e) {
      throw MismatchedInputException.from(
          p,
          a.valueClass,
          PersonalNumbers.scrub(
              String.format(
                  "Cannot read %s field \"%s\": %s",
                  rootName(state), path(p, state), e.getOriginalMessage())));
    }
  }

  /** Reports a value that does not read as {@code a}'s kind, and skips it. */
  private Object mismatch(JsonParser p, ReadState state, Attribute a) throws JacksonException {
    return mismatch(p, state, a.kind, false);
  }

  private Object mismatch(JsonParser p, ReadState state, Kind kind, boolean list)
      throws JacksonException {
    String expectedZh = list ? "数组" : kind.zh;
    String expectedEn = list ? "an array" : kind.en;
    if (kind == Kind.ENUM && !list) {
      expectedZh = "代码、常量名或中文名称";
      expectedEn = "a code, constant name or Chinese label";
    }
    TokenStreamLocation at = p.currentTokenLocation();
    String pointer = JsonPaths.pointer(p);
    String text = tokenText(p, kind);
    String field = path(p, state);
    p.skipChildren();
    report(
        at,
        pointer,
        p,
        state,
        InputProblem.VALUE,
        field,
        text,
        Map.of("field", field, "expected", expectedZh, "expectedEn", expectedEn),
        "cannot read \"" + text + "\"; expected " + expectedEn);
    return FAILED;
  }

  private static String tokenText(JsonParser p, Kind kind) throws JacksonException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT) {
      return "{…}";
    } else if (token == JsonToken.START_ARRAY) {
      return "[…]";
    }
    return shown(kind, token.isScalarValue() ? p.getString() : String.valueOf(token));
  }

  private static String shown(Kind kind, String text) {
    String masked =
        switch (kind) {
          case ID_NUMBER -> PersonalData.maskIdText(text);
          case MOBILE -> PersonalData.maskMobileText(text);
          default -> text;
        };
    return masked.length() <= MAX_SHOWN ? masked : masked.substring(0, MAX_SHOWN) + "…";
  }

  private static boolean unknownFails(DeserializationContext ctxt) {
    return ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  private static String path(JsonParser p, ReadState state) {
    return JsonPaths.fieldPath(p, state.root);
  }

  private String rootName(ReadState state) {
    return state.rootModel == null ? model.displayName() : state.rootModel.displayName();
  }

  private void report(
      JsonParser p,
      ReadState state,
      InputProblem problem,
      String field,
      String value,
      Map<String, String> arguments,
      String english)
      throws JacksonException {
    report(
        p.currentTokenLocation(),
        JsonPaths.pointer(p),
        p,
        state,
        problem,
        field,
        value,
        arguments,
        english);
  }

  private void report(
      TokenStreamLocation at,
      String pointer,
      JsonParser p,
      ReadState state,
      InputProblem problem,
      String field,
      String value,
      Map<String, String> arguments,
      String english)
      throws JacksonException {
    if (state.sink != null) {
      Map<String, String> all =
          problem == InputProblem.UNKNOWN_FIELD || problem == InputProblem.MISSING_FIELD
              ? Map.of("field", field)
              : arguments;
      state.sink.problem(problem, at, pointer, field, value, all);
      return;
    }
    String message =
        field.isEmpty()
            ? String.format("Cannot read %s: %s", rootName(state), english)
            : String.format("Cannot read %s field \"%s\": %s", rootName(state), field, english);
    throw MismatchedInputException.from(p, model.type(), PersonalNumbers.scrub(message));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Optional<?> lookup(Class<?> type, String text) {
    return Codes.lookup((Class) type, text);
  }
}
