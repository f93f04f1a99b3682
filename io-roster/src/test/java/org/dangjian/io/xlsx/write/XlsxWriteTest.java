package org.dangjian.io.xlsx.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dangjian.core.member.ImmutableMember;
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

  /**
   * fastexcel writes one sheet at a time: whichever roster comes first streams and the other is
   * spilled to a temporary file, so both orders and interleaved records give the same workbook.
   */
  @Test
  void rostersInAnyOrderGiveTheSameSheets() throws Exception {
    List<Object> organizations = new ArrayList<>();
    List<Object> members = new ArrayList<>();
    for (int i = 0; i < 2_500; i++) {
      organizations.add(
          Organization.builder()
              .id("B" + i)
              .name("第" + i + "党支部")
              .kind(OrganizationKind.BRANCH)
              .build());
      members.add(ImmutableMember.copyOf(CsvWriteTestAccess.member("党员" + i)).withId("M" + i));
    }
    List<Object> interleaved = new ArrayList<>();
    for (int i = 0; i < 2_500; i++) {
      interleaved.add(members.get(i));
      interleaved.add(organizations.get(i));
    }
    List<Object> organizationsFirst = new ArrayList<>(organizations);
    organizationsFirst.addAll(members);
    List<Object> membersFirst = new ArrayList<>(members);
    membersFirst.addAll(organizations);

    Map<String, String> expected = sheets(organizationsFirst);
    assertThat(expected.get("xl/worksheets/sheet1.xml")).contains("第2499党支部");
    assertThat(expected.get("xl/worksheets/sheet2.xml")).contains("党员2499");
    assertThat(sheets(membersFirst)).isEqualTo(expected);
    assertThat(sheets(interleaved)).isEqualTo(expected);
  }

  private static Map<String, String> sheets(List<Object> records) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter writer =
        DangjianExporter.of(ExportOptions.of(Privacy.MASKED)).open(out, DataFormat.XLSX)) {
      for (Object record : records) {
        writer.write(record);
      }
    }
    Map<String, String> entries = Unzipped.entries(out.toByteArray());
    return Map.of(
        "xl/worksheets/sheet1.xml", entries.get("xl/worksheets/sheet1.xml"),
        "xl/worksheets/sheet2.xml", entries.get("xl/worksheets/sheet2.xml"));
  }

  /** A failing output still leaves no spill file behind. */
  @Test
  void aFailedWriteDeletesTheSpillFile() throws Exception {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    Set<Path> before = spillDirectories(tmp);
    OutputStream failing =
        new OutputStream() {
          private long written;

          @Override
          public void write(int b) throws IOException {
            if (++written > 100_000) {
              throw new IOException("disk full");
            }
          }
        };
    RecordWriter writer =
        DangjianExporter.of(ExportOptions.of(Privacy.MASKED)).open(failing, DataFormat.XLSX);
    assertThatThrownBy(
            () -> {
              try (writer) {
                writer.write(
                    Organization.builder()
                        .id("B1")
                        .name("第一党支部")
                        .kind(OrganizationKind.BRANCH)
                        .build());
                for (int i = 0; i < 20_000; i++) {
                  writer.write(
                      ImmutableMember.copyOf(CsvWriteTestAccess.member("党员" + i)).withId("M" + i));
                }
              }
            })
        .isInstanceOf(IOException.class);
    assertThat(spillDirectories(tmp)).isSubsetOf(before);
  }

  private static Set<Path> spillDirectories(Path tmp) throws IOException {
    try (Stream<Path> entries = Files.list(tmp)) {
      return entries
          .filter(p -> p.getFileName().toString().startsWith("dangjian-xlsx-"))
          .collect(Collectors.toSet());
    }
  }
}
