package org.dangjian.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dangjian.cli.CliRunner;
import org.dangjian.cli.CliRunner.Result;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.DatasetView;
import org.dangjian.core.link.MentionLinker;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.statistics.OrganizationStatistics;
import org.dangjian.core.statistics.PartyStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dangjian news check}: a web article about a generated group's root organization, naming it
 * by the short name newspapers print, with the figures of the data (exit 0) or with a wrong member
 * count (exit 1, BUL-STATS-MEMBERS with both numbers); a page with no report (exit 2).
 */
class NewsCommandTest {

  private static final Dataset GROUP = Files4Tests.group(14, 300);
  private static final LocalDate ON = Files4Tests.AS_OF.minusDays(20);

  @TempDir Path dir;

  private Organization root() {
    return GROUP.organizations().stream()
        .filter(o -> o.parentId().isEmpty())
        .findFirst()
        .orElseThrow();
  }

  private Path article(int members, int branches) throws IOException {
    String name = MentionLinker.shortName(root().name());
    String page =
        "首页 新闻频道 党建 本地\n"
            + name
            + "：党建引领发展\n"
            + ON
            + " 10:20 来源:示例日报 张某\n"
            + "近年来，"
            + name
            + "下辖党支部"
            + branches
            + "个，党员"
            + members
            + "人，其中青年党员占比40%。\n"
            + "版权所有 示例日报\n";
    Path file = dir.resolve("article.txt");
    Files.writeString(file, page, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void figuresThatAgreeWithTheOrganizationExitZero() throws IOException {
    DatasetView view = GROUP.asOf(ON);
    int members = PartyStatistics.members(view, root().id()).total();
    OrganizationStatistics orgs = PartyStatistics.organizations(view, root().id());
    Path data = Files4Tests.write(GROUP, dir.resolve("group.jsonl"));

    Result result =
        CliRunner.run(
            "news", "check", article(members, orgs.branches()).toString(), data.toString());

    assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
    assertThat(result.out())
        .contains("新闻稿 1：")
        .contains("党员 " + members + "人 → " + root().id())
        .contains("党支部 " + orgs.branches() + "个 → " + root().id())
        .doesNotContain("（不一致）")
        .doesNotContain("BUL-STATS");
  }

  @Test
  void aWrongMemberCountIsReportedWithTheBulletinRuleAndExitsOne() throws IOException {
    DatasetView view = GROUP.asOf(ON);
    int members = PartyStatistics.members(view, root().id()).total();
    int branches = PartyStatistics.organizations(view, root().id()).branches();
    Path data = Files4Tests.write(GROUP, dir.resolve("group.jsonl"));

    Result result =
        CliRunner.run(
            "news",
            "check",
            article(members + 7, branches).toString(),
            data.toString(),
            "--lang",
            "en");

    assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(1);
    assertThat(result.out())
        .contains("BUL-STATS-MEMBERS")
        .contains(
            "states the number of members as "
                + (members + 7)
                + "; the dataset gives "
                + members
                + " as of "
                + ON)
        .doesNotContain("BUL-STATS-BRANCHES")
        .contains("(disagrees)");
  }

  @Test
  void aPageWithoutAnyReportIsAUsageError() throws IOException {
    Path data = Files4Tests.write(GROUP, dir.resolve("group.jsonl"));
    Path page = dir.resolve("empty.txt");
    Files.writeString(page, "首页 新闻频道 党建\n版权所有 示例日报\n", StandardCharsets.UTF_8);

    Result result = CliRunner.run("news", "check", page.toString(), data.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("no news report in");
  }
}
