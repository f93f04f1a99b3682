package org.dangjian.io.csv.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.dangjian.core.code.Gender;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.MemberStage;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.roster.Imports;
import org.dangjian.validation.report.Issue;
import org.junit.jupiter.api.Test;

/** Reading CSV rosters: encodings, headers, cells, locations, rejected rows, strict mode. */
class CsvReadTest {

  static final String HEADER = "编号,姓名,性别,出生日期,公民身份号码,人员类别,入党日期,所在党组织,手机号码\n";
  static final String ID = ResidentIdNumber.of("110101", LocalDate.of(1990, 3, 7), 123).value();
  static final String ROW = "M1,张三,男,1990-03-07," + ID + ",预备党员,2023-07-01,B1,13800138000\n";

  static final Charset GB18030 = Charset.forName("GB18030");

  @Test
  void readsAMemberWithEveryDecodedField() throws Exception {
    Imports imports = Imports.csv(HEADER + ROW);
    assertThat(imports.inputIssues()).isEmpty();
    assertThat(imports.members).hasSize(1);
    var m = imports.members.get(0);
    assertThat(m.id()).isEqualTo("M1");
    assertThat(m.gender()).isEqualTo(Gender.MALE);
    assertThat(m.birthDate()).isEqualTo(LocalDate.of(1990, 3, 7));
    assertThat(m.idNumber()).isPresent();
    assertThat(m.stage()).isEqualTo(MemberStage.PROBATIONARY);
    assertThat(m.development().dateOf(DevelopmentStep.ADMISSION_MEETING))
        .contains(LocalDate.of(2023, 7, 1));
    assertThat(m.phone()).isPresent();
    assertThat(imports.locations.get(0).line()).hasValue(2);
    assertThat(imports.locations.get(0).recordId()).contains("M1");
  }

  @Test
  void utf8WithBomAndGb18030ReadTheSame() throws Exception {
    byte[] bom = ("\uFEFF" + HEADER + ROW).getBytes(StandardCharsets.UTF_8);
    byte[] gb = (HEADER + ROW).getBytes(GB18030);
    Imports withBom = Imports.read(bom, DataFormat.CSV);
    Imports chinese = Imports.read(gb, DataFormat.CSV);
    assertThat(withBom.inputIssues()).isEmpty();
    assertThat(chinese.inputIssues()).isEmpty();
    assertThat(chinese.members).isEqualTo(withBom.members);
    assertThat(chinese.members.get(0).name()).isEqualTo("张三");
  }

  @Test
  void gb18030AfterManyAsciiLinesIsStillDetected() throws Exception {
    StringBuilder text = new StringBuilder("id,name,gender,birthDate,stage,organizationId\n");
    for (int i = 0; i < 3000; i++) {
      text.append("M").append(i).append(",Li,1,1990-01-01,1,B1\n");
    }
    text.append("M9999,王五,男,1990-01-01,正式党员,B1\n");
    Imports imports = Imports.read(text.toString().getBytes(GB18030), DataFormat.CSV);
    assertThat(imports.inputIssues()).isEmpty();
    assertThat(imports.members).hasSize(3001);
    assertThat(imports.members.get(3000).name()).isEqualTo("王五");
  }

  @Test
  void aGivenCharsetOverridesDetection() throws Exception {
    byte[] gb = (HEADER + ROW).getBytes(GB18030);
    Imports forced =
        Imports.read(
            gb,
            DataFormat.CSV,
            ImportOptions.builder().asOf(Imports.AS_OF).charset(StandardCharsets.UTF_8).build());
    assertThat(forced.inputIssues()).containsExactly("IO-ENCODING@1");
    assertThat(forced.report.input().orElseThrow().stoppedEarly()).isTrue();
  }

