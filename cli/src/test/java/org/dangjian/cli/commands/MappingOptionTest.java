package org.dangjian.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dangjian.cli.CliRunner;
import org.dangjian.cli.CliRunner.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --mapping FILE} on {@code validate}, {@code convert} and {@code inspect}: a roster the
 * detector cannot read (io-roster's {@code real/m02-no-header.csv}, no header row) is read whole
 * with its mapping profile, its planted birth date reported at its cell; without the mapping it is
 * not; a mapping that cannot be used is a usage error naming each problem at its JSON pointer.
 */
class MappingOptionTest {

  private static final Path REAL = Path.of("../io-roster/src/test/resources/real");
  private static final Path ROSTER = REAL.resolve("m02-no-header.csv");
  private static final Path MAPPING = REAL.resolve("m02-no-header.mapping.json");

  @TempDir Path dir;

  @Test
  void validateReadsTheRosterThroughTheMapping() {
    Result with =
        CliRunner.run(
            "validate", ROSTER.toString(), "--mapping", MAPPING.toString(), "--report", "json");
    Result without = CliRunner.run("validate", ROSTER.toString(), "--report", "json");

    // 8 members and the placeholder of the branch they name; the birth date at line 5, column C
    assertThat(with.out())
        .contains("\"records\":{\"member\":8,")
        .contains("\"code\":\"ID-BIRTH\"")
        .contains("\"line\":5,\"column\":3,\"field\":\"birthDate\"");
    assertThat(without.out()).contains("IO-HEADER-MISSING").contains("\"accepted\":0");
  }

  @Test
  void convertWritesEveryMemberTheMappingReads() throws IOException {
    Path out = dir.resolve("out.jsonl");
    Result result =
        CliRunner.run(
            "convert", ROSTER.toString(), out.toString(), "--mapping", MAPPING.toString());

    assertThat(Files.exists(out)).as(result.err()).isTrue();
    assertThat(Files.readAllLines(out, StandardCharsets.UTF_8))
        .filteredOn(l -> l.contains("\"birthDate\""))
        .hasSize(8);
  }

  @Test
  void inspectShowsTheMappedColumns() {
    Result result =
        CliRunner.run(
            "inspect", ROSTER.toString(), "--mapping", MAPPING.toString(), "--lang", "en");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("birthDate").contains("列G");
  }

  @Test
  void theMappingInspectEmitsValidatesTheRosterAsDetectionDoes() throws IOException {
    Path roster = REAL.resolve("r01-office-40.xlsx");
    Path emitted = dir.resolve("r01.mapping.json");

    Result inspect =
        CliRunner.run("inspect", roster.toString(), "--emit-mapping", emitted.toString());
    Result detected = CliRunner.run("validate", roster.toString(), "--report", "json");
    Result mapped =
        CliRunner.run(
            "validate", roster.toString(), "--mapping", emitted.toString(), "--report", "json");

    assertThat(inspect.exitCode()).as(inspect.err()).isZero();
    assertThat(Files.readString(emitted, StandardCharsets.UTF_8))
        .contains("\"headerRow\" : 3")
        .contains("\"F\" : \"ID_NUMBER\"");
    assertThat(counts(mapped.out())).isEqualTo(counts(detected.out())).contains("\"member\":40");
  }

  private static String counts(String report) {
    int from = report.indexOf("\"counts\"");
    return report.substring(from, report.indexOf("\"rules\"", from));
  }

  @Test
  void aMappingThatCannotBeUsedIsAUsageErrorNamingEachProblem() throws IOException {
    Path bad = dir.resolve("bad.mapping.json");
    Files.writeString(
        bad, "{\"headerRow\": \"one\", \"columns\": {\"B\": \"爱好\"}}", StandardCharsets.UTF_8);

    Result result = CliRunner.run("validate", ROSTER.toString(), "--mapping", bad.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("/headerRow").contains("/columns/B").contains("爱好");
  }
}
