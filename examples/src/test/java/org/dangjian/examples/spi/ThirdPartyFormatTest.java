package org.dangjian.examples.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.code.Gender;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.ImmutableDataset;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.record.RecordKind;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.DangjianIoException;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.ImportResult;
import org.dangjian.io.Privacy;
import org.dangjian.io.RecordHandler;
import org.dangjian.io.RecordWriter;
import org.dangjian.validation.report.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A third party adds a format without touching the SDK: this module's tests hold a reader and a
 * writer of a made-up tab-separated member list ({@link TsvMembers}), registered in {@code
 * src/test/resources/META-INF/services}, and the SDK's own importer, exporter and format lists take
 * it up from there, beside the formats of dangjian-io, -io-roster and -io-bulletin. Formats that
 * nobody provides are still refused.
 */
class ThirdPartyFormatTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  private static final DangjianImporter IMPORTER = DangjianImporter.of(ImportOptions.of(AS_OF));

  private static final Organization BRANCH =
      Organization.builder().id("b1").name("第一党支部").kind(OrganizationKind.BRANCH).build();

  private static final List<Member> MEMBERS =
      List.of(
          Member.builder()
              .id("m1")
              .name("张三")
              .gender(Gender.FEMALE)
              .birthDate(LocalDate.of(1949, 12, 31))
              .idNumber(ResidentIdNumber.parse("11010519491231002X", AS_OF).orElseThrow())
              .stage(MemberStage.APPLICANT)
              .organizationId("b1")
              .build(),
          Member.builder()
              .id("m2")
              .name("李四")
              .gender(Gender.MALE)
              .birthDate(LocalDate.of(1990, 5, 4))
              .stage(MemberStage.ACTIVIST)
              .organizationId("b1")
              .build());

  @Test
  void theFormatIsInstalledByItsServiceFiles() {
    assertThat(DataFormat.readable())
        .containsExactly(
            DataFormat.JSON,
            DataFormat.JSON_LINES,
            DataFormat.CSV,
            DataFormat.XLSX,
            DataFormat.XLS,
            DataFormat.TEXT,
            DataFormat.MARKDOWN,
            DataFormat.forName("docx").orElseThrow(),
            DataFormat.forName("pdf").orElseThrow(),
            TsvMembers.TSV);
    assertThat(DataFormat.writable()).contains(DataFormat.HTML).endsWith(TsvMembers.TSV);
    assertThat(DataFormat.forFileName("党员名单.TSV")).contains(TsvMembers.TSV);
    assertThat(DataFormat.forName("tab")).contains(TsvMembers.TSV);
    assertThat(TsvMembers.TSV.isReadable()).isTrue();
    assertThat(TsvMembers.TSV.holds(RecordKind.MEMBER)).isTrue();
  }

  @Test
  void membersRoundTripThroughTheImporterAndTheExporter(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("members.tsv");
    Dataset written = Dataset.builder().addOrganization(BRANCH).addAllMembers(MEMBERS).build();
    DangjianExporter exporter = DangjianExporter.of(ExportOptions.of(Privacy.FULL));
    exporter.write(written, file);
    assertThat(Files.readAllLines(file, StandardCharsets.UTF_8))
        .containsExactly(
            "id\tname\tgender\tbirthDate\tstage\torganizationId\tidNumber",
            "m1\t张三\t2\t1949-12-31\t1\tb1\t11010519491231002X",
            "m2\t李四\t1\t1990-05-04\t2\tb1\t");

    ImportResult read = IMPORTER.read(file);
    assertThat(read.dataset().members()).isEqualTo(MEMBERS);
    assertThat(read.report().input().orElseThrow().accepted()).isEqualTo(2);

    try (RecordWriter writer = exporter.open(dir.resolve("members.tab"))) {
      writer.write(BRANCH);
      MEMBERS.forEach(m -> write(writer, m));
      assertThat(writer.skipped()).isEqualTo(1);
    }
  }

  @Test
  void theMaskOfAMaskedExportReadsBackAsWithheld() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DangjianExporter.of(ExportOptions.of(Privacy.MASKED))
        .write(Dataset.builder().addAllMembers(MEMBERS).build(), out, TsvMembers.TSV);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("\t11****************\n");
    ImmutableDataset.Builder read = Dataset.builder();
    IMPORTER.read(
        new ByteArrayInputStream(out.toByteArray()),
        "masked.tsv",
        TsvMembers.TSV,
        RecordHandler.into(read));
    assertThat(read.build().members().get(0).idNumber()).isEmpty();
  }

  @Test
  void itJoinsOtherFormatsInOneValidatedDataset(@TempDir Path dir) throws Exception {
    Path organizations = dir.resolve("organizations.json");
    DangjianExporter.of(ExportOptions.defaults())
        .write(Dataset.builder().addOrganization(BRANCH).build(), organizations);
    Path members =
        Files.writeString(
            dir.resolve("members.tsv"),
            String.join("\t", TsvMembers.COLUMNS)
                + "\n"
                + "m1\t张三\t2\t1949-12-31\t1\tb1\t11010519491231002X\n"
                + "m2\t李四\t1\t1990-13-04\t2\tb1\t\n"
                + "m3\t王五\t2\t1949-12-31\t1\tb1\t110105194912310021\n"
                + "m4\t赵六\t1\t1990-05-04\t2\tb9\t\n",
            StandardCharsets.UTF_8);

    ImportResult result = IMPORTER.read(organizations, members);

    assertThat(result.dataset().organizations()).containsExactly(BRANCH);
    assertThat(result.dataset().members()).extracting(Member::id).containsExactly("m1", "m3", "m4");
    assertThat(result.report().input().orElseThrow().rejected()).isEqualTo(1);
    Issue badDate = result.report().issuesOf("IO-VALUE").get(0);
    assertThat(badDate.location().line()).hasValue(3);
    assertThat(badDate.location().fieldPath()).contains("birthDate");
    Issue checksum = result.report().issuesOf("ID-CHECKSUM").get(0);
    assertThat(checksum.location().line()).hasValue(4);
    assertThat(result.report().issuesOf("REF-ORGANIZATION"))
        .extracting(i -> i.location().recordId().orElseThrow())
        .containsExactly("m4");
  }

  @Test
  void formatsThatNobodyProvidesAreStillRefused(@TempDir Path dir) throws Exception {
    assertThat(DataFormat.forName("yaml")).isEmpty();
    Path yaml = Files.writeString(dir.resolve("members.yaml"), "");
    assertThatThrownBy(() -> IMPORTER.read(yaml))
        .isInstanceOf(DangjianIoException.class)
        .hasMessageEndingWith(
            "name the format (json, jsonl, csv, xlsx, xls, txt, md, docx, pdf, tsv)");
    DataFormat psv = DataFormat.of("psv", List.of(RecordKind.MEMBER));
    assertThatThrownBy(
            () ->
                IMPORTER.read(
                    new ByteArrayInputStream(new byte[0]), "a.psv", psv, new RecordHandler() {}))
        .isInstanceOf(DangjianIoException.class)
        .hasMessage(
            "reading psv is not supported; readable formats: json, jsonl, csv, xlsx, xls, txt, md, docx,"
                + " pdf, tsv");
    assertThatThrownBy(
            () ->
                DangjianExporter.of(ExportOptions.defaults())
                    .write(Dataset.builder().build(), new ByteArrayOutputStream(), DataFormat.TEXT))
        .isInstanceOf(DangjianIoException.class)
        .hasMessage(
            "writing txt is not supported; writable formats: json, jsonl, csv, xlsx, md, html, docx, tsv");
  }

  private static void write(RecordWriter writer, Object record) {
    try {
      writer.write(record);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