  @Test
  void bytesInNeitherEncodingGiveIoEncodingAtTheirLine() throws Exception {
    byte[] head = (HEADER + ROW).getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 3];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = 'M';
    bytes[head.length + 1] = (byte) 0xFF;
    bytes[head.length + 2] = (byte) 0x80;
    Imports imports = Imports.read(bytes, DataFormat.CSV);
    assertThat(imports.inputIssues()).containsExactly("IO-ENCODING@3");
    assertThat(imports.members).hasSize(1);
    assertThat(imports.report.issuesOf("IO-ENCODING").get(0).arguments())
        .containsEntry("detail", "UTF-8, 0xFF");
  }

  @Test
  void utf16IsRefused() throws Exception {
    byte[] bytes = ("\uFEFF" + HEADER).getBytes(StandardCharsets.UTF_16LE);
    Imports imports = Imports.read(bytes, DataFormat.CSV);
    assertThat(imports.inputIssues()).containsExactly("IO-ENCODING@1");
    assertThat(imports.report.issues().get(0).arguments()).containsEntry("detail", "UTF-16");
  }

  @Test
  void linesStayExactAcrossQuotedMultiLineFields() throws Exception {
    String text =
        HEADER
            + "M1,\"张\n三\",男,1990-03-07,,正式党员,,B1,\n"
            + "M2,李四,男,1990-13-07,,正式党员,,B1,\n"
            + "\"M\r\n3\",王五,X,1990-01-07,,正式党员,,B1,\n";
    Imports imports = Imports.csv(text);
    assertThat(imports.inputIssues())
        .containsExactlyInAnyOrder(
            "IO-VALUE@4:4", "IO-REJECTED@4", "IO-VALUE@6:3", "IO-REJECTED@5");
    assertThat(imports.members).hasSize(1);
    assertThat(imports.members.get(0).name()).isEqualTo("张\n三");
  }

  @Test
  void everyProblemOfARowIsReportedThenTheRowIsRejectedMasked() throws Exception {
    String text =
        HEADER + "M1,,女,1990-02-30,110101199003071234,党员X,,=cmd|' /C calc'!A0,1380013800\n";
    Imports imports = Imports.csv(text);
    assertThat(imports.report.issues().stream().map(Issue::code))
        .containsExactlyInAnyOrder(
            "IO-VALUE",
            "ID-CHECKSUM",
            "IO-VALUE",
            "IO-FORMULA",
            "PHONE-FORMAT",
            "IO-MISSING-FIELD",
            "IO-REJECTED");
    Issue rejected = imports.report.issuesOf("IO-REJECTED").get(0);
    assertThat(rejected.value().orElseThrow())
        .contains("公民身份号码=11****************")
        .contains("手机号码=**********")
        .doesNotContain("110101199003071234")
        .doesNotContain("1380013800");
    Issue date = imports.report.issuesOf("IO-VALUE").get(0);
    assertThat(date.arguments()).containsEntry("field", "出生日期");
    assertThat(date.location().fieldPath()).contains("birthDate");
    assertThat(date.location().recordId()).contains("M1");
    assertThat(imports.report.input().orElseThrow().rejected()).isEqualTo(1);
    assertThat(imports.report.input().orElseThrow().read()).isEqualTo(1);
  }

  @Test
  void ourNeutralizedCellsAreTextButBareFormulasAreRejected() throws Exception {
    Imports imports =
        Imports.csv(
            HEADER + "M1,'=张三,男,1990-03-07,,正式党员,,B1,\n" + "M2,@张三,男,1990-03-07,,正式党员,,B1,\n");
    assertThat(imports.members).extracting(m -> m.name()).containsExactly("=张三");
    assertThat(imports.inputIssues()).containsExactlyInAnyOrder("IO-FORMULA@3:2", "IO-REJECTED@3");
  }

  @Test
  void ourMasksReadAsWithheldWithoutAnIssue() throws Exception {
    Imports imports =
        Imports.csv(HEADER + "M1,张三,男,1990-03-07,11****************,正式党员,,B1,138****8000\n");
    assertThat(imports.inputIssues()).isEmpty();
    assertThat(imports.members.get(0).idNumber()).isEmpty();
    assertThat(imports.members.get(0).phone()).isEmpty();
  }

  @Test
  void englishHeadersAliasesAndFullWidthFormsAreAccepted() throws Exception {
    Imports imports =
        Imports.csv(
            "ID,Name,gender,Birth Date,身份证号,stage,入党时间,ｏｒｇａｎｉｚａｔｉｏｎ＿ｉｄ, 手机号 \n"
                + "M1,Li,1,1990/3/7,,5,2020.07.01,B1,\n");
    assertThat(imports.inputIssues()).isEmpty();
    assertThat(imports.members).hasSize(1);
    assertThat(imports.members.get(0).stage()).isEqualTo(MemberStage.FULL);
  }

  @Test
  void allHeaderProblemsAreReportedInOnePassAndNoRowIsRead() throws Exception {
    Imports imports = Imports.csv("编号,姓名,性别,生辰,姓名,人员类别,所在党组织,电话号码\nM1,张三,男,x,张三,正式党员,B1,1\n");
    assertThat(imports.inputIssues())
        .containsExactlyInAnyOrder(
            "IO-HEADER-UNKNOWN@1:4",
            "IO-HEADER-DUPLICATE@1:5",
            "IO-HEADER-UNKNOWN@1:8",
            "IO-HEADER-MISSING@1");
    Issue duplicate = imports.report.issuesOf("IO-HEADER-DUPLICATE").get(0);
    assertThat(duplicate.arguments()).containsEntry("header", "姓名").containsEntry("first", "2");
    assertThat(imports.report.issuesOf("IO-HEADER-MISSING").get(0).arguments())
        .containsEntry("header", "出生日期");
    assertThat(imports.report.input().orElseThrow().read()).isZero();
    assertThat(imports.report.input().orElseThrow().stoppedEarly()).isTrue();
  }

  @Test
  void theOrganizationRosterIsRecognizedFromItsHeaders() throws Exception {
    Imports imports =
        Imports.csv(
            "组织编号,组织名称,组织类别,上级组织,成立日期,单位名称,统一社会信用代码,职工人数\n"
                + "C1,中共某某公司委员会,党委,,2001-07-01,某某有限公司,,1200\n"
                + "B1,第一党支部,党支部,C1,45292,,,\n");
    assertThat(imports.inputIssues()).isEmpty();
    assertThat(imports.organizations).hasSize(2);
    assertThat(imports.organizations.get(0).hostUnit().orElseThrow().employeeCount())
        .hasValue(1200);
    assertThat(imports.organizations.get(1).foundedOn()).contains(LocalDate.of(2024, 1, 1));
  }

  @Test
  void unitColumnsWithoutAUnitNameAreAMissingField() throws Exception {
    Imports imports = Imports.csv("组织编号,组织名称,组织类别,单位名称,职工人数\nB1,第一党支部,党支部,,12\n");
    assertThat(imports.inputIssues())
        .containsExactlyInAnyOrder("IO-MISSING-FIELD@2:4", "IO-REJECTED@2");
  }

  @Test
  void blankRowsAreSkippedAndAnEmptyFileHasNoHeader() throws Exception {
    Imports imports = Imports.csv("\n,,,\n" + HEADER + ",,,,,,,,\n" + ROW + "\n");
    assertThat(imports.inputIssues()).isEmpty();
    assertThat(imports.members).hasSize(1);
    assertThat(imports.locations.get(0).line()).hasValue(5);
    assertThat(Imports.csv("").inputIssues()).containsExactly("IO-SYNTAX@1");
  }

  @Test
  void strictModeStopsAfterTheFirstRowWithAnError() throws Exception {
    String text = HEADER + "M1,张三,男,1990-13-07,,正式党员,,B1,\n" + ROW + ROW.replace("M1", "M2");
    Imports imports =
        Imports.read(
            text.getBytes(StandardCharsets.UTF_8),
            DataFormat.CSV,
            ImportOptions.builder().asOf(Imports.AS_OF).strict(true).build());
    assertThat(imports.report.input().orElseThrow().read()).isEqualTo(1);
    assertThat(imports.report.input().orElseThrow().stoppedEarly()).isTrue();
  }

  @Test
  void cellsBeyondTheHeadersAreUnknownFields() throws Exception {
    Imports imports = Imports.csv(HEADER + ROW.strip() + ",备注\n");
    assertThat(imports.inputIssues())
        .containsExactlyInAnyOrder("IO-UNKNOWN-FIELD@2:10", "IO-REJECTED@2");
  }

  @Test
  void anUnclosedQuoteIsASyntaxErrorAtItsLine() throws Exception {
    Imports imports = Imports.csv(HEADER + ROW + "M2,\"李四,男\n");
    assertThat(imports.inputIssues()).containsExactly("IO-SYNTAX@4");
    assertThat(imports.members).hasSize(1);
  }

  @Test
  void syntaxErrorsSpeakChineseInTheChineseReport() throws Exception {
    Issue quote =
        Imports.csv(HEADER + ROW + "M2,\"李四,男\n").report.issues().stream()
            .filter(i -> i.code().equals("IO-SYNTAX"))
            .findFirst()
            .orElseThrow();
    assertThat(quote.message(Locale.CHINA)).isEqualTo("文件格式错误：带引号的值缺少结尾的引号。");
    assertThat(quote.message(Locale.ENGLISH)).contains("Missing closing quote");
    Issue header =
        Imports.csv("").report.issues().stream()
            .filter(i -> i.code().equals("IO-SYNTAX"))
            .findFirst()
            .orElseThrow();
    assertThat(header.message(Locale.CHINA)).isEqualTo("文件格式错误：没有标题行。");
    assertThat(header.message(Locale.ENGLISH)).contains("no header row");
  }
}
