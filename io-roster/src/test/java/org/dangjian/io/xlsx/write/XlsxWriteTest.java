package org.dangjian.io.xlsx.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.Privacy;
import org.dangjian.io.RecordWriter;
import org.dangjian.io.csv.write.CsvWriteTestAccess;
import org.dangjian.io.xlsx.Unzipped;
import org.junit.jupiter.api.Test;

/** Writing XLSX rosters: sheets, frozen bold header, cell types, neutralization. */
class XlsxWriteTest {

  @Test
  void bothRostersAsSheetsWithFrozenBoldHeaderDateCellsAndInlineText() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter writer =
        DangjianExporter.of(ExportOptions.of(Privacy.MASKED)).open(out, DataFormat.XLSX)) {
      writer.write(CsvWriteTestAccess.member("=1+1"));
      writer.write(
          Organization.builder().id("B1").name("第一党支部").kind(OrganizationKind.BRANCH).build());
    }
    Map<String, String> entries = Unzipped.entries(out.toByteArray());
    assertThat(entries.get("xl/workbook.xml"))
        .containsSubsequence("name=\"党组织名册\"", "name=\"党员花名册\"");
    String members = entries.get("xl/worksheets/sheet2.xml");
    assertThat(members)
        .contains("state=\"frozen\"")
        .contains("ySplit=\"1\"")
        .contains("<is><t>编号</t></is>")
        .contains("<c r=\"B2\" t=\"inlineStr\"><is><t>&apos;=1+1</t></is></c>")
        .contains("<is><t>11****************</t></is>")
        .doesNotContain("110101199003071");
    assertThat(members).containsPattern("<c r=\"E2\" s=\"\\d+\" t=\"n\"><v>32939.0</v></c>");
    assertThat(entries.get("xl/styles.xml")).contains("formatCode=\"yyyy-mm-dd\"").contains("<b");
    assertThat(entries).doesNotContainKey("xl/sharedStrings.xml.unused");
    assertThat(entries.get("xl/worksheets/sheet1.xml")).contains("<is><t>第一党支部</t></is>");
  }
}
