package org.dangjian.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.dangjian.cli.CliRunner;
import org.dangjian.cli.CliRunner.Result;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.statistics.BulletinFigures;
import org.dangjian.core.statistics.MemberStatistics;
import org.dangjian.core.statistics.PartyStatistics;
import org.dangjian.testkit.Defect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dangjian stats}: the figures of core's statistics over the imported records. */
class StatsCommandTest {

  @TempDir Path dir;

  @Test
  void printsTheBulletinFiguresAndTheMembership() throws IOException {
    Dataset group = Files4Tests.group(6, 300);
    Path file = Files4Tests.write(group, dir.resolve("group.jsonl"));
    Result result = CliRunner.run("stats", file.toString(), "--employees", "2000");
    BulletinFigures figures =
        PartyStatistics.bulletinFigures(group.asOf(Files4Tests.AS_OF), OptionalInt.of(2000));
    MemberStatistics members = PartyStatistics.members(group.asOf(Files4Tests.AS_OF));
    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .startsWith("【党建大数据 Figures】截至 as of 2024-01-31\n")
        .contains(
            "  党员总数 Members: 300（占职工总数 of employees 15.0%），其中预备党员 probationary: "
                + figures.probationary()
                + "\n",
            "  党组织总数 Organizations: "
                + figures.organizations()
                + "：党委 committees "
                + figures.committees()
                + "，党总支 general branches "
                + figures.generalBranches()
                + "，党支部 branches "
                + figures.branches()
                + "\n",
            "  女党员 Women: " + members.women() + "（",
            "  发展中人员 Pipeline: 入党申请人 3，入党积极分子 3，发展对象 1\n");
    assertThat(result.errLines()).hasSize(1);
  }

  @Test
  void dataWithErrorsStillGivesTheFiguresAndExitCodeOne() throws IOException {
    Dataset broken =
        Defect.DANGLING_PARENT.applyTo(Files4Tests.group(6, 60), Files4Tests.AS_OF).dataset();
    Path file = Files4Tests.write(broken, dir.resolve("broken.jsonl"));
    Result result = CliRunner.run("stats", file.toString(), "--lang", "en");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).contains("党员总数 Members: 60");
    assertThat(result.err())
        .contains("; the data has 1 error, the statistics cover every accepted record");
  }
}
