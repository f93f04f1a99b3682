package org.dangjian.io.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dangjian.io.DataFormat;
import org.dangjian.io.xlsx.Unzipped;
import org.junit.jupiter.api.Test;

/** The roster template: sheets, frozen headers, drop-down lists on every code column. */
class RosterTemplateTest {

  private static byte[] template() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RosterTemplate.write(out);
    return out.toByteArray();
  }

  private static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void everyCodeColumnHasADropDownListFromTheHiddenListsSheet() throws Exception {
    Map<String, String> entries = Unzipped.entries(template());
    assertThat(entries.get("xl/workbook.xml"))
        .containsSubsequence("name=\"党组织名册\"", "name=\"党员花名册\"", "name=\"代码表\"")
        .contains("state=\"veryHidden\"");
    String organizations = entries.get("xl/worksheets/sheet1.xml");
    String members = entries.get("xl/worksheets/sheet2.xml");
    assertThat(count(organizations, "<dataValidation ")).isEqualTo(3);
    assertThat(count(members, "<dataValidation ")).isEqualTo(5);
    // 性别 is column C of the member roster, its list the 4 genders in column D of 代码表
    assertThat(members)
        .contains(
            "<dataValidation sqref=\"C2:C1048576\" type=\"list\" allowBlank=\"true\""
                + " showDropDown=\"false\" errorStyle=\"stop\" showErrorMessage=\"true\"")
        .contains("<formula1>'代码表'!$D$2:$D$5</formula1>")
        .contains("state=\"frozen\"");
    assertThat(organizations).contains("<formula1>'代码表'!$A$2:$A$14</formula1>");
    String lists = entries.get("xl/worksheets/sheet3.xml");
    assertThat(lists).contains("<is><t>汉族</t></is>").contains("<is><t>正式党员</t></is>");
  }

  @Test
  void theEmptyTemplateImportsWithoutRecordsOrIssues() throws Exception {
    Imports imports = Imports.read(template(), DataFormat.XLSX);
    assertThat(imports.report.issues()).isEmpty();
    assertThat(imports.report.input().orElseThrow().read()).isZero();
  }
}
