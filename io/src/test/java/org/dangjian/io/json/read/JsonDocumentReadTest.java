package org.dangjian.io.json.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.json.JsonTestSupport;
import org.dangjian.io.json.JsonTestSupport.Imported;
import org.dangjian.validation.report.InputSummary;
import org.junit.jupiter.api.Test;

/** Reading exchange documents with problems: every issue, its exact location, the counts. */
class JsonDocumentReadTest {

  static final String MEMBER =
      "{\"id\":\"m1\",\"name\":\"张三\",\"gender\":\"MALE\",\"birthDate\":\"1990-01-01\","
          + "\"stage\":\"FULL\",\"organizationId\":\"b1\"}";

  static final String HEADER = "{\"format\":\"dangjian-exchange\",\"version\":\"1.0\",\n";

  /** A document with {@code members}, one per line from line 3. */
  static String document(String... members) {
    return HEADER + "\"members\":[\n" + String.join(",\n", members) + "\n]}\n";
  }

  @Test
  void reportsEveryProblemOfARecordInOnePassThenRejectsIt() {
    String bad =
        MEMBER
            .replace("1990-01-01", "1990-13-01")
            .replace("MALE", "X")
            .replace("\"stage\":\"FULL\",", "\"nmae\":1,");

    Imported imported = JsonTestSupport.read(document(MEMBER, bad, MEMBER), DataFormat.JSON);

    assertThat(imported.io())
        .containsExactlyInAnyOrder(
            "IO-VALUE 4:33 /members/1/gender gender member#1 m1 value=X"
                + " expected=代码、常量名或中文名称 expectedEn=a code, constant name or Chinese label"
                + " field=gender",
            "IO-VALUE 4:49 /members/1/birthDate birthDate member#1 m1 value=1990-13-01"
                + " expected=日期（yyyy-MM-dd） expectedEn=a date (yyyy-MM-dd) field=birthDate",
            "IO-UNKNOWN-FIELD 4:62 /members/1/nmae nmae member#1 m1 field=nmae",
            "IO-MISSING-FIELD 4:1 /members/1 stage member#1 m1 field=stage",
            "IO-REJECTED 4:1 /members/1 - member#1 m1 value={\"id\":\"m1\",\"name\":\"张三\","
                + "\"gender\":\"X\",\"birthDate\":\"1990-13-01\",\"nmae\":1,\"organizationId\":\"b1\"}");
    assertThat(imported.report().input()).contains(new InputSummary(3, 2, 1, false));
    assertThat(imported.dataset().members()).hasSize(2);
  }

  @Test
  void namesNestedFieldsByDomainPathAndPointer() {
    String member =
        MEMBER.replace(
            "\"organizationId\":\"b1\"",
            "\"organizationId\":\"b1\",\"development\":{\"steps\":["
                + "{\"step\":\"APPLICATION\",\"date\":\"2020-01-01\"},"
                + "{\"step\":\"APPLICATION_TALK\",\"date\":\"2020-02-30\"}],"
                + "\"training\":{\"days\":\"三\",\"completedOn\":\"2021-01-01\"}}");

    Imported imported = JsonTestSupport.read(document(member), DataFormat.JSON);

    assertThat(imported.io())
        .containsExactlyInAnyOrder(
            "IO-MISSING-FIELD 3:229 /members/0/development/training development.training.classHours"
                + " member#0 m1 field=development.training.classHours",
            "IO-REJECTED 3:1 /members/0 - member#0 m1 value="
                + member.replace("2020-02-30\"}]", "2020-02-30\"}]"),
            "IO-VALUE 3:203 /members/0/development/steps/1/date development.steps[1].date"
                + " member#0 m1 value=2020-02-30 expected=日期（yyyy-MM-dd）"
                + " expectedEn=a date (yyyy-MM-dd) field=development.steps[1].date",
            "IO-VALUE 3:237 /members/0/development/training/days development.training.days"
                + " member#0 m1 value=三 expected=整数 expectedEn=an integer"
                + " field=development.training.days");
  }

