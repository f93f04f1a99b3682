package org.dangjian.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dangjian.cli.CliRunner;
import org.dangjian.cli.CliRunner.Result;
import org.dangjian.core.id.PersonalNumbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code dangjian inspect} prints the layout the roster readers detect in io-roster's corpus of
 * real-world rosters ({@code real/}): the header row, each column's field, the skipped rows and a
 * preview with no full ID number, as text in Chinese or English and as JSON; what is not a roster
 * file is a usage error.
 */
class InspectCommandTest {

  private static final Path REAL = Path.of("../io-roster/src/test/resources/real");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  static Stream<String> corpus() throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(REAL)) {
      files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.matches(".*\\.(csv|xlsx|xls)"))
          .sorted()
          .forEach(names::add);
    }
    assertThat(names).hasSizeGreaterThanOrEqualTo(12);
    return names.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void everyCorpusFileShowsItsHeaderAndNoFullIdNumber(String name) throws IOException {
    Path file = REAL.resolve(name);
    // the rosters detection cannot read (m*) come with their mapping profile
    Path mapping = REAL.resolve(name.substring(0, name.lastIndexOf('.')) + ".mapping.json");
    List<String> args = new ArrayList<>(List.of("inspect", file.toString()));
    if (Files.exists(mapping)) {
      args.addAll(List.of("--mapping", mapping.toString()));
    }
    Result text = CliRunner.run(args.toArray(String[]::new));
    args.addAll(List.of("--report", "json"));
    Result json = CliRunner.run(args.toArray(String[]::new));

    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(json.exitCode()).as(json.err()).isZero();
    assertThat(text.out()).contains("列：").contains("前 ");
    JsonNode tree = JSON.readTree(json.out());
    boolean read = false;
    for (JsonNode sheet : tree.get("sheets")) {
      if (sheet.get("status").asString().equals("read")) {
        read = true;
        // a roster without header row (by its mapping) has data from its first row on
        int header = sheet.get("headerRows").isEmpty() ? 0 : sheet.get("headerRows").get(0).asInt();
        if (header > 0) {
          assertThat(text.out()).contains("表头第 " + header);
        }
        assertThat(sheet.get("preview").get(0).get("row").asInt()).isGreaterThan(header);
        // every roster names its records (a points ledger by the member's id)
        assertThat(sheet.get("columns").findValuesAsString("field"))
            .containsAnyOf("name", "memberId");
      }
    }
    assertThat(read).isTrue();
    assertThat(PersonalNumbers.containsPersonalNumber(text.out())).as(text.out()).isFalse();
    assertThat(PersonalNumbers.containsPersonalNumber(json.out())).isFalse();
  }

  @Test
  void theOfficeRosterShowsTitleUnitFooterAndColumnsInChineseAndEnglish() {
    Path file = REAL.resolve("r01-office-40.xlsx");
    Result zh = CliRunner.run("inspect", file.toString());
    Result en = CliRunner.run("inspect", file.toString(), "--lang", "en");

    assertThat(zh.out())
        .contains("工作表“花名册”：党员花名册，表头第 3 行，数据 40 行")
        .contains("A  序号 → 忽略")
        .containsPattern("F  \\S+ → 公民身份号码（idNumber）")
        .contains("籍贯 → 作为附加属性保留")
        .contains("第 1 行 标题：")
        .contains("第 2 行 填报单位行：")
        .contains(" 表尾：合计")
        .contains("前 5 行预览（身份证号、手机号已遮蔽）：")
        .contains("第 4 行：1 | ");
    assertThat(en.out())
        .contains("sheet \"花名册\": members roster, header row 3, 40 data row(s)")
        .contains("A  序号 → ignored")
        .contains("row 1 title: ")
        .contains("籍贯 → kept as extra");
  }

  @Test
  void severalFilesGiveAJsonArray() throws IOException {
    Result json =
        CliRunner.run(
            "inspect",
            REAL.resolve("r02-two-row-header.xlsx").toString(),
            REAL.resolve("r07-english-headers.csv").toString(),
            "--report",
            "json");
    assertThat(json.exitCode()).as(json.err()).isZero();
    JsonNode tree = JSON.readTree(json.out());
    assertThat(tree.isArray()).isTrue();
    assertThat(tree.size()).isEqualTo(2);
    assertThat(tree.get(0).get("sheets").get(0).get("headerRows").size()).isEqualTo(2);
    assertThat(tree.get(1).get("format").asString()).isEqualTo("csv");
  }

  @Test
  void aFileWithoutARosterHeaderEndsWithOneAndAJsonFileIsAUsageError() throws IOException {
    Path notes = dir.resolve("notes.csv");
    Files.writeString(notes, "随便写点什么\n第二行\n", StandardCharsets.UTF_8);
    Result none = CliRunner.run("inspect", notes.toString());
    assertThat(none.exitCode()).as(none.out()).isEqualTo(1);
    assertThat(none.out()).contains("表头第 1 行无法使用");

    Path json = dir.resolve("data.json");
    Files.writeString(json, "{}", StandardCharsets.UTF_8);
    Result usage = CliRunner.run("inspect", json.toString());
    assertThat(usage.exitCode()).isEqualTo(2);
    assertThat(usage.err()).contains("is not a roster format");
  }

  @Test
  void controlCharactersFromTheFileAreEscapedAndStandardInputIsRead() throws IOException {
    String csv =
        "中共测试委员会党员花名册\u001b[2J\n"
            + "姓名,性别,出生日期,人员类别,所在党组织,备注\n"
            + "张三,男,1980-01-01,正式党员,第一党支部,红\u001b[31m字\n"
            + "合计：1人\n";
    byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
    java.io.InputStream original = System.in;
    Result result;
    try {
      System.setIn(new java.io.ByteArrayInputStream(bytes));
      result = CliRunner.run("inspect", "-", "--format", "csv");
    } finally {
      System.setIn(original);
    }
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .startsWith("stdin（CSV）")
        .doesNotContain("\u001b")
        .contains("第 1 行 标题：中共测试委员会党员花名册\\u001B[2J")
        .contains("红\\u001B[31m字")
        .contains("第 4 行 表尾：合计：1人")
        .contains("F  备注 → 作为附加属性保留");
  }
}
