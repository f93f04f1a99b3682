package org.dangjian.io.internal.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.dangjian.core.id.MobileNumber;
import org.dangjian.core.id.ParseResult;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.id.SocialCreditCode;
import org.dangjian.core.record.ImmutableLocation;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.io.json.ExchangeFormat;
import org.dangjian.io.spi.ReadContext;
import org.dangjian.validation.InputProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.base.ParserBase;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The records of one input on their way into an import: reads each with the mapper's record
 * deserializers, collects its problems (which are reported once the record's id is known), and then
 * accepts it or rejects it with its raw content. It counts the records of each kind for their
 * index, and checks the size of a record of a JSON document as it grows.
 */
final class RecordSession implements ProblemSink {

  /** The kinds of record, in the order of {@link ExchangeFormat#RECORD_KINDS}. */
  static final List<RecordKind> KINDS = ExchangeFormat.RECORD_KINDS;

  private record Pending(
      InputProblem problem,
      int line,
      int column,
      String pointer,
      String fieldPath,
      String value,
      Map<String, String> arguments) {}

  private final ReadContext context;
  private final String source;
  private final int maxRecordSize;
  private final LocalDate asOf;
  private final ObjectReader[] readers = new ObjectReader[KINDS.size()];
  private final long[] counts = new long[KINDS.size()];
  private final List<Pending> pending = new ArrayList<>();
  private int kind = -1;
  private boolean active;
  private long index;
  private String id;
  private int lineOffset;
  private long start = -1;
  private int startLine;
  private int startColumn;
  private String startPointer;

  RecordSession(ReadContext context, String source, JsonMapper mapper) {
    this.context = context;
    this.source = source;
    this.maxRecordSize = context.options().limits().maxRecordSize();
    this.asOf = context.options().asOf();
    ReadState state = new ReadState(this);
    for (int i = 0; i < readers.length; i++) {
      readers[i] = mapper.readerFor(KINDS.get(i).type()).withAttribute(ReadState.KEY, state);
    }
  }

  /**
   * Starts a record of {@code kind} (an index into {@link #KINDS}, or -1 when unknown) at the
   * parser's current token; lines reported are shifted by {@code lineOffset}; {@code measure}
   * checks its size in characters as it is read.
   */
  void begin(int kind, JsonParser p, int lineOffset, boolean measure) {
    TokenStreamLocation at = p.currentTokenLocation();
    begin(
        kind,
        at.getLineNr() + lineOffset,
        at.getColumnNr(),
        JsonPaths.pointer(p),
        measure ? at.getCharOffset() : -1,
        lineOffset);
  }

  /**
   * Starts a record of {@code kind} at a known place, its size measured from character {@code
   * start} (-1: not measured); see {@link #begin(int, JsonParser, int, boolean)}.
   */
  void begin(int kind, int line, int column, String pointer, long start, int lineOffset) {
    this.kind = kind;
    this.active = true;
    this.index = kind >= 0 ? counts[kind]++ : -1;
    this.id = null;
    this.lineOffset = lineOffset;
    this.pending.clear();
    this.start = start;
    this.startLine = line;
    this.startColumn = column;
    this.startPointer = pointer;
  }

  /** The number of records of each kind begun so far, in the order of {@link #KINDS}. */
  long[] counts() {
    return counts.clone();
  }

  /** True between {@link #begin} and the record's acceptance or rejection. */
  boolean active() {
    return active;
  }

  /**
   * Reads the record the parser is at; null when it has problems, which are pending until {@link
   * #finish} or {@link #reject}.
   *
   * @throws JacksonException for malformed input or a limit, which end the record unfinished
   */
  Object decode(JsonParser p) throws JacksonException {
    Object record = readers[kind].readValue(p);
    if (start >= 0) {
      TokenStreamLocation end = p.currentLocation();
      long size = end.getCharOffset() - start;
      if (size > maxRecordSize) {
        throw new LimitException("maxRecordSize", maxRecordSize, size, end);
      }
    }
    return pending.isEmpty() ? record : null;
  }

  /** Accepts a decoded {@code record}, or rejects the record with {@code raw} when it is null. */
  void finish(Object record, Supplier<String> raw) {
    if (record == null || !pending.isEmpty()) {
      reject(raw.get());
      return;
    }
    Location location = recordLocation();
    active = false;
    context.record(KINDS.get(kind), record, location);
  }

  /** Reports the record's problems and rejects it with its {@code raw} content (masked). */
  void reject(String raw) {
    for (Pending problem : pending) {
      Location location =
          location(problem.line(), problem.column(), problem.pointer(), problem.fieldPath());
      context.problem(problem.problem(), location, problem.value(), problem.arguments());
    }
    pending.clear();
    context.reject(recordLocation(), raw);
    active = false;
  }

  /** Reports a problem of the current record at the parser's current token and field. */
  void problem(
      InputProblem problem,
      JsonParser p,
      String fieldPath,
      String value,
      Map<String, String> arguments) {
    problem(problem, p.currentTokenLocation(), JsonPaths.pointer(p), fieldPath, value, arguments);
  }

  /**
   * Reports a problem now, at a place in the input: in the current record when one is being read,
   * otherwise between records.
   */
  void report(
      InputProblem problem,
      int line,
      int column,
      String pointer,
      String value,
      Map<String, String> arguments) {
    context.problem(problem, location(line, column, pointer, ""), value, arguments);
  }

  @Override
  public void problem(
      InputProblem problem,
      TokenStreamLocation at,
      String pointer,
      String fieldPath,
      String value,
      Map<String, String> arguments) {
    pending.add(
        new Pending(
            problem,
            at.getLineNr() + lineOffset,
            at.getColumnNr(),
            pointer,
            fieldPath,
            value,
            arguments));
  }

  @Override
  public Optional<?> identifier(
      RecordModel.Kind kind, String text, JsonParser parser, TokenStreamContext root) {
    // Valid text, the common case, is parsed here without building a location; anything else
    // goes to the import, which reports it.
    ParseResult<?> parsed =
        switch (kind) {
          case ID_NUMBER -> ResidentIdNumber.parse(text, asOf);
          case MOBILE -> MobileNumber.parse(text);
          default -> SocialCreditCode.parse(text);
        };
    if (parsed.isValid()) {
      return parsed.value();
    }
    TokenStreamLocation at = parser.currentTokenLocation();
    Location location =
        location(
            at.getLineNr() + lineOffset,
            at.getColumnNr(),
            JsonPaths.pointer(parser),
            JsonPaths.fieldPath(parser, root));
    return switch (kind) {
      case ID_NUMBER -> context.residentIdNumber(text, location);
      case MOBILE -> context.mobileNumber(text, location);
      default -> context.creditCode(text, location);
    };
  }

  @Override
  public void recordId(String id) {
    this.id = id;
  }

  @Override
  public void checkSize(JsonParser p) {
    if (start >= 0) {
      long offset =
          p instanceof ParserBase base
              ? base.getTokenCharacterOffset()
              : p.currentTokenLocation().getCharOffset();
      if (offset - start > maxRecordSize) {
        throw new LimitException(
            "maxRecordSize", maxRecordSize, offset - start, p.currentTokenLocation());
      }
    }
  }

  /** The location of the current record: where it starts. */
  Location recordLocation() {
    return location(startLine, startColumn, startPointer, "");
  }

  /**
   * A location in the current record; an empty {@code pointer} (the root of the text) and an empty
   * {@code fieldPath} are left out.
   */
  Location location(int line, int column, String pointer, String fieldPath) {
    ImmutableLocation.Builder location =
        Location.builder().source(source).line(line).column(column);
    if (!pointer.isEmpty()) {
      location.jsonPointer(pointer);
    }
    if (active && kind >= 0) {
      location.recordKind(KINDS.get(kind)).recordIndex(index);
    }
    if (active && id != null) {
      location.recordId(id);
    }
    if (!fieldPath.isEmpty()) {
      location.fieldPath(fieldPath);
    }
    return location.build();
  }
}