  @Test
  void invalidIdNumberIsReportedMaskedAndTheRecordKeptWithoutIt() {
    String member = MEMBER.replace("\"stage\"", "\"idNumber\":\"110105194912310021\",\"stage\"");

    Imported imported = JsonTestSupport.read(document(member), DataFormat.JSON);

    assertThat(imported.issues("ID-"))
        .extracting(JsonTestSupport::describe)
        .containsExactlyInAnyOrder(
            "ID-CHECKSUM 3:76 /members/0/idNumber idNumber member#0 m1 value=11****************"
                + " problem=校验码不正确 problemEn=the check character does not match");
    assertThat(imported.io()).isEmpty();
    assertThat(imported.dataset().members())
        .singleElement()
        .satisfies(m -> assertThat(m.idNumber()).isEmpty());
  }

  @Test
  void rejectedRecordIsShownCompactWithIdentifiersMasked() {
    String member =
        "{ \"id\" : \"m1\",\n  \"idNumber\" : \"11010519491231002X\",\n  \"phone\" : \"13800138000\","
            + "\n  \"name\" : 7 }";

    Imported imported = JsonTestSupport.read(document(member), DataFormat.JSON);

    assertThat(imported.issues("IO-REJECTED"))
        .singleElement()
        .satisfies(
            issue ->
                assertThat(issue.value())
                    .contains(
                        "{\"id\":\"m1\",\"idNumber\":\"11****************\","
                            + "\"phone\":\"138****8000\",\"name\":7}"));
    assertThat(
            imported
                .report()
                .render(org.dangjian.validation.report.ReportFormat.TEXT, java.util.Locale.ROOT))
        .doesNotContain("11010519491231002X")
        .doesNotContain("13800138000");
  }

  @Test
  void formatAndVersionMustComeFirst() {
    assertThat(format("{\"format\":\"dangjian-exchange\",\"version\":\"2.0\",\"members\":[]}"))
        .containsExactlyInAnyOrder(
            "IO-FORMAT 1:41 /version - -#- - value=dangjian-exchange 2.0"
                + " expected=dangjian-exchange 1.0");
    assertThat(format("{\"members\":[],\"format\":\"dangjian-exchange\",\"version\":\"1.0\"}"))
        .containsExactlyInAnyOrder(
            "IO-FORMAT 1:2 /members - -#- - value=\"members\" expected=dangjian-exchange 1.0");
    assertThat(format("{\"format\":\"other\"}"))
        .containsExactlyInAnyOrder(
            "IO-FORMAT 1:11 /format - -#- - value=other expected=dangjian-exchange 1.0");
    assertThat(format("[]"))
        .containsExactlyInAnyOrder(
            "IO-FORMAT 1:1 - - -#- - value=[…] expected=dangjian-exchange 1.0");
    assertThat(format("  "))
        .containsExactlyInAnyOrder(
            "IO-FORMAT 1:3 - - -#- - value=(empty) expected=dangjian-exchange 1.0");
  }

  private static java.util.List<String> format(String text) {
    Imported imported = JsonTestSupport.read(text, DataFormat.JSON);
    assertThat(imported.report().input()).contains(new InputSummary(0, 0, 0, true));
    return imported.io();
  }

  @Test
  void truncatedDocumentEndsReadingAndRejectsTheRecordInProgress() {
    String text = document(MEMBER, MEMBER.replace("m1", "m2"));
    String truncated = text.substring(0, text.indexOf("\"m2\"") + 14);

    Imported imported = JsonTestSupport.read(truncated, DataFormat.JSON);

    assertThat(imported.io())
        .containsExactlyInAnyOrder(
            "IO-REJECTED 4:1 /members/1 - member#1 m2 value={\"id\":\"m2\",\"name\"…",
            "IO-SYNTAX 4:21 /members/1/name - member#1 m2 detail=Unexpected end-of-input:"
                + " was expecting closing quote for a string value");
    assertThat(imported.report().input()).contains(new InputSummary(2, 1, 1, true));
  }

