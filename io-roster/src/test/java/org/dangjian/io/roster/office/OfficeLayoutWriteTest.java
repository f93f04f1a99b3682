package org.dangjian.io.roster.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Organization;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.Privacy;
import org.dangjian.io.Roster;
import org.dangjian.io.RosterLayout;
import org.dangjian.io.roster.RosterTemplate;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/**
 * The office layout of the roster writers (CSV and XLSX) and of the template: title row, 序号, the
 * organization by name in 所在支部, dates as {@code yyyy.MM.dd}, the extras as their own columns in
 * order of first appearance, and personal numbers in extras masked under the masked profile.
 */
class OfficeLayoutWriteTest {

  @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir;

  static final String TITLE = "中共某某有限公司委员会党员花名册";

  /** A generated group whose members carry extras: 籍贯 for all, 备注 for every third. */
  static Dataset group() {
    Dataset group = DatasetGenerator.generate(GeneratorSettings.proportional(11, 30).build());
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < group.members().size(); i++) {
      Map<String, String> extras = new LinkedHashMap<>();
      extras.put("籍贯", i % 2 == 0 ? "江苏苏州" : "浙江杭州");
      if (i % 3 == 0) {
        extras.put("备注", "联系电话13800138000");
      }
      members.add(ImmutableMember.copyOf(group.members().get(i)).withExtras(extras));
    }
    return org.dangjian.core.dataset.ImmutableDataset.copyOf(group).withMembers(members);
  }

  static byte[] write(Dataset dataset, DataFormat format, ExportOptions options) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DangjianExporter.of(options).write(dataset, out, format);
    return out.toByteArray();
  }

  static ExportOptions office(Privacy privacy) {
    return ExportOptions.builder()
        .privacy(privacy)
        .layout(RosterLayout.OFFICE)
        .title(Optional.of(TITLE))
        .build();
  }

  @Test
  void csvHasTitleRowNumbersOrganizationNamesDotDatesAndExtras() throws Exception {
    Dataset group = group();
    String csv =
        new String(write(group, DataFormat.CSV, office(Privacy.MASKED)), StandardCharsets.UTF_8);
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).isEqualTo("\uFEFF" + TITLE);
    assertThat(lines.get(1)).startsWith("序号,编号,姓名,性别").contains(",所在支部,").endsWith(",籍贯,备注");
    assertThat(lines).hasSize(2 + group.members().size());
    Member first = group.members().get(0);
    Organization branch =
        group.organizations().stream()
            .filter(o -> o.id().equals(first.organizationId()))
            .findFirst()
            .orElseThrow();
    String birth = first.birthDate().toString().replace('-', '.');
    assertThat(lines.get(2))
        .startsWith("1," + first.id() + "," + first.name() + ",")
        .contains("," + birth + ",")
        .contains("," + branch.name() + ",")
        .endsWith(",江苏苏州,\"联系电话138****8000\"");
    assertThat(lines.get(3)).startsWith("2,").endsWith(",浙江杭州,");
  }

  @Test
  void xlsxHasBothSheetsInTheOfficeLayout() throws Exception {
    Dataset group = group();
    byte[] xlsx = write(group, DataFormat.XLSX, office(Privacy.FULL));
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<Sheet> sheets = workbook.getSheets().toList();
      assertThat(sheets).extracting(Sheet::getName).containsExactly("党组织名册", "党员花名册");
      List<Row> organizations = sheets.get(0).read();
      assertThat(organizations.get(0).getCellText(0)).isEqualTo("党组织名册");
      assertThat(organizations.get(1).getCellText(0)).isEqualTo("序号");
      assertThat(organizations).hasSize(2 + group.organizations().size());
      List<Row> members = sheets.get(1).read();
      assertThat(members.get(0).getCellText(0)).isEqualTo(TITLE);
      Row header = members.get(1);
      List<String> headers = new ArrayList<>();
      for (int c = 0; c < header.getCellCount(); c++) {
        headers.add(header.getCellText(c));
      }
      assertThat(headers).startsWith("序号", "编号", "姓名").contains("所在支部").endsWith("籍贯", "备注");
      assertThat(members).hasSize(2 + group.members().size());
      Row first = members.get(2);
      assertThat(first.getCellText(0)).isEqualTo("1");
      assertThat(first.getCellText(headers.indexOf("备注"))).isEqualTo("联系电话13800138000");
      Member member = group.members().get(0);
      String name =
          group.organizations().stream()
              .filter(o -> o.id().equals(member.organizationId()))
              .findFirst()
              .orElseThrow()
              .name();
      assertThat(first.getCellText(headers.indexOf("所在支部"))).isEqualTo(name);
    }
  }

  @Test
  void theOtherRosterOfACsvExportIsSkippedButStillNamesTheOrganizations() throws Exception {
    Dataset group = group();
    String csv =
        new String(
            write(
                group,
                DataFormat.CSV,
                org.dangjian.io.ImmutableExportOptions.copyOf(office(Privacy.MASKED))
                    .withRoster(Roster.ORGANIZATIONS)
                    .withTitle(Optional.empty())),
            StandardCharsets.UTF_8);
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).isEqualTo("\uFEFF党组织名册");
    assertThat(lines.get(1)).startsWith("序号,组织编号,组织名称");
    assertThat(lines).hasSize(2 + group.organizations().size());
  }

  @Test
  void theTemplateOffersTheOfficeLayout() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RosterTemplate.write(out, office(Privacy.MASKED));
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Sheet members = workbook.getSheets().toList().get(1);
      List<Row> rows = members.read();
      assertThat(rows.get(0).getCellText(0)).isEqualTo(TITLE);
      assertThat(rows.get(1).getCellText(0)).isEqualTo("序号");
      assertThat(rows.get(1).getCellText(1)).isEqualTo("编号");
    }
    String sheet;
    java.nio.file.Path file =
        java.nio.file.Files.write(dir.resolve("template.xlsx"), out.toByteArray());
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
      sheet =
          new String(
              zip.getInputStream(zip.getEntry("xl/worksheets/sheet2.xml")).readAllBytes(),
              StandardCharsets.UTF_8);
    }
    // 性别, the third column of the standard layout, is the fourth after 序号; lists start at row 3
    assertThat(sheet).contains("sqref=\"D3:D1048576\"").doesNotContain("sqref=\"C2:");
  }
}
