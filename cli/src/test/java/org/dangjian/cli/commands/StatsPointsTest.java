package org.dangjian.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dangjian.cli.CliRunner;
import org.dangjian.cli.CliRunner.Result;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.points.PointCategory;
import org.dangjian.core.points.PointEntry;
import org.dangjian.core.points.PointsPolicy;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code dangjian stats} on a group with a points ledger prints its entries and points by category,
 * counted here from the generated entries themselves.
 */
class StatsPointsTest {

  @TempDir Path dir;

  private static final Dataset GROUP =
      DatasetGenerator.generate(
          GeneratorSettings.builder()
              .seed(3)
              .branches(3)
              .members(60)
              .asOf(Files4Tests.AS_OF)
              .pointsPolicy(PointsPolicy.sample())
              .build());

  @Test
  void theJsonCountsTheEntriesAndPointsByCategory() throws IOException {
    Path file = Files4Tests.write(GROUP, dir.resolve("group.jsonl"));
    Result result = CliRunner.run("stats", file.toString(), "--report", "json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode points = JsonMapper.builder().build().readTree(result.out()).get("points");
    List<PointEntry> entries = GROUP.pointEntries();
    assertThat(points.get("entries").asInt()).isEqualTo(entries.size()).isPositive();
    assertThat(points.get("total").asLong())
        .isEqualTo(entries.stream().mapToLong(PointEntry::points).sum());
    JsonNode study = points.get("byCategory").get(PointCategory.STUDY.code());
    List<PointEntry> studies =
        entries.stream().filter(e -> e.category() == PointCategory.STUDY).toList();
    assertThat(study.get("entries").asInt()).isEqualTo(studies.size()).isPositive();
    assertThat(study.get("points").asLong())
        .isEqualTo(studies.stream().mapToLong(PointEntry::points).sum());
  }

  @Test
  void theTextHasAPointsSection() throws IOException {
    Path file = Files4Tests.write(GROUP, dir.resolve("group.jsonl"));
    Result result = CliRunner.run("stats", file.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("【党员积分 Points】")
        .contains("记录 entries " + GROUP.pointEntries().size() + " 条")
        .contains("组织生活 ");
  }
}