  @Test
  void bytesThatAreNotUtf8EndReadingAtTheirLineAndColumn() {
    byte[] gb18030 =
        document(MEMBER, MEMBER.replace("m1", "m2")).getBytes(Charset.forName("GB18030"));

    Imported imported =
        JsonTestSupport.read(gb18030, DataFormat.JSON, ImportOptions.of(JsonTestSupport.AS_OF));

    assertThat(imported.io())
        .containsExactlyInAnyOrder(
            "IO-ENCODING 3:20 /members/0/name - member#0 m1 detail=bytes that are not UTF-8",
            "IO-REJECTED 3:1 /members/0 - member#0 m1 value={\"id\":\"m1\",\"name\"…");
    assertThat(imported.report().input()).contains(new InputSummary(1, 0, 1, true));
  }

  @Test
  void utf16IsRefused() {
    byte[] utf16 = document(MEMBER).getBytes(StandardCharsets.UTF_16LE);

    Imported imported =
        JsonTestSupport.read(utf16, DataFormat.JSON, ImportOptions.of(JsonTestSupport.AS_OF));

    assertThat(imported.io())
        .containsExactlyInAnyOrder("IO-ENCODING 1:1 - - -#- - detail=UTF-16 or UTF-32, not UTF-8");
  }

  @Test
  void byteOrderMarkIsSkippedAndNotCounted() {
    Imported imported =
        JsonTestSupport.read(
            "\uFEFF{\"format\":\"dangjian-exchange\",\"version\":\"1.0\",\"members\":["
                + MEMBER.replace("MALE", "?")
                + "]}",
            DataFormat.JSON);

    assertThat(imported.issues("IO-VALUE"))
        .extracting(JsonTestSupport::describe)
        .containsExactlyInAnyOrder(
            "IO-VALUE 1:90 /members/0/gender gender member#0 m1 value=?"
                + " expected=代码、常量名或中文名称 expectedEn=a code, constant name or Chinese label"
                + " field=gender");
  }

  @Test
  void recordsThatAreNotObjectsAreRejected() {
    Imported imported = JsonTestSupport.read(document("1", "null", MEMBER), DataFormat.JSON);

    assertThat(imported.io())
        .containsExactlyInAnyOrder(
            "IO-REJECTED 3:1 /members/0 - member#0 - value=1",
            "IO-REJECTED 4:1 /members/1 - member#1 - value=null",
            "IO-VALUE 3:1 /members/0 - member#0 - value=1 expected=对象 expectedEn=an object"
                + " field=members[0]",
            "IO-VALUE 4:1 /members/1 - member#1 - value=null expected=对象 expectedEn=an object"
                + " field=members[1]");
    assertThat(imported.report().input()).contains(new InputSummary(3, 1, 2, false));
  }

  @Test
  void unknownSectionIsReportedAndSkipped() {
    Imported imported =
        JsonTestSupport.read(
            HEADER + "\"notices\":[{\"a\":[1,2]}],\"members\":[" + MEMBER + "]}", DataFormat.JSON);

    assertThat(imported.io())
        .containsExactlyInAnyOrder("IO-UNKNOWN-FIELD 2:1 /notices - -#- - field=notices");
    assertThat(imported.dataset().members()).hasSize(1);
  }

  @Test
  void contentAfterTheDocumentIsASyntaxError() {
    Imported imported = JsonTestSupport.read(document(MEMBER) + "{}", DataFormat.JSON);

    assertThat(imported.io())
        .containsExactlyInAnyOrder(
            "IO-SYNTAX 5:1 - - -#- - detail=content after the end of the document");
    assertThat(imported.report().input()).contains(new InputSummary(1, 1, 0, true));
  }

  @Test
  void strictModeStopsAtTheFirstError() {
    String bad = MEMBER.replace("MALE", "X");

    Imported imported =
        JsonTestSupport.read(
            document(MEMBER, bad, bad, MEMBER),
            DataFormat.JSON,
            ImportOptions.builder().asOf(JsonTestSupport.AS_OF).strict(true).build());

    assertThat(imported.issues("IO-VALUE")).hasSize(1);
    assertThat(imported.report().input()).contains(new InputSummary(2, 1, 1, true));
  }

