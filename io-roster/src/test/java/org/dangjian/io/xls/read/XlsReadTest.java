package org.dangjian.io.xls.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.member.MemberStage;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.roster.Imports;
import org.dangjian.io.xls.XlsFiles;
import org.dangjian.io.xlsx.XlsxFiles;
import org.dangjian.validation.report.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading Excel 97-2003 (.xls) rosters through the HSSF event reader: text, number, date and
 * formula cells, sheet, row and cell locations, several sheets, and the files that are not what
 * their name says.
 */
class XlsReadTest {

  static final String[] MEMBER_HEADER = {"编号", "姓名", "性别", "出生日期", "公民身份号码", "人员类别", "所在党组织"};
  static final String[] ORGANIZATION_HEADER = {"编号", "名称", "组织类别", "上级组织", "成立日期"};
  static final String ID = ResidentIdNumber.of("110101", LocalDate.of(1990, 3, 7), 123).value();

  @TempDir Path dir;

  static XlsFiles members() {
    return XlsFiles.workbook("党员花名册").row(0, 1, MEMBER_HEADER);
  }

  @Test
  void readsTextNumberAndDateCellsWithSheetRowAndCellLocations() throws Exception {
    byte[] file =
        members()
            .row(0, 2, "M1", "张三", "男", "#d:yyyy-mm-dd:1990-03-07", ID, "正式党员", "B1")
            .row(0, 3, "#n:1002", "李四", "女", "#n:33364", "", "预备党员", "B1")
            .row(0, 5, "M3", "王五", "男", "#d:yyyy\"年\"m\"月\"d\"日\":1991-05-06", "", "正式党员", "B1")
            .bytes();
    Imports imports = Imports.read(file, DataFormat.XLS);
    assertThat(imports.inputIssues()).isEmpty();
    assertThat(imports.members).hasSize(3);
    assertThat(imports.members.get(0).birthDate()).isEqualTo(LocalDate.of(1990, 3, 7));
    assertThat(imports.members.get(0).idNumber().orElseThrow().value()).isEqualTo(ID);
    assertThat(imports.members.get(1).id()).isEqualTo("1002");
    assertThat(imports.members.get(1).birthDate()).isEqualTo(LocalDate.of(1991, 5, 6));
    assertThat(imports.members.get(1).stage()).isEqualTo(MemberStage.PROBATIONARY);
    assertThat(imports.members.get(2).birthDate()).isEqualTo(LocalDate.of(1991, 5, 6));
    assertThat(imports.locations.get(2).sheet()).contains("党员花名册");
    assertThat(imports.locations.get(2).row()).hasValue(5);
    assertThat(imports.locations.get(2).recordIndex()).hasValue(2);
  }

  @Test
  void badCellsAreReportedAtTheirCellReference() throws Exception {
    byte[] file =
        members()
            .row(0, 2, "M1", "张三", "男", "1990-02-30", "110101199003071230", "党员?", "B1")
            .row(0, 3, "M2", "#f:CONCATENATE(\"李\",\"四\")", "男", "1990-01-01", "", "正式党员", "B1")
            .bytes();
    Imports imports = Imports.read(file, DataFormat.XLS);
    assertThat(imports.inputIssues())
        .containsExactlyInAnyOrder(
            "IO-VALUE@党员花名册!D2",
            "ID-CHECKSUM@党员花名册!E2",
            "IO-VALUE@党员花名册!F2",
            "IO-REJECTED@党员花名册!2",
            "IO-FORMULA@党员花名册!B3",
            "IO-REJECTED@党员花名册!3");
    Issue formula = imports.report.issuesOf("IO-FORMULA").get(0);
    assertThat(formula.value()).contains("=CONCATENATE(\"李\",\"四\")");
    assertThat(imports.members).isEmpty();
  }

  @Test
  void anIdNumberTypedAsANumberAndAMonthFormattedBirthDate() throws Exception {
    byte[] file =
        members()
            .row(0, 2, "M1", "张三", "男", "1990-03-07", "#n:" + ID.substring(0, 17), "正式党员", "B1")
            .row(0, 3, "M2", "李四", "男", "#d:yyyy.mm:1990-03-01", ID, "正式党员", "B1")
            .bytes();
    Imports imports = Imports.read(file, DataFormat.XLS);
    assertThat(imports.inputIssues()).contains("IO-ID-AS-NUMBER@党员花名册!E2");
    assertThat(imports.inputIssues()).noneMatch(i -> i.contains("!E3") || i.contains("!D3"));
    assertThat(imports.members).extracting(m -> m.id()).contains("M2");
  }

