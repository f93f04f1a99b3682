package org.dangjian.io.json.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ImmutableReadLimits;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.ReadLimits;
import org.dangjian.io.json.JsonTestSupport;
import org.dangjian.io.json.JsonTestSupport.Imported;
import org.dangjian.validation.report.InputSummary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reading limit at its boundary, in both forms: input exactly at the limit reads without an
 * {@code IO-LIMIT}, one more gives exactly one {@code IO-LIMIT} that names the limit with its
 * maximum and the size found, at the place it was found, and reading stops.
 */
class JsonLimitsTest {

  /**
   * A member whose longest string is its 30-character name, whose longest number has 5 digits and
   * whose deepest values (a development step, a dues payment) are 3 levels below it.
   */
  static final String MEMBER =
      "{\"id\":\"m1\",\"name\":\""
          + "张".repeat(30)
          + "\",\"gender\":\"MALE\","
          + "\"birthDate\":\"1990-01-01\",\"stage\":\"FULL\",\"organizationId\":\"b1\","
          + "\"development\":{\"steps\":[{\"step\":\"APPLICATION\",\"date\":\"2020-01-01\"}]},"
          + "\"dues\":{\"category\":\"SALARIED\",\"payments\":[{\"month\":\"2024-01\","
          + "\"amount\":1234.5}]}}";

  /** Depth of the deepest value of a record (the step objects) below the record itself. */
  static final int RECORD_DEPTH = 3;

  static String text(DataFormat format, String member) {
    return format == DataFormat.JSON
        ? JsonDocumentReadTest.HEADER + "\"members\":[\n" + member + "\n]}"
        : JsonLinesReadTest.HEADER + "\n{\"kind\":\"member\",\"record\":" + member + "}\n";
  }

  /** How deep the record object itself sits: in the members array, or in the line object. */
  static int recordLevel(DataFormat format) {
    return format == DataFormat.JSON ? 3 : 2;
  }

  static Imported read(
      DataFormat format,
      String member,
      Function<ImmutableReadLimits.Builder, ImmutableReadLimits.Builder> limits) {
    ReadLimits chosen = limits.apply(ReadLimits.builder()).build();
    return JsonTestSupport.read(
        text(format, member).getBytes(StandardCharsets.UTF_8),
        format,
        ImportOptions.builder().asOf(JsonTestSupport.AS_OF).limits(chosen).build());
  }

  static List<String> limitIssues(Imported imported) {
    return imported.issues("IO-LIMIT").stream().map(JsonTestSupport::describe).toList();
  }

  static Stream<DataFormat> bothForms() {
    return Stream.of(DataFormat.JSON, DataFormat.JSON_LINES);
  }

  @ParameterizedTest
  @MethodSource("bothForms")
  void nestingDepth(DataFormat format) {
    int deepest = recordLevel(format) + RECORD_DEPTH;

    Imported at = read(format, MEMBER, l -> l.maxNestingDepth(deepest));
    Imported over = read(format, MEMBER, l -> l.maxNestingDepth(deepest - 1));

    assertThat(limitIssues(at)).isEmpty();
    assertThat(at.report().input()).contains(new InputSummary(1, 1, 0, false));
    String pointer = format == DataFormat.JSON ? "/members/0" : "/record";
    // Where the parser stopped: just after the opening brace one level too deep.
    int column = MEMBER.indexOf("{\"step\"") + 2 + (format == DataFormat.JSON ? 0 : 26);
    assertThat(limitIssues(over))
        .containsExactly(
            "IO-LIMIT "
                + (format == DataFormat.JSON ? 3 : 2)
                + ":"
                + column
                + " "
                + pointer
                + "/development/steps/0 - member#0 m1 actual="
                + deepest
                + " limit=maxNestingDepth max="
                + (deepest - 1));
    assertThat(over.report().input()).contains(new InputSummary(1, 0, 1, true));
  }

  @ParameterizedTest
  @MethodSource("bothForms")
  void stringLength(DataFormat format) {
    Imported at = read(format, MEMBER, l -> l.maxStringLength(30));
    Imported over = read(format, MEMBER, l -> l.maxStringLength(29));

    assertThat(limitIssues(at)).isEmpty();
    assertThat(limitIssues(over))
        .singleElement()
        .asString()
        .contains("member#0 m1 actual=30 limit=maxStringLength max=29");
    assertThat(over.report().input()).contains(new InputSummary(1, 0, 1, true));
  }

  @ParameterizedTest
  @MethodSource("bothForms")
  void numberLength(DataFormat format) {
    // Jackson counts the digits of a number, not its sign or decimal point: 1234.5 has 5.
    Imported at = read(format, MEMBER, l -> l.maxNumberLength(5));
    Imported over = read(format, MEMBER, l -> l.maxNumberLength(4));

    assertThat(limitIssues(at)).isEmpty();
    assertThat(limitIssues(over))
        .singleElement()
        .asString()
        .contains("member#0 m1 actual=5 limit=maxNumberLength max=4");
  }

  @ParameterizedTest
  @MethodSource("bothForms")
  void nameLength(DataFormat format) {
    String longName = "x".repeat(40);
    String member = MEMBER.replace("\"stage\"", "\"" + longName + "\":1,\"stage\"");

    Imported at = read(format, member, l -> l.maxNameLength(40));
    Imported over = read(format, member, l -> l.maxNameLength(39));

    assertThat(limitIssues(at)).isEmpty();
    assertThat(at.issues("IO-UNKNOWN-FIELD")).hasSize(1);
    assertThat(limitIssues(over))
        .singleElement()
        .asString()
        .contains("member#0 m1 actual=40 limit=maxNameLength max=39");
  }

  @ParameterizedTest
  @MethodSource("bothForms")
  void recordSize(DataFormat format) {
    String line = "{\"kind\":\"member\",\"record\":" + MEMBER + "}";
    int size =
        format == DataFormat.JSON ? MEMBER.length() : line.getBytes(StandardCharsets.UTF_8).length;

    Imported at = read(format, MEMBER, l -> l.maxRecordSize(size));
    Imported over = read(format, MEMBER, l -> l.maxRecordSize(size - 1));

    assertThat(limitIssues(at)).isEmpty();
    assertThat(at.report().input()).contains(new InputSummary(1, 1, 0, false));
    assertThat(limitIssues(over))
        .singleElement()
        .asString()
        .contains("actual=" + size + " limit=maxRecordSize max=" + (size - 1));
    assertThat(over.report().input()).contains(new InputSummary(1, 0, 1, true));
  }
}
