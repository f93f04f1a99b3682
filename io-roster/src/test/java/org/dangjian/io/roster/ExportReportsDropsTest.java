package org.dangjian.io.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.Roster;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code DangjianExporter.write} returns how many records the format had no place for. */
class ExportReportsDropsTest {

  @TempDir Path dir;

  private static final Dataset GROUP =
      DatasetGenerator.generate(
          GeneratorSettings.builder()
              .seed(3)
              .committees(1)
              .generalBranches(0)
              .branches(2)
              .members(12)
              .probationary(1)
              .build());

  @Test
  void member_roster_reports_everything_but_members() throws Exception {
    long others =
        GROUP.organizations().size()
            + GROUP.activities().size()
            + GROUP.pairings().size()
            + GROUP.bulletins().size();
    assertThat(others).isPositive();
    assertThat(DangjianExporter.of(ExportOptions.defaults()).write(GROUP, dir.resolve("m.csv")))
        .isEqualTo(others);
    assertThat(
            DangjianExporter.of(ExportOptions.builder().roster(Roster.ORGANIZATIONS).build())
                .write(GROUP, dir.resolve("o.csv")))
        .isEqualTo(GROUP.members().size() + others - GROUP.organizations().size());
  }

  @Test
  void exchange_format_drops_nothing() throws Exception {
    assertThat(DangjianExporter.of(ExportOptions.defaults()).write(GROUP, dir.resolve("g.jsonl")))
        .isZero();
  }
}
