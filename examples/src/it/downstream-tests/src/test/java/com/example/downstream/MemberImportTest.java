package com.example.downstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.testkit.validation.ReportAssertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.ImportResult;
import org.dangjian.io.Privacy;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.testkit.Mutation;
import org.dangjian.testkit.Mutators;
import org.dangjian.validation.report.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import path of a downstream application: a small group from {@link DatasetGenerator} with
 * settings of its own, broken by a named {@link Defect} through {@link Mutators}, written to a JSON
 * Lines file with the exporter and read back with the importer, whose report must name the defect's
 * rule at the broken record, with the line of the file it came from.
 */
class MemberImportTest {

  private static final LocalDate AS_OF = GeneratorSettings.DEFAULT_AS_OF;

  /**
   * Two branches of 30 under one committee (fewer than 50 members under a committee would be an
   * ORG-014 warning): small enough that a file round trip takes milliseconds.
   */
  private static final Dataset GROUP =
      DatasetGenerator.generate(
          GeneratorSettings.builder()
              .seed(19)
              .committees(1)
              .branches(2)
              .members(60)
              .probationary(5)
              .build());

  private static final DangjianExporter EXPORTER =
      DangjianExporter.of(ExportOptions.builder().privacy(Privacy.FULL).asOf(AS_OF).build());

  private static final DangjianImporter IMPORTER = DangjianImporter.of(ImportOptions.of(AS_OF));

  @Test
  void anExportedGroupImportsWithoutIssues(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("group.jsonl");
    EXPORTER.write(GROUP, file);

    ImportResult result = IMPORTER.read(file);

    assertThat(result.report()).hasNoIssues();
    assertThat(result.dataset().members()).hasSameSizeAs(GROUP.members());
  }

  @Test
  void aDefectInTheFileIsReportedAtItsRecordAndLine(@TempDir Path dir) throws IOException {
    Mutation broken = Mutators.apply(Defect.ID_GENDER_MISMATCH, GROUP, AS_OF);
    Path file = dir.resolve("broken.jsonl");
    EXPORTER.write(broken.dataset(), file);

    ImportResult result = IMPORTER.read(file);

    assertThat(result.report())
        .hasExactly(broken.defect().ruleId() + "@" + broken.recordId())
        .hasIssue("ID-GENDER")
        .at(broken.recordId());
    Issue issue = result.report().issues().get(0);
    assertThat(issue.location().source()).hasValueSatisfying(s -> assertThat(s).endsWith(".jsonl"));
    assertThat(issue.location().line()).isPresent();
  }
}