  @Test
  void readsBothRostersFromTheirSheetsAndSkipsBlankRows() throws Exception {
    byte[] file =
        XlsFiles.workbook("党组织名册", "名单")
            .row(0, 1, ORGANIZATION_HEADER)
            .row(0, 2, "B1", "第一党支部", "党支部", "", "#d:yyyy.mm.dd:2001-07-01")
            .row(1, 3, MEMBER_HEADER)
            .row(1, 4, "M1", "张三", "男", "1990-03-07", ID, "正式党员", "B1")
            .row(1, 8, "M2", "李四", "女", "1991.5.6", "", "正式党员", "B1")
            .bytes();
    Imports imports = Imports.read(file, DataFormat.XLS);
    assertThat(imports.inputIssues()).isEmpty();
    assertThat(imports.organizations).hasSize(1);
    assertThat(imports.organizations.get(0).foundedOn()).contains(LocalDate.of(2001, 7, 1));
    assertThat(imports.members).extracting(m -> m.id()).containsExactly("M1", "M2");
    assertThat(imports.locations.get(2).sheet()).contains("名单");
    assertThat(imports.locations.get(2).row()).hasValue(8);
    assertThat(imports.report.issues()).noneMatch(i -> i.code().startsWith("REF-"));
  }

  @Test
  void aFileReadsTheSameInPlaceAsFromAStream() throws Exception {
    byte[] file = members().row(0, 2, "M1", "张三", "男", "1990-03-07", ID, "正式党员", "B1").bytes();
    Path path = Files.write(dir.resolve("名册.xls"), file);
    Imports fromFile = new Imports();
    fromFile.report =
        DangjianImporter.of(ImportOptions.of(Imports.AS_OF))
            .read(java.util.List.of(path), fromFile);
    Imports fromStream = Imports.read(file, DataFormat.XLS);
    assertThat(fromFile.members).isEqualTo(fromStream.members).hasSize(1);
    assertThat(fromFile.locations.get(0).source()).contains(path.toString());
  }

  @Test
  void anXlsxNamedXlsAndAnXlsNamedXlsxAreReadByTheirContent() throws Exception {
    byte[] xlsx =
        XlsxFiles.workbook("党员花名册")
            .row(0, 1, MEMBER_HEADER)
            .row(0, 2, "M1", "张三", "男", "1990-03-07", ID, "正式党员", "B1")
            .bytes();
    byte[] xls = members().row(0, 2, "M1", "张三", "男", "1990-03-07", ID, "正式党员", "B1").bytes();
    Imports one = Imports.read(xlsx, DataFormat.XLS);
    Imports other = Imports.read(xls, DataFormat.XLSX);
    assertThat(one.inputIssues()).isEmpty();
    assertThat(other.inputIssues()).isEmpty();
    assertThat(one.members).isEqualTo(other.members).hasSize(1);
  }

  @Test
  void anEncryptedWorkbookIsNamedAsSuch() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Biff8EncryptionKey.setCurrentUserPassword("secret");
    try (HSSFWorkbook workbook = new HSSFWorkbook()) {
      workbook.createSheet("党员花名册").createRow(0).createCell(0).setCellValue("编号");
      workbook.write(out);
    } finally {
      Biff8EncryptionKey.setCurrentUserPassword(null);
    }
    Imports imports = Imports.read(out.toByteArray(), DataFormat.XLS);
    assertThat(imports.inputIssues()).containsExactly("IO-SYNTAX@");
    assertThat(imports.report.issuesOf("IO-SYNTAX").get(0).arguments().get("detail"))
        .contains("encrypted");
    assertThat(imports.report.input().orElseThrow().stoppedEarly()).isTrue();
  }

  @Test
  void aTextFileNamedXlsIsNotAWorkbook() throws Exception {
    Imports imports = Imports.read("编号,姓名\nM1,张三\n".getBytes("UTF-8"), DataFormat.XLS);
    assertThat(imports.inputIssues()).containsExactly("IO-SYNTAX@");
    assertThat(imports.report.issuesOf("IO-SYNTAX").get(0).arguments().get("detail"))
        .isEqualTo("not an Excel 97-2003 (.xls) workbook");
  }
}
