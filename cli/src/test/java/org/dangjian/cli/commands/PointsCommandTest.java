package org.dangjian.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.cli.CliRunner;
import org.dangjian.cli.CliRunner.Result;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.points.PointEntry;
import org.dangjian.core.points.PointsPolicy;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code dangjian points}: the balances, ranks and period totals it prints equal figures this test
 * computes from the generated entries by itself (sum of the entries dated by the day and not past
 * the sample scheme's validity; rank = 1 + the members with a higher balance), for the whole group,
 * the best N, branch by branch, and the ledger of a period.
 */
class PointsCommandTest {

  private static final LocalDate AS_OF = Files4Tests.AS_OF;
  private static final int VALIDITY =
      PointsPolicy.sample().editions().get(0).validityMonths().getAsInt();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir static Path dir;

  private static Dataset group;
  private static Path file;

  @BeforeAll
  static void generate() throws IOException {
    group =
        DatasetGenerator.generate(
            GeneratorSettings.proportional(7, 300).pointsPolicy(PointsPolicy.sample()).build());
    file = Files4Tests.write(group, dir.resolve("group.jsonl"));
  }

  /** The balance of every party member on {@code day} whose home passes {@code home}. */
  private static Map<String, Integer> balances(
      LocalDate day, java.util.function.Predicate<String> home) {
    Map<String, Integer> out = new HashMap<>();
    for (Member m : group.members()) {
      boolean party = m.stageOn(day).filter(MemberStage::isPartyMember).isPresent();
      if (party && m.organizationOn(day).filter(home).isPresent()) {
        out.put(m.id(), 0);
      }
    }
    for (PointEntry e : group.pointEntries()) {
      boolean counts = !e.date().isAfter(day) && day.isBefore(e.date().plusMonths(VALIDITY));
      if (counts && out.containsKey(e.memberId())) {
        out.merge(e.memberId(), e.points(), Integer::sum);
      }
    }
    return out;
  }

  private static JsonNode json(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of("points", file.toString(), "--policy", "sample", "--report", "json"));
    args.addAll(List.of(more));
    Result result = CliRunner.run(args.toArray(String[]::new));
    // 1 when the data, judged on a later day, has errors (overdue conversions): still printed
    assertThat(result.exitCode()).as(result.err()).isBetween(0, 1);
    return JSON.readTree(result.out());
  }

  /** Checks one ranking's lines against {@code expected}: balances, ranks, order, top N. */
  private static void assertRanking(JsonNode lines, Map<String, Integer> expected, int top) {
    int kept = 0;
    for (int balance : expected.values()) {
      long higher = expected.values().stream().filter(b -> b > balance).count();
      kept += higher + 1 <= top ? 1 : 0;
    }
    assertThat(lines).hasSize(kept);
    int previous = Integer.MAX_VALUE;
    for (JsonNode line : lines) {
      String id = line.get("memberId").asString();
      int points = line.get("points").asInt();
      assertThat(points).as(id).isEqualTo(expected.get(id));
      long higher = expected.values().stream().filter(b -> b > points).count();
      assertThat(line.get("rank").asInt()).as(id).isEqualTo((int) higher + 1);
      assertThat(points).isLessThanOrEqualTo(previous);
      previous = points;
    }
  }

  @Test
  void ranksEveryPartyMemberByTheBalanceRecomputedFromTheEntries() {
    JsonNode out = json("--as-of", AS_OF.toString());
    assertThat(group.pointEntries()).isNotEmpty();
    assertThat(CliRunner.run("points", file.toString(), "--as-of", AS_OF.toString()).exitCode())
        .isZero();
    assertThat(out.get("asOf").asString()).isEqualTo(AS_OF.toString());
    JsonNode rankings = out.get("rankings");
    assertThat(rankings).hasSize(1);
    Map<String, Integer> expected = balances(AS_OF, id -> true);
    assertThat(expected.values()).anyMatch(b -> b > 0);
    // equal balances occur, so ranks repeat and skip
    assertThat(expected.values().stream().distinct().count()).isLessThan(expected.size());
    assertRanking(rankings.get(0).get("lines"), expected, Integer.MAX_VALUE);
  }

  @Test
  void topNKeepsTheTieAtTheBoundary() {
    Map<String, Integer> expected = balances(AS_OF, id -> true);
    assertRanking(
        json("--as-of", AS_OF.toString(), "--top", "5").get("rankings").get(0).get("lines"),
        expected,
        5);
  }

  @Test
  void pointsExpireAfterTheSchemesValidity() {
    LocalDate later = AS_OF.plusMonths(VALIDITY).minusMonths(3);
    Map<String, Integer> expected = balances(later, id -> true);
    Map<String, Integer> now = balances(AS_OF, id -> true);
    // some points of the year before AS_OF have expired by then
    assertThat(expected.values().stream().mapToInt(i -> i).sum())
        .isLessThan(now.values().stream().mapToInt(i -> i).sum());
    assertRanking(
        json("--as-of", later.toString()).get("rankings").get(0).get("lines"),
        expected,
        Integer.MAX_VALUE);
  }

  @Test
  void branchByBranchUnderAnOrganization() {
    Organization top = group.roots().get(0);
    JsonNode rankings =
        json("--as-of", AS_OF.toString(), "--under", top.id(), "--by", "branch").get("rankings");
    assertThat(rankings.size()).isGreaterThan(1);
    int people = 0;
    for (JsonNode r : rankings) {
      String branch = r.get("organizationId").asString();
      Map<String, Integer> expected = balances(AS_OF, branch::equals);
      assertRanking(r.get("lines"), expected, Integer.MAX_VALUE);
      people += expected.size();
    }
    assertThat(people).isEqualTo(balances(AS_OF, id -> true).size());
  }

  @Test
  void theLedgerOfAPeriodAsCsvHoldsItsEntriesAndTheirSum() {
    LocalDate from = AS_OF.minusMonths(6);
    Result result =
        CliRunner.run(
            "points",
            file.toString(),
            "--as-of",
            AS_OF.toString(),
            "--from",
            from.toString(),
            "--report",
            "csv");
    assertThat(result.exitCode()).as(result.err()).isZero();
    List<String> rows = result.out().lines().toList();
    assertThat(rows.get(0)).isEqualTo("日期,编号,姓名,分值,类别,依据,审核人,备注");
    List<PointEntry> period =
        group.pointEntries().stream()
            .filter(e -> !e.date().isBefore(from) && !e.date().isAfter(AS_OF))
            .toList();
    assertThat(period).isNotEmpty();
    assertThat(rows).hasSize(period.size() + 1);
    long sum = 0;
    for (String row : rows.subList(1, rows.size())) {
      String[] cells = row.split(",", -1);
      LocalDate date = LocalDate.parse(cells[0]);
      assertThat(date).isBetween(from, AS_OF);
      sum += Long.parseLong(cells[3]);
    }
    assertThat(sum).isEqualTo(period.stream().mapToLong(PointEntry::points).sum());
  }

  @Test
  void theTextRankingNamesEachMemberWithTheBalance() {
    Result result =
        CliRunner.run("points", file.toString(), "--as-of", AS_OF.toString(), "--top", "1");
    assertThat(result.exitCode()).as(result.err()).isZero();
    Map<String, Integer> expected = balances(AS_OF, id -> true);
    int best = expected.values().stream().mapToInt(i -> i).max().orElseThrow();
    List<String> lines = result.out().lines().toList();
    assertThat(lines.get(0)).startsWith("党员积分 截至 " + AS_OF);
    long ties = expected.values().stream().filter(b -> b == best).count();
    assertThat(lines.get(1)).isEqualTo("【排名】全部党员：" + ties + " 人");
    for (String line : lines.subList(2, lines.size())) {
      String id = line.strip().split("  ")[1];
      Member m = group.member(id).orElseThrow();
      assertThat(line).startsWith("  1  " + id + "  " + m.name() + "  ").endsWith("  " + best);
    }
  }

  @Test
  void refusesAnUnknownOrganizationAndABadTop() {
    Result unknown = CliRunner.run("points", file.toString(), "--under", "no-such-org");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("no-such-org");
    assertThat(CliRunner.run("points", file.toString(), "--top", "0").exitCode()).isEqualTo(2);
  }
}
