package org.dangjian.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dangjian.cli.CliRunner;
import org.dangjian.cli.CliRunner.Result;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.ImmutableDataset;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Organization;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.ImportResult;
import org.dangjian.io.Privacy;
import org.dangjian.io.Roster;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A member roster and its organization roster in two CSV files: {@code convert}, {@code validate}
 * and {@code stats} read them as one dataset, so the members' organizations are found.
 */
class SeveralInputsTest {

  @TempDir Path dir;

  private Dataset group;
  private Path members;
  private Path organizations;

  @BeforeEach
  void rosters() throws IOException {
    group = Files4Tests.group(7, 40);
    members = dir.resolve("members.csv");
    organizations = dir.resolve("organizations.csv");
    DangjianExporter.of(ExportOptions.builder().privacy(Privacy.FULL).build())
        .write(group, members);
    DangjianExporter.of(
            ExportOptions.builder().privacy(Privacy.FULL).roster(Roster.ORGANIZATIONS).build())
        .write(group, organizations);
  }

  @Test
  void convertReadsSeveralInputsAsOneDataset() throws IOException {
    Path alone = dir.resolve("alone.jsonl");
    Result one =
        CliRunner.run(
            "convert", members.toString(), alone.toString(), "--report", "text", "--lang", "en");
    assertThat(one.exitCode()).isEqualTo(1);
    assertThat(one.out()).contains("REF-ORGANIZATION");

    Path out = dir.resolve("out.jsonl");
    Result both =
        CliRunner.run(
            "convert",
            members.toString(),
            organizations.toString(),
            out.toString(),
            "--privacy",
            "full",
            "--report",
            "text",
            "--lang",
            "en");
    assertThat(both.exitCode()).as(both.out()).isZero();
    assertThat(both.out()).doesNotContain("REF-ORGANIZATION");
    assertThat(both.err())
        .contains(
            String.format(
                "; wrote %d records to %s (full)",
                group.members().size() + group.organizations().size(), out));
    ImportResult back = DangjianImporter.of(ImportOptions.of(Files4Tests.AS_OF)).read(out);
    assertThat(back.report().isSuccessful()).isTrue();
    assertThat(back.dataset().members())
        .extracting(Member::id)
        .containsExactlyElementsOf(group.members().stream().map(Member::id).toList());
    assertThat(back.dataset().organizations())
        .extracting(Organization::id)
        .containsExactlyInAnyOrderElementsOf(
            group.organizations().stream().map(Organization::id).toList());
  }

  @Test
  void theOutputMayNotBeOneOfTheInputs() {
    Path copy = dir.resolve(".").resolve("organizations.csv");
    Result result =
        CliRunner.run("convert", members.toString(), organizations.toString(), copy.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("IN and OUT are the same file: " + copy);
  }

  @Test
  void validateAndStatsReadTheSameFilesAsOneDatasetToo() {
    Result validate =
        CliRunner.run("validate", members.toString(), organizations.toString(), "--lang", "en");
    assertThat(validate.exitCode()).as(validate.out()).isZero();
    assertThat(validate.out()).doesNotContain("REF-ORGANIZATION");
    Result stats =
        CliRunner.run("stats", members.toString(), organizations.toString(), "--lang", "en");
    assertThat(stats.exitCode()).isZero();
    Result statsAlone = CliRunner.run("stats", members.toString(), "--lang", "en");
    assertThat(statsAlone.exitCode()).isEqualTo(1);
  }

  /**
   * An issue found when the dataset is complete (a member whose organization is in neither file)
   * names the member's own file and sheet, not the list of every input.
   */
  @Test
  void aMissingOrganizationIsReportedInTheMembersOwnFileAndSheet() throws IOException {
    Member first = group.members().get(0);
    Dataset broken =
        ImmutableDataset.copyOf(group)
            .withMembers(
                group.members().stream()
                    .map(
                        m ->
                            m == first
                                ? ImmutableMember.copyOf(m).withOrganizationId("nowhere")
                                : m)
                    .toList());
    Path csv = Files4Tests.write(broken, dir.resolve("broken.csv"));
    Path xlsx =
        Files4Tests.write(
            ImmutableDataset.copyOf(broken).withOrganizations(), dir.resolve("broken.xlsx"));
    Result fromCsv =
        CliRunner.run("validate", csv.toString(), organizations.toString(), "--lang", "en");
    assertThat(fromCsv.exitCode()).isEqualTo(1);
    assertThat(fromCsv.out())
        .contains("REF-ORGANIZATION " + csv + " line 2 " + first.id() + " organizationId");
    assertThat(
            fromCsv.out().lines().filter(l -> l.startsWith("[ERROR]") || l.startsWith("[WARNING]")))
        .isNotEmpty()
        .noneMatch(l -> l.contains(csv + ", " + organizations));
    Result fromXlsx =
        CliRunner.run("validate", xlsx.toString(), organizations.toString(), "--lang", "en");
    assertThat(fromXlsx.exitCode()).isEqualTo(1);
    assertThat(fromXlsx.out())
        .contains("REF-ORGANIZATION " + xlsx + " 党员花名册 row 2 " + first.id() + " organizationId");
  }

  @Test
  void aMissingSecondInputIsAUsageErrorBeforeAnythingIsWritten() {
    Path out = dir.resolve("out.jsonl");
    Result result =
        CliRunner.run(
            "convert", members.toString(), dir.resolve("nope.csv").toString(), out.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("no such file");
    assertThat(Files.exists(out)).isFalse();
  }
}
