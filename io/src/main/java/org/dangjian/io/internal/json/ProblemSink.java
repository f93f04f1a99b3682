package org.dangjian.io.internal.json;

import java.util.Map;
import java.util.Optional;
import org.dangjian.validation.InputProblem;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * Where the record deserializer reports inside our own import: problems are collected for the
 * record being read instead of thrown, identifiers go to the import's validation run, and the size
 * of the record is checked as it grows. In a user's own mapper there is no sink and the
 * deserializer throws instead.
 */
interface ProblemSink {

  /**
   * A decoding problem of the current record, at {@code at} (line and column), {@code pointer} and
   * {@code fieldPath}; {@code value} is already masked where personal.
   */
  void problem(
      InputProblem problem,
      TokenStreamLocation at,
      String pointer,
      String fieldPath,
      String value,
      Map<String, String> arguments);

  /**
   * Parses identifier text of {@code kind} (ID number, mobile number or credit code) at the
   * parser's current token through the import, which reports invalid text (its field path starts at
   * {@code root}); empty for invalid text and for the masks of our exports.
   */
  Optional<?> identifier(
      RecordModel.Kind kind, String text, JsonParser parser, TokenStreamContext root);

  /** The id of the record being read, as soon as it is known. */
  void recordId(String id);

  /** Checks the size of the record read so far; throws {@link LimitException} beyond the limit. */
  void checkSize(JsonParser parser);
}
