package org.dangjian.io.roster.real;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Organization;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.Privacy;
import org.dangjian.io.roster.Imports;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The corpus of real-world rosters ({@code real/}, written by {@link RealRosters}): each file reads
 * with the members and organizations its hand-written {@code .expected.json} names and with exactly
 * its ERROR issues at their cells (and its WARNING issues where it lists them), validated by the
 * real validator; the INFO codes of the reader are those expected. The {@code .xls} files run once
 * a reader of the format is installed (the legacy XLS reader of issue 13), with the expectations of
 * their XLSX twin.
 */
class RealRosterCorpusTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Regenerates the corpus files (not the expectations): -Ddangjian.real.update=true. */
  @Test
  @EnabledIfSystemProperty(named = "dangjian.real.update", matches = "true")
  void regenerate() throws IOException {
    RealRosters.writeAll(Path.of("src/test/resources/real"));
    MappedRosters.writeAll(Path.of("src/test/resources/real"));
  }

  static Stream<Arguments> corpus() throws IOException {
    List<Arguments> files = new ArrayList<>();
    for (String name : EXPECTATIONS) {
      JsonNode expected = JSON.readTree(resource(name + ".expected.json"));
      for (JsonNode file : expected.get("files")) {
        files.add(Arguments.of(file.asString(), expected));
      }
    }
    return files.stream();
  }

  private static final List<String> EXPECTATIONS =
      List.of(
          "r01-office-40",
          "r02-two-row-header",
          "r03-several-sheets",
          "r04-gb18030-title-footer",
          "r05-utf8-bom-month-without-id",
          "r06-with-organization-roster",
          "r07-english-headers",
          "r08-month-birth",
          "r09-values",
          "r10-extras",
          "r11-blank-rows-remarks",
          "r12-quoted-cells",
          "f01-openpyxl-no-stage",
          "f02-xlsxwriter-no-stage",
          "f03-wps-months");

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void eachRosterGivesItsMembersAndExactlyItsIssues(String file, JsonNode expected)
      throws Exception {
    Imports imports = read(file);

    assertThat(imports.members).as("members").hasSize(expected.get("members").asInt());
    assertThat(imports.organizations)
        .as("organizations")
        .hasSize(expected.get("organizations").asInt());
    List<String> errors = new ArrayList<>();
    expected.get("errors").forEach(e -> errors.add(e.asString()));
    assertThat(describe(imports, Severity.ERROR))
        .as("errors")
        .containsExactlyInAnyOrderElementsOf(errors);
    if (expected.has("warnings")) {
      List<String> warnings = new ArrayList<>();
      expected.get("warnings").forEach(e -> warnings.add(e.asString()));
      assertThat(describe(imports, Severity.WARNING))
          .as("warnings")
          .containsExactlyInAnyOrderElementsOf(warnings);
    }
    List<String> infos = new ArrayList<>();
    expected.get("infos").forEach(e -> infos.add(e.asString()));
    assertThat(
            imports.report.issues().stream()
                .filter(i -> i.severity() == Severity.INFO && i.code().startsWith("IO-"))
                .map(Issue::code)
                .distinct())
        .as("reader information")
        .containsExactlyInAnyOrderElementsOf(infos);
  }

  /**
   * Rosters written by other programs (openpyxl, XlsxWriter: {@code real/foreign-rosters.py}) list
   * party members without a 人员类别 column: each member's stage comes from the dates, a full member
   * with a 转正时间, a probationary one (徐婷, admitted 2023-09-15) without, and the layout issue says
   * so.
   */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"f01-openpyxl-no-stage.xlsx", "f02-xlsxwriter-no-stage.xlsx"})
  void aRosterWithoutStageTakesItFromTheDates(String file) throws Exception {
    Imports imports = read(file);
    Map<String, String> stages = new LinkedHashMap<>();
    imports.members.forEach(m -> stages.put(m.name(), m.stage().label()));
    assertThat(stages).hasSize(11).containsEntry("徐婷", "预备党员").containsEntry("张伟", "正式党员");
    assertThat(stages.values()).filteredOn("正式党员"::equals).hasSize(10);
    assertThat(imports.members)
        .filteredOn(m -> m.name().equals("徐婷"))
        .singleElement()
        .satisfies(m -> assertThat(m.development().fullMembershipDate()).isEmpty());
    assertThat(imports.report.issuesOf("IO-LAYOUT").get(0).arguments().get("detail"))
        .contains("无“人员类别”列：有转正时间的为正式党员，否则为预备党员");
  }

  /**
   * Month-precision 入党时间 and 转正时间 (1990.07, 199207, 2001年7月) read as the 1st of the month, said
   * once per column (IO-DATE-MONTH at the first such cell), never taken for Excel serials.
   */
  @Test
  void monthPrecisionDatesAreTheFirstOfTheMonthSaidOncePerColumn() throws Exception {
    Imports imports = read("f03-wps-months.csv");
    Map<String, LocalDate> admitted = new LinkedHashMap<>();
    imports.members.forEach(
        m -> admitted.put(m.name(), m.development().admissionDate().orElse(null)));
    assertThat(admitted)
        .containsEntry("张伟", LocalDate.of(1990, 7, 1))
        .containsEntry("王芳", LocalDate.of(1992, 7, 1))
        .containsEntry("李娜", LocalDate.of(2023, 9, 1))
        .containsEntry("刘洋", LocalDate.of(2001, 7, 1));
    assertThat(imports.members)
        .filteredOn(m -> m.name().equals("王芳"))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m.development().fullMembershipDate())
                    .contains(LocalDate.of(1993, 7, 1)));
    assertThat(imports.report.issuesOf("IO-DATE-MONTH"))
        .extracting(i -> i.location().line().orElse(0) + ":" + i.location().column().orElse(0))
        .containsExactly("2:6", "2:7");
    assertThat(imports.report.issuesOf("IO-DATE-MONTH").get(0).message(java.util.Locale.CHINA))
        .isEqualTo("“入党时间”的值“1990.07”只有年月，已记为当月1日（本名册该列同类单元格均如此）。");
  }

  /** THE acceptance case: every member accepted, each defect at its own cell, nothing else. */
  @Test
  void theOfficeRosterOf40ReadsWholeWithItsDefectsAtTheirCells() throws Exception {
    Imports imports = read("r01-office-40.xlsx");

    assertThat(imports.members).hasSize(40);
    assertThat(imports.report.input().orElseThrow().rejected()).isZero();
    assertThat(imports.report.issues())
        .filteredOn(i -> i.code().startsWith("IO-HEADER") && i.severity() == Severity.ERROR)
        .isEmpty();
    assertThat(imports.report.issuesOf("REF-ORGANIZATION")).isEmpty();
    // placeholders, flagged, one per branch named
    assertThat(imports.organizations)
        .extracting(Organization::name)
        .containsExactly("第一党支部", "第二党支部");
    assertThat(imports.organizations).allMatch(o -> o.extras().containsKey("占位组织"));
    // the numeric ID is not read as a (wrong) number, and gives no checksum error
    Member numeric = imports.members.get(5);
    assertThat(numeric.idNumber()).isEmpty();
    // 出生年月 1960.xx completed from the ID number's birth date
    RealRosters.Person first = RealRosters.person(0, "第一党支部");
    assertThat(imports.members.get(0).birthDate()).isEqualTo(first.birth());
    // a disagreeing month is kept at the 1st of the month and reported against the ID
    RealRosters.Person shifted = RealRosters.person(18, "第一党支部");
    assertThat(imports.members.get(18).birthDate())
        .isEqualTo(YearMonth.from(shifted.birth().plusMonths(1)).atDay(1));
    // unknown columns are kept; empty markers are not values
    assertThat(imports.members.get(2).extras()).containsEntry("籍贯", "安徽合肥");
    assertThat(imports.members.get(0).extras()).containsEntry("备注", "无");
    assertThat(imports.members.get(5).education()).isEmpty();
    // ids are derived, stable and free of ID numbers
    Imports again = read("r01-office-40.xlsx");
    assertThat(again.members).extracting(Member::id).isEqualTo(ids(imports));
    assertThat(ids(imports)).doesNotHaveDuplicates().allMatch(id -> id.matches("m-[0-9a-f]{16}"));
    assertThat(imports.report.issuesOf("IO-LAYOUT").get(0).arguments().get("detail"))
        .contains("表头第 3 行")
        .contains("作为附加属性保留：籍贯、备注")
        .contains("忽略：序号")
        .contains("跳过表头上方 2 行")
        .contains("跳过表尾 2 行");
  }

  @Test
  void membersNamingTheirBranchResolveAgainstTheOrganizationSheet() throws Exception {
    Imports imports = read("r03-several-sheets.xlsx");

    Map<String, String> byName = new LinkedHashMap<>();
    imports.organizations.forEach(o -> byName.put(o.id(), o.name()));
    assertThat(imports.members.subList(0, 10))
        .allMatch(m -> byName.get(m.organizationId()).equals("第一党支部"));
    assertThat(imports.members.subList(10, 18))
        .allMatch(m -> byName.get(m.organizationId()).equals("第二党支部"));
    assertThat(imports.report.issuesOf("IO-LAYOUT"))
        .anySatisfy(i -> assertThat(i.arguments().get("detail")).contains("填表说明").contains("未读取"));
  }

  @Test
  void aMonthWithoutIdIsTheFirstOfTheMonthReportedOnce() throws Exception {
    Imports imports = read("r05-utf8-bom-month-without-id.csv");

    assertThat(imports.report.issuesOf("IO-BIRTH-MONTH")).hasSize(1);
    RealRosters.Person first = RealRosters.person(400, "离退休党支部");
    assertThat(imports.members.get(0).birthDate())
        .isEqualTo(LocalDate.of(first.birth().getYear(), first.birth().getMonth(), 1));
  }

  @Test
  void extrasSurviveAnExportAndReimportInBothRosterFormats() throws Exception {
    Imports imports = read("r10-extras.xlsx");
    for (int i = 0; i < 5; i++) {
      Map<String, String> expected = new LinkedHashMap<>(RealRosters.extraValues(i));
      assertThat(imports.members.get(i).extras()).containsExactlyEntriesOf(expected);
    }
    for (DataFormat format : List.of(DataFormat.CSV, DataFormat.XLSX)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Dataset dataset =
          Dataset.builder()
              .addAllOrganizations(imports.organizations)
              .addAllMembers(imports.members)
              .build();
      DangjianExporter.of(ExportOptions.builder().privacy(Privacy.FULL).build())
          .write(dataset, out, format);
      Imports back = Imports.read(out.toByteArray(), format);
      assertThat(back.members).as(format.name()).isEqualTo(imports.members);
    }
  }

  private static List<String> ids(Imports imports) {
    return imports.members.stream().map(Member::id).toList();
  }

  private static List<String> describe(Imports imports, Severity severity) {
    return imports.report.issues().stream()
        .filter(i -> i.severity() == severity)
        .map(Imports::describe)
        .toList();
  }

  static Imports read(String file) throws Exception {
    DataFormat format = DataFormat.forFileName(file).orElse(null);
    assumeTrue(format != null, "no reader installed for " + file);
    return Imports.read(resource(file), format);
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = RealRosterCorpusTest.class.getResourceAsStream("/real/" + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }
}
