package org.dangjian.testkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Organization;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.ImportResult;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.testkit.Mutation;
import org.dangjian.validation.report.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The files {@link DatasetFiles} writes re-import to the dataset they were written from: the
 * lossless formats to an equal dataset with no issue (and a mutation's files to the mutated
 * dataset, whose report then names exactly the defect's rule at its record), the rosters to the
 * same members and organizations in the same order, with no issue of reading (IO-) or identifiers
 * (ID-; a roster holds no activities, so the meeting rules do speak), and to a fixed point: writing
 * what was read and reading it again gives an equal dataset.
 */
class DatasetFilesTest {

  private static final GeneratorSettings SETTINGS =
      GeneratorSettings.proportional(11, 1500).build();
  private static final LocalDate AS_OF = SETTINGS.asOf();
  private static Dataset valid;

  @BeforeAll
  static void generate() {
    valid = DatasetGenerator.generate(SETTINGS);
  }

  @Test
  void everyFormatHoldingMembersIsWritten(@TempDir Path dir) throws Exception {
    List<Path> files = DatasetFiles.writeAll(valid, dir, "valid");
    assertThat(files)
        .extracting(p -> p.getFileName().toString())
        .containsExactly(
            "valid.json",
            "valid.jsonl",
            "valid-members.csv",
            "valid-organizations.csv",
            "valid.xlsx");
    assertThat(DatasetFiles.formats())
        .containsExactly(DataFormat.JSON, DataFormat.JSON_LINES, DataFormat.CSV, DataFormat.XLSX);
    assertThat(DatasetFiles.formats()).filteredOn(DatasetFiles::lossless).hasSize(2);
  }

  @Test
  void losslessFilesReimportToAnEqualDataset(@TempDir Path dir) throws Exception {
    for (Path file : DatasetFiles.writeLossless(valid, dir, "valid")) {
      ImportResult result = read(file);
      assertThat(result.report().issues()).as("%s", file.getFileName()).isEmpty();
      assertThat(result.dataset()).as("%s", file.getFileName()).isEqualTo(valid);
    }
  }

  @Test
  void rostersReimportToTheSameRecordsAndAFixedPoint(@TempDir Path dir) throws Exception {
    List<Path> files = DatasetFiles.writeAll(valid, dir, "valid");
    Path members = dir.resolve("valid-members.csv");
    Path organizations = dir.resolve("valid-organizations.csv");
    Path workbook = dir.resolve("valid.xlsx");
    assertThat(files).contains(members, organizations, workbook);
    for (ImportResult result : List.of(read(organizations, members), read(workbook))) {
      assertThat(result.report().issues())
          .noneMatch(i -> i.code().startsWith("IO-") || i.code().startsWith("ID-"));
      assertSameRecords(result.dataset());
    }
    Dataset once = read(workbook).dataset();
    DatasetFiles.writeAll(once, dir, "again");
    assertThat(read(dir.resolve("again.xlsx")).dataset()).isEqualTo(once);
    assertThat(
            read(dir.resolve("again-organizations.csv"), dir.resolve("again-members.csv"))
                .dataset())
        .isEqualTo(read(organizations, members).dataset());
  }

  @ParameterizedTest
  @EnumSource(
      value = Defect.class,
      names = {
        "ONE_INTRODUCER",
        "BRANCH_WITH_TWO_FULL_MEMBERS",
        "DUPLICATE_MEMBER_ID",
        "NO_GENERAL_MEETINGS",
        "STEPS_SWAPPED",
        "VOTING_OVER_FULL_MEMBERS",
        "PAIRING_SINGLE_PARTY",
        "TRANSFER_LETTER_EXPIRED"
      })
  void aDefectSurvivesTheLosslessFiles(Defect defect, @TempDir Path dir) throws Exception {
    Mutation mutation = defect.applyTo(valid, AS_OF);
    List<Path> files = DatasetFiles.writeLossless(mutation, dir);
    String base = DatasetFiles.fileName(mutation);
    assertThat(files)
        .extracting(p -> p.getFileName().toString())
        .containsExactly(base + ".json", base + ".jsonl");
    for (Path file : files) {
      ImportResult result = read(file);
      assertThat(result.dataset()).as("%s", file.getFileName()).isEqualTo(mutation.dataset());
      assertThat(keys(result.report()))
          .as("%s", file.getFileName())
          .containsExactly(defect.ruleId() + "@" + mutation.recordId());
    }
  }

  private static void assertSameRecords(Dataset read) {
    assertThat(read.organizations())
        .extracting(Organization::id)
        .containsExactlyElementsOf(valid.organizations().stream().map(Organization::id).toList());
    assertThat(read.members())
        .extracting(Member::id)
        .containsExactlyElementsOf(valid.members().stream().map(Member::id).toList());
  }

  private static ImportResult read(Path... files) throws Exception {
    return DangjianImporter.of(ImportOptions.of(AS_OF)).read(files);
  }

  private static List<String> keys(ValidationReport report) {
    return report.issues().stream()
        .map(i -> i.code() + "@" + i.location().recordId().orElse("-"))
        .toList();
  }
}