  @Test
  void impossibleValuesOfTheDomainAreValueProblems() {
    String dissolved =
        "{\"id\":\"o1\",\"name\":\"第一支部\",\"kind\":\"BRANCH\",\"foundedOn\":\"2020-01-01\","
            + "\"dissolvedOn\":\"2019-01-01\"}";
    String committee =
        "{\"id\":\"o2\",\"name\":\"第二支部\",\"kind\":\"BRANCH\",\"committees\":["
            + "{\"electedOn\":\"2020-01-01\",\"termYears\":0}]}";

    Imported imported =
        JsonTestSupport.read(
            HEADER + "\"organizations\":[\n" + dissolved + ",\n" + committee + "\n]}",
            DataFormat.JSON);

    assertThat(imported.io())
        .containsExactlyInAnyOrder(
            "IO-REJECTED 3:1 /organizations/0 - organization#0 o1 value=" + dissolved,
            "IO-VALUE 3:1 /organizations/0 - organization#0 o1 expected=一致的取值（organization o1 is"
                + " dissolved before it was founded） expectedEn=consistent values (organization o1"
                + " is dissolved before it was founded) field=organization",
            "IO-REJECTED 4:1 /organizations/1 - organization#1 o2 value=" + committee,
            "IO-VALUE 4:56 /organizations/1/committees/0 committees[0] organization#1 o2"
                + " expected=一致的取值（termYears must be positive, was 0） expectedEn=consistent"
                + " values (termYears must be positive, was 0) field=committees[0]");
  }

  @Test
  void duplicateFieldsAndWrongTypesAreReported() {
    String member =
        MEMBER.replace(
            "\"stage\"",
            "\"name\":\"李四\",\"otherOrganizationIds\":\"b2\",\"honors\":[null],\"dues\":5,\"stage\"");

    Imported imported = JsonTestSupport.read(document(member), DataFormat.JSON);

    assertThat(imported.io())
        .filteredOn(s -> !s.startsWith("IO-REJECTED"))
        .containsExactlyInAnyOrder(
            "IO-SYNTAX 3:65 /members/0/name name member#0 m1 detail=duplicate field \"name\"",
            "IO-VALUE 3:100 /members/0/otherOrganizationIds otherOrganizationIds member#0 m1"
                + " value=b2 expected=数组 expectedEn=an array field=otherOrganizationIds",
            "IO-VALUE 3:115 /members/0/honors/0 honors[0] member#0 m1 value=null expected=对象"
                + " expectedEn=an object field=honors[0]",
            "IO-VALUE 3:128 /members/0/dues dues member#0 m1 value=5 expected=对象"
                + " expectedEn=an object field=dues");
  }

  @Test
  void numbersAndDatesThatNoCalculationShouldMeetAreValueProblems() {
    String member =
        MEMBER
            .replace("1990-01-01", "+10000-01-01")
            .replace(
                "\"organizationId\":\"b1\"",
                "\"organizationId\":\"b1\",\"dues\":{\"category\":\"SALARIED\","
                    + "\"payments\":[{\"month\":\"2024-01\",\"amount\":1e999999999}]}");

    Imported imported = JsonTestSupport.read(document(member), DataFormat.JSON);

    assertThat(imported.issues("IO-VALUE"))
        .extracting(i -> i.location().fieldPath().orElseThrow() + " " + i.value().orElseThrow())
        .containsExactlyInAnyOrder("birthDate +10000-01-01", "dues.payments[0].amount 1e999999999");
  }

  @Test
  void aLongRejectedRecordIsShownFromItsStart() {
    // 90,000 characters of name: the record's start has left the reader's recent characters long
    // before the record is rejected, and its kept first 8,192 characters end inside the name.
    String member = MEMBER.replace("张三", "长".repeat(90_000)).replace("\"MALE\"", "\"X\"");

    Imported imported = JsonTestSupport.read(document(MEMBER, member), DataFormat.JSON);

    assertThat(imported.issues("IO-REJECTED"))
        .extracting(issue -> issue.value().orElseThrow())
        .containsExactly("{\"id\":\"m1\",\"name\"…");
  }
}
