package org.dangjian.io.xlsx.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.member.MemberStage;
import org.dangjian.io.DataFormat;
import org.dangjian.io.roster.Imports;
import org.dangjian.io.xlsx.XlsxFiles;
import org.dangjian.validation.report.Issue;
import org.junit.jupiter.api.Test;

/** Reading XLSX rosters: sheets, cell types, cell locations, formulas, malformed files. */
class XlsxReadTest {

  static final String[] MEMBER_HEADER = {"编号", "姓名", "性别", "出生日期", "公民身份号码", "人员类别", "所在党组织"};
  static final String ID = ResidentIdNumber.of("110101", LocalDate.of(1990, 3, 7), 123).value();

  static XlsxFiles members() {
    return XlsxFiles.workbook("党员花名册").row(0, 1, MEMBER_HEADER);
  }

  @Test
  void readsTextNumberAndDateCellsWithSheetRowAndCellLocations() throws Exception {
    byte[] file =
        members()
            .row(0, 2, "M1", "张三", "#n:1", "#n:32939", ID, "正式党员", "B1")
            .row(0, 3, "#n:1002", "李四", "女", "1991/5/6", "", "5", "B1")
            .bytes();
    Imports imports = Imports.read(file, DataFormat.XLSX);
    assertThat(imports.inputIssues()).isEmpty();
    assertThat(imports.members).hasSize(2);
    assertThat(imports.members.get(0).birthDate()).isEqualTo(LocalDate.of(1990, 3, 7));
    assertThat(imports.members.get(0).idNumber().orElseThrow().value()).isEqualTo(ID);
    assertThat(imports.members.get(1).id()).isEqualTo("1002");
    assertThat(imports.members.get(1).stage()).isEqualTo(MemberStage.FULL);
    assertThat(imports.locations.get(1).sheet()).contains("党员花名册");
    assertThat(imports.locations.get(1).row()).hasValue(3);
    assertThat(imports.locations.get(1).recordIndex()).hasValue(1);
  }

  @Test
  void badCellsAreReportedAtTheirCellReference() throws Exception {
    byte[] file =
        members()
            .row(0, 2, "M1", "张三", "男", "1990-02-30", "110101199003071230", "党员?", "B1")
            .bytes();
    Imports imports = Imports.read(file, DataFormat.XLSX);
    assertThat(imports.inputIssues())
        .containsExactlyInAnyOrder(
            "IO-VALUE@党员花名册!D2",
            "ID-CHECKSUM@党员花名册!E2",
            "IO-VALUE@党员花名册!F2",
            "IO-REJECTED@党员花名册!2");
    Issue stage = imports.report.issuesOf("IO-VALUE").get(1);
    assertThat(stage.arguments()).containsEntry("field", "人员类别");
    assertThat(stage.location().fieldPath()).contains("stage");
  }

  @Test
  void formulaCellsAndFormulaLikeTextAreRejected() throws Exception {
    byte[] file =
        members()
            .row(
                0,
                2,
                "M1",
                "#f:HYPERLINK(\"http://x\",\"张三\")",
                "男",
                "1990-01-01",
                "",
                "正式党员",
                "B1")
            .row(0, 3, "M2", "-2+3", "男", "1990-01-01", "", "正式党员", "B1")
            .row(0, 4, "M3", "'-2+3", "男", "1990-01-01", "", "正式党员", "B1")
            .bytes();
    Imports imports = Imports.read(file, DataFormat.XLSX);
    assertThat(imports.inputIssues())
        .containsExactlyInAnyOrder(
            "IO-FORMULA@党员花名册!B2", "IO-REJECTED@党员花名册!2",
            "IO-FORMULA@党员花名册!B3", "IO-REJECTED@党员花名册!3");
    assertThat(imports.members).extracting(m -> m.name()).containsExactly("-2+3");
  }

  @Test
  void headerProblemsNameTheirCells() throws Exception {
    byte[] file =
        XlsxFiles.workbook("Sheet1")
            .row(0, 1, "编号", "姓名", "性别", "出生日期", "人员类别", "所在党组织", "姓名", "爱好")
            .bytes();
    Imports imports = Imports.read(file, DataFormat.XLSX);
    assertThat(imports.inputIssues())
        .containsExactlyInAnyOrder("IO-HEADER-DUPLICATE@Sheet1!G1", "IO-HEADER-UNKNOWN@Sheet1!H1");
  }

  @Test
  void bothRostersInOneWorkbookWithSharedStringsAndOtherSheetNames() throws Exception {
    byte[] file =
        XlsxFiles.workbook("组织", "人员", "空白")
            .row(0, 1, "#s:0", "#s:1", "#s:2")
            .row(0, 2, "B1", "第一党支部", "党支部")
            .row(1, 3, MEMBER_HEADER)
            .row(1, 4, "M1", "张三", "男", "1990-01-01", "", "正式党员", "B1")
            .sharedStrings("组织编号", "组织名称", "组织类别")
            .bytes();
    Imports imports = Imports.read(file, DataFormat.XLSX);
    assertThat(imports.inputIssues()).isEmpty();
    assertThat(imports.organizations).hasSize(1);
    assertThat(imports.members).hasSize(1);
    assertThat(imports.locations.get(1).cell()).isEmpty();
    assertThat(imports.locations.get(1).row()).hasValue(4);
  }

  @Test
  void aFileThatIsNotAZipIsASyntaxError() throws Exception {
    Imports text = Imports.read("编号,姓名\n".getBytes(StandardCharsets.UTF_8), DataFormat.XLSX);
    assertThat(text.inputIssues()).containsExactly("IO-SYNTAX@");
    byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};
    Imports xls = Imports.read(ole, DataFormat.XLSX);
    assertThat(xls.report.issuesOf("IO-SYNTAX").get(0).arguments().get("detail")).contains(".xls");
    byte[] broken = java.util.Arrays.copyOf(members().bytes(), 200);
    assertThat(Imports.read(broken, DataFormat.XLSX).inputIssues()).containsExactly("IO-SYNTAX@");
  }

  @Test
  void aWorkbookWithoutWorkbookPartIsASyntaxError() throws Exception {
    byte[] file =
        new XlsxFiles().entry("hello.txt", "hi".getBytes(StandardCharsets.UTF_8)).bytesOnly();
    assertThat(Imports.read(file, DataFormat.XLSX).inputIssues()).containsExactly("IO-SYNTAX@");
  }
}
