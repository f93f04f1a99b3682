package org.dangjian.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.dangjian.cli.CliRunner;
import org.dangjian.cli.CliRunner.Result;
import org.dangjian.core.code.EducationBand;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.statistics.BulletinFigures;
import org.dangjian.core.statistics.MemberStatistics;
import org.dangjian.core.statistics.PartyStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code dangjian stats --report json}: the statistics as one JSON object, parsed by Jackson. */
class StatsJsonTest {

  @TempDir Path dir;

  @Test
  void theJsonHoldsTheFiguresOfCoresStatistics() throws IOException {
    Dataset group = Files4Tests.group(9, 120);
    Path file = Files4Tests.write(group, dir.resolve("group.jsonl"));
    Result result =
        CliRunner.run(
            "stats", file.toString(), "--report", "json", "--employees", "2000", "--lang", "en");
    assertThat(result.exitCode()).as(result.err()).isZero();

    JsonNode json = JsonMapper.builder().build().readTree(result.out());
    BulletinFigures figures =
        PartyStatistics.bulletinFigures(group.asOf(Files4Tests.AS_OF), OptionalInt.of(2000));
    MemberStatistics members = PartyStatistics.members(group.asOf(Files4Tests.AS_OF));
    List<String> top = new ArrayList<>();
    json.propertyNames().forEach(top::add);
    assertThat(top)
        .containsExactly(
            "asOf", "figures", "membership", "organizationsByKind", "ratings", "teams", "issues");
    assertThat(json.get("asOf").asString()).isEqualTo(Files4Tests.DATE);
    JsonNode f = json.get("figures");
    assertThat(f.get("members").asInt()).isEqualTo(figures.members()).isPositive();
    assertThat(f.get("probationary").asInt()).isEqualTo(figures.probationary());
    assertThat(f.get("employees").asInt()).isEqualTo(2000);
    assertThat(f.get("shareOfEmployeesPercent").decimalValue())
        .isEqualByComparingTo(figures.shareOfEmployeesPercent().orElseThrow());
    assertThat(f.get("branches").asInt()).isEqualTo(figures.branches());
    JsonNode m = json.get("membership");
    assertThat(m.get("total").asInt()).isEqualTo(members.total());
    assertThat(m.get("women").asInt()).isEqualTo(members.women());
    for (EducationBand band : EducationBand.values()) {
      assertThat(m.get("byEducation").get(band.code()).asInt())
          .as(band.code())
          .isEqualTo(members.byEducationBand().getOrDefault(band, 0));
    }
    assertThat(json.get("organizationsByKind").size()).isPositive();
    assertThat(json.get("issues").get("errors").asInt()).isZero();
  }

  @Test
  void errorsInTheDataAreCountedAndGiveExitCodeOne() throws IOException {
    Path members = Files4Tests.write(Files4Tests.group(9, 40), dir.resolve("members.csv"));
    Result result = CliRunner.run("stats", members.toString(), "--report", "json");
    assertThat(result.exitCode()).isEqualTo(1);
    JsonNode json = JsonMapper.builder().build().readTree(result.out());
    assertThat(json.get("issues").get("errors").asInt()).isPositive();
    assertThat(json.get("figures").get("members").asInt()).isPositive();
  }
}
