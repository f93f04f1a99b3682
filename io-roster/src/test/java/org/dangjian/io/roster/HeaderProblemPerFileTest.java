package org.dangjian.io.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.ImportResult;
import org.dangjian.io.Roster;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.validation.report.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A header problem ends its own file only: the other files of the import are still read and their
 * problems reported in the same pass.
 */
class HeaderProblemPerFileTest {

  @TempDir Path dir;

  @Test
  void bad_header_in_the_first_file_does_not_stop_the_second() throws Exception {
    LocalDate asOf = LocalDate.of(2024, 1, 31);
    Dataset group =
        DatasetGenerator.generate(
            GeneratorSettings.builder()
                .seed(2)
                .committees(1)
                .generalBranches(0)
                .branches(2)
                .members(12)
                .probationary(1)
                .asOf(asOf)
                .build());
    Path broken = dir.resolve("members.csv");
    Files.writeString(broken, "姓名,不知道\n张三,x\n", StandardCharsets.UTF_8);
    Path organizations = dir.resolve("organizations.csv");
    DangjianExporter.of(ExportOptions.builder().roster(Roster.ORGANIZATIONS).build())
        .write(group, organizations);

    ImportResult result = DangjianImporter.of(ImportOptions.of(asOf)).read(broken, organizations);

    assertThat(result.report().issues())
        .extracting(Issue::code)
        .contains("IO-HEADER-UNKNOWN", "IO-HEADER-MISSING");
    assertThat(result.dataset().organizations()).hasSameSizeAs(group.organizations());
    assertThat(result.report().input().orElseThrow().stoppedEarly()).isTrue();
  }
}
