package org.dangjian.io.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.Privacy;
import org.dangjian.io.RecordWriter;
import org.dangjian.io.Roster;
import org.dangjian.io.csv.write.CsvWriteTestAccess;
import org.dangjian.io.roster.internal.FormulaCells;
import org.junit.jupiter.api.Test;

/**
 * Writers and readers share one definition of a dangerous cell ({@link FormulaCells}): for every
 * formula trigger after every form of leading blank, a name written to CSV and to XLSX reads back
 * exactly, and the reader reports no {@code IO-FORMULA} (nor any other input issue) for what the
 * writer produced.
 */
class FormulaCellsRoundTripTest {

  /** Every trigger, ASCII and full-width, and the characters OWASP lists. */
  private static final List<String> PREFIXES =
      List.of(
          "=", "+", "-", "@", "\t", "\r", "\n", "\0", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20", "'",
          "''");

  /** Leading blanks: none, space, U+3000, NBSP, other Unicode spaces, tab, BOM, mixtures. */
  private static final List<String> BLANKS =
      List.of(
          "",
          " ",
          "  ",
          "\u3000",
          "\u3000\u3000",
          "\u00A0",
          "\u2002",
          "\u2003",
          "\u2009",
          "\u202F",
          "\u205F",
          "\u200B",
          "\uFEFF",
          "\t",
          " \u3000 ",
          "\u3000\t");

  /**
   * The names to round-trip: each blank form before each prefix, then a formula body. A TAB, CR or
   * LF after a leading blank is itself blank and followed by no trigger here: such a name is
   * ordinary text, trimmed on reading like any other, so it is left out.
   */
  static List<String> names() {
    List<String> names = new ArrayList<>();
    for (String blank : BLANKS) {
      for (String prefix : PREFIXES) {
        if (!blank.isEmpty() && List.of("\t", "\r", "\n").contains(prefix)) {
          continue;
        }
        names.add(blank + prefix + "SUM(1,2)*cmd|' /C calc'!A0");
      }
    }
    return names;
  }

  /** XML 1.0, and so XLSX, cannot hold NUL: such names are for CSV only. */
  private static boolean xmlCanHold(String text) {
    return text.indexOf('\0') < 0;
  }

  @Test
  void everyDangerousNameIsNeutralizedAndNeverAFormulaOnceWritten() {
    for (String name : names()) {
      boolean apostrophe = name.replaceAll("^[\\s\\p{Zs}\u200B\uFEFF]+", "").startsWith("'");
      assertThat(FormulaCells.isDangerous(name) || apostrophe).as("%s", visible(name)).isTrue();
      String written = FormulaCells.neutralize(name);
      assertThat(written).as("%s", visible(name)).startsWith("'");
      assertThat(FormulaCells.isFormula(written)).as("%s", visible(name)).isFalse();
      assertThat(FormulaCells.unneutralize(written)).isEqualTo(name);
    }
  }

  @Test
  void plainNumbersAndOrdinaryTextAreNotDangerous() {
    for (String text : List.of("-5", "+86", "3.5", "-0.25", "a=b", "王-明", "plain", "")) {
      assertThat(FormulaCells.isDangerous(text)).as(text).isFalse();
      assertThat(FormulaCells.isFormula(text)).as(text).isFalse();
      assertThat(FormulaCells.neutralize(text)).isEqualTo(text);
      assertThat(FormulaCells.unneutralize(text)).isEqualTo(text);
    }
    assertThat(FormulaCells.isFormula("\u3000=1")).isTrue();
    assertThat(FormulaCells.isFormula("\uFF1DSUM(1)")).isTrue();
    assertThat(FormulaCells.isFormula(" -5")).isTrue();
    assertThat(FormulaCells.isFormula("-5+cmd")).isTrue();
    assertThat(FormulaCells.unneutralize("'-5")).isEqualTo("-5");
  }

  @Test
  void memberNamesRoundTripThroughCsv() throws Exception {
    memberNamesRoundTrip(DataFormat.CSV);
  }

  @Test
  void memberNamesRoundTripThroughXlsx() throws Exception {
    memberNamesRoundTrip(DataFormat.XLSX);
  }

  private static void memberNamesRoundTrip(DataFormat format) throws Exception {
    List<String> names =
        names().stream().filter(n -> format == DataFormat.CSV || xmlCanHold(n)).toList();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter writer =
        DangjianExporter.of(
                ExportOptions.builder().privacy(Privacy.OMITTED).roster(Roster.MEMBERS).build())
            .open(out, format)) {
      int i = 0;
      for (String name : names) {
        writer.write(ImmutableMember.copyOf(CsvWriteTestAccess.member(name)).withId("M" + i++));
      }
    }
    Imports imports = Imports.read(out.toByteArray(), format);
    assertThat(imports.inputIssues()).isEmpty();
    assertThat(imports.members).extracting(Member::name).containsExactlyElementsOf(names);
  }

  @Test
  void organizationNamesRoundTripThroughXlsx() throws Exception {
    List<String> names = names().stream().filter(FormulaCellsRoundTripTest::xmlCanHold).toList();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter writer =
        DangjianExporter.of(ExportOptions.of(Privacy.FULL)).open(out, DataFormat.XLSX)) {
      int i = 0;
      for (String name : names) {
        writer.write(
            Organization.builder().id("B" + i++).name(name).kind(OrganizationKind.BRANCH).build());
      }
    }
    Imports imports = Imports.read(out.toByteArray(), DataFormat.XLSX);
    assertThat(imports.inputIssues()).isEmpty();
    assertThat(imports.organizations)
        .extracting(Organization::name)
        .containsExactlyElementsOf(names);
  }

  private static String visible(String text) {
    StringBuilder shown = new StringBuilder();
    text.chars()
        .forEach(c -> shown.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : (char) c));
    return shown.toString();
  }
}
