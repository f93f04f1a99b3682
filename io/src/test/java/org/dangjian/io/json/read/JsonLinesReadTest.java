package org.dangjian.io.json.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.json.JsonTestSupport;
import org.dangjian.io.json.JsonTestSupport.Imported;
import org.dangjian.validation.report.InputSummary;
import org.junit.jupiter.api.Test;

/** Reading JSON Lines: the header, one record per line, lines that cannot be read. */
class JsonLinesReadTest {

  static final String HEADER =
      "{\"kind\":\"header\",\"format\":\"dangjian-exchange\",\"version\":\"1.0\"}";

  static final String MEMBER =
      "{\"kind\":\"member\",\"record\":" + JsonDocumentReadTest.MEMBER + "}";

  static String lines(String... lines) {
    return HEADER + "\n" + String.join("\n", lines) + "\n";
  }

  @Test
  void readsRecordsWithTheirLineNumbersAndPointersIntoTheRecord() {
    Imported imported =
        JsonTestSupport.read(
            lines(MEMBER, MEMBER.replace("m1", "m2").replace("1990-01-01", "1990-1-1")),
            DataFormat.JSON_LINES);

    assertThat(imported.io())
        .containsExactlyInAnyOrder(
            "IO-VALUE 3:78 /record/birthDate birthDate member#1 m2 value=1990-1-1"
                + " expected=日期（yyyy-MM-dd） expectedEn=a date (yyyy-MM-dd) field=birthDate",
            "IO-REJECTED 3:1 - - member#1 m2 value="
                + MEMBER.replace("m1", "m2").replace("1990-01-01", "1990-1-1"));
    assertThat(imported.report().input()).contains(new InputSummary(2, 1, 1, false));
  }

  @Test
  void malformedLineIsRejectedAndReadingResumesAtTheNextLine() {
    Imported imported =
        JsonTestSupport.read(
            lines(
                MEMBER,
                "{\"kind\":\"member\",\"record\":{\"id\":\"m2\",}}",
                "",
                MEMBER.replace("m1", "m3")),
            DataFormat.JSON_LINES);

    assertThat(imported.io())
        .containsExactlyInAnyOrder(
            "IO-SYNTAX 3:38 /record/id - member#1 m2 detail=Unexpected character ('}' (code 125)):"
                + " was expecting double-quote to start property name",
            "IO-REJECTED 3:1 - - member#1 m2 value={\"kind\":\"member\",\"record\":{\"id\":\"m2\"…");
    assertThat(imported.report().input()).contains(new InputSummary(3, 2, 1, false));
  }

  @Test
  void headerMustBeTheFirstLine() {
    assertThat(header(MEMBER))
        .containsExactly(
            "IO-FORMAT 1:1 - - -#- - value=kind member expected=dangjian-exchange 1.0");
    assertThat(header(HEADER.replace("1.0", "0.9")))
        .containsExactly(
            "IO-FORMAT 1:1 - - -#- - value=dangjian-exchange 0.9 expected=dangjian-exchange 1.0");
    assertThat(header(""))
        .containsExactly(
            "IO-FORMAT 2:1 - - -#- - value=kind member expected=dangjian-exchange 1.0");
    assertThat(JsonTestSupport.read("\n \n", DataFormat.JSON_LINES).io())
        .containsExactly("IO-FORMAT 1:1 - - -#- - value=(empty) expected=dangjian-exchange 1.0");
    assertThat(header("not json"))
        .containsExactly(
            "IO-FORMAT 1:1 - - -#- - value=kind (none) expected=dangjian-exchange 1.0");
  }

  private static java.util.List<String> header(String first) {
    Imported imported = JsonTestSupport.read(first + "\n" + MEMBER + "\n", DataFormat.JSON_LINES);
    assertThat(imported.report().input().get().read()).isZero();
    return imported.io();
  }

  @Test
  void blankLinesCrLfAndByteOrderMarkAreAccepted() {
    Imported imported =
        JsonTestSupport.read(
            "\uFEFF" + HEADER + "\r\n\r\n   \r\n" + MEMBER + "\r\n\n" + MEMBER.replace("m1", "m2"),
            DataFormat.JSON_LINES);

    assertThat(imported.io()).isEmpty();
    assertThat(imported.dataset().members()).hasSize(2);
  }

  @Test
  void kindAndRecordProblemsAreReportedPerLine() {
    Imported imported =
        JsonTestSupport.read(
            lines(
                "{\"record\":{\"id\":\"x\"}}",
                "{\"kind\":\"notice\",\"record\":{}}",
                "{\"kind\":\"member\"}",
                "{\"kind\":\"member\",\"record\":[]}",
                "{\"kind\":\"member\",\"record\":" + JsonDocumentReadTest.MEMBER + ",\"note\":1}",
                "[1]",
                MEMBER + " {}"),
            DataFormat.JSON_LINES);

    assertThat(imported.io())
        .filteredOn(s -> !s.startsWith("IO-REJECTED"))
        .containsExactlyInAnyOrder(
            "IO-MISSING-FIELD 2:1 - kind -#- - field=kind",
            "IO-VALUE 3:9 /kind kind -#- - value=notice expected=organization、member、activity、pairing、"
                + "bulletin、unit、pointEntry 或 team expectedEn=organization, member, activity, pairing,"
                + " bulletin, unit, pointEntry or team field=kind",
            "IO-MISSING-FIELD 4:1 - record member#0 - field=record",
            "IO-VALUE 5:27 /record record member#1 - value=START_ARRAY expected=对象"
                + " expectedEn=an object field=record",
            "IO-UNKNOWN-FIELD 6:129 /note note member#2 m1 field=note",
            "IO-SYNTAX 7:1 - - -#- - detail=a line holds one JSON object",
            "IO-SYNTAX 8:130 - - member#3 m1 detail=content after the record on the same line");
    assertThat(imported.report().input()).contains(new InputSummary(7, 0, 7, false));
  }

  @Test
  void recordMayComeBeforeItsKind() {
    Imported imported =
        JsonTestSupport.read(
            lines("{\"record\":" + JsonDocumentReadTest.MEMBER + ",\"kind\":\"member\"}"),
            DataFormat.JSON_LINES);

    assertThat(imported.io()).isEmpty();
    assertThat(imported.dataset().members()).hasSize(1);
  }

  @Test
  void lineThatIsNotUtf8IsRejectedAndReadingResumes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(lines(MEMBER).getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes((MEMBER.replace("m1", "m2") + "\n").getBytes(Charset.forName("GB18030")));
    bytes.writeBytes((MEMBER.replace("m1", "m3") + "\n").getBytes(StandardCharsets.UTF_8));

    Imported imported =
        JsonTestSupport.read(
            bytes.toByteArray(), DataFormat.JSON_LINES, ImportOptions.of(JsonTestSupport.AS_OF));

    assertThat(imported.io())
        .containsExactlyInAnyOrder(
            "IO-ENCODING 3:46 - - -#- - detail=bytes that are not UTF-8",
            "IO-REJECTED 3:1 - - -#- - value={\"kind\":\"member\",\"record\":{\"id\":\"m2\",\"name\"…");
    assertThat(imported.report().input()).contains(new InputSummary(3, 2, 1, false));
  }
}
