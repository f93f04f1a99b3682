package org.dangjian.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dangjian.cli.CliRunner;
import org.dangjian.cli.CliRunner.Result;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.ImmutableDataset;
import org.dangjian.core.organization.ImmutableOrganization;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.recognition.Rating;
import org.dangjian.core.recognition.StarLevel;
import org.dangjian.core.vanguard.Team;
import org.dangjian.core.vanguard.TeamKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code dangjian stats} prints the star-rating distribution of the latest rated year and the
 * vanguard posts and teams; the test counts the levels it gave the branches itself, so the figures
 * are recomputed independently of core's statistics.
 */
class StatsRecognitionTest {

  @TempDir Path dir;

  private static final int YEAR = Files4Tests.AS_OF.getYear() - 1;

  /** The generated group with ratings 标兵, 五星, 五星, then 四星 for the branches, and two teams. */
  private static Dataset rated(Map<StarLevel, Integer> expected) {
    Dataset group = Files4Tests.group(9, 120);
    List<Organization> orgs = new ArrayList<>();
    int branch = 0;
    for (Organization o : group.organizations()) {
      ImmutableOrganization copy = ImmutableOrganization.copyOf(o).withRatings(List.of());
      if (o.kind() == OrganizationKind.BRANCH) {
        StarLevel level =
            branch == 0 ? StarLevel.MODEL : branch < 3 ? StarLevel.FIVE_STAR : StarLevel.FOUR_STAR;
        expected.merge(level, 1, Integer::sum);
        copy = copy.withRatings(Rating.of(YEAR, level));
        branch++;
      }
      orgs.add(copy);
    }
    String branchId =
        orgs.stream().filter(o -> o.kind() == OrganizationKind.BRANCH).findFirst().get().id();
    Team volunteers =
        Team.builder()
            .id("team-1")
            .name("青年志愿服务队")
            .kind(TeamKind.VOLUNTEER_TEAM)
            .organizationId(branchId)
            .establishedOn(LocalDate.of(2022, 5, 4))
            .statedSize(103)
            .statedPartyMembers(46)
            .statedActivists(16)
            .build();
    Team shock =
        Team.builder()
            .id("team-2")
            .name("抢修突击队")
            .kind(TeamKind.SHOCK_TEAM)
            .organizationId(branchId)
            .establishedOn(LocalDate.of(2023, 7, 1))
            .statedSize(12)
            .statedPartyMembers(12)
            .build();
    Team ended =
        Team.builder()
            .id("team-3")
            .name("旧突击队")
            .kind(TeamKind.SHOCK_TEAM)
            .organizationId(branchId)
            .establishedOn(LocalDate.of(2020, 1, 1))
            .endedOn(LocalDate.of(2021, 1, 1))
            .statedSize(30)
            .build();
    return ImmutableDataset.copyOf(group)
        .withOrganizations(orgs)
        .withTeams(volunteers, shock, ended);
  }

  @Test
  void textAndJsonShowTheDistributionAndTheTeams() throws IOException {
    Map<StarLevel, Integer> expected = new EnumMap<>(StarLevel.class);
    Path file = Files4Tests.write(rated(expected), dir.resolve("group.jsonl"));
    String distribution =
        expected.entrySet().stream()
            .map(e -> e.getValue() + " " + e.getKey().label())
            .collect(Collectors.joining(" / "));
    assertThat(distribution).startsWith("1 标兵 / 2 五星 / ");
    int rated = expected.values().stream().mapToInt(Integer::intValue).sum();

    Result text = CliRunner.run("stats", file.toString());
    assertThat(text.out())
        .contains("【晋星定级 Star ratings】" + YEAR + "年度 year: " + distribution)
        .contains("（共 rated " + rated + "）")
        .contains("党员突击队 1，志愿服务队 1；人数 people 115，其中党员 members 58，积极分子 activists 16");

    Result json = CliRunner.run("stats", file.toString(), "--report", "json");
    JsonNode root = JsonMapper.builder().build().readTree(json.out());
    JsonNode ratings = root.get("ratings");
    assertThat(ratings.get("year").asInt()).isEqualTo(YEAR);
    assertThat(ratings.get("rated").asInt()).isEqualTo(rated);
    for (StarLevel level : StarLevel.values()) {
      assertThat(ratings.get("byLevel").get(level.code()).asInt())
          .as(level.label())
          .isEqualTo(expected.getOrDefault(level, 0));
    }
    assertThat(ratings.get("text").asString()).isEqualTo(distribution);
    JsonNode teams = root.get("teams");
    assertThat(teams.get("byKind").get(TeamKind.SHOCK_TEAM.code()).asInt()).isEqualTo(1);
    assertThat(teams.get("byKind").get(TeamKind.VOLUNTEER_TEAM.code()).asInt()).isEqualTo(1);
    assertThat(teams.get("people").asInt()).isEqualTo(103 + 12);
    assertThat(teams.get("partyMembers").asInt()).isEqualTo(46 + 12);
    assertThat(teams.get("activists").asInt()).isEqualTo(16);
  }
}
