package org.dangjian.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.ImmutableDataset;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * dangjian-io alone is a JSON-only installation: its tests run with this module's dependencies only
 * (the enforcer's {@code json-only} rule in io/pom.xml bans the roster and bulletin libraries from
 * them, transitively and in every scope), so here the formats installed are exactly JSON and JSON
 * Lines, none of those libraries can be loaded, and the other well-known formats are known by name
 * but refused with the list of what is installed.
 */
class JsonOnlyTest {

  private static final DangjianImporter IMPORTER =
      DangjianImporter.of(ImportOptions.of(LocalDate.of(2026, 6, 30)));

  @Test
  void onlyJsonAndJsonLinesAreInstalled() {
    assertThat(DataFormat.readable()).containsExactly(DataFormat.JSON, DataFormat.JSON_LINES);
    assertThat(DataFormat.writable()).containsExactly(DataFormat.JSON, DataFormat.JSON_LINES);
    assertThat(DataFormat.CSV.isReadable()).isFalse();
    assertThat(DataFormat.HTML.isWritable()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "org.dhatim.fastexcel.Workbook",
        "org.dhatim.fastexcel.reader.ReadableWorkbook",
        "org.apache.commons.compress.archivers.zip.ZipFile",
        "org.jsoup.Jsoup",
        "org.commonmark.parser.Parser",
        "org.commonmark.ext.gfm.tables.TablesExtension",
        "tools.jackson.dataformat.csv.CsvFactory"
      })
  void noRosterOrBulletinLibraryIsOnTheClassPath(String className) {
    assertThatThrownBy(() -> Class.forName(className, false, getClass().getClassLoader()))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void aWellKnownFormatThatIsNotInstalledIsRefusedWithTheInstalledOnes(@TempDir Path dir)
      throws Exception {
    Path roster = Files.writeString(dir.resolve("党员花名册.csv"), "姓名\n张三\n");
    assertThatThrownBy(() -> IMPORTER.read(roster))
        .isInstanceOf(DangjianIoException.class)
        .hasMessage("reading csv is not supported; readable formats: json, jsonl");
    assertThatThrownBy(
            () ->
                IMPORTER.read(
                    new ByteArrayInputStream("# 简报".getBytes(StandardCharsets.UTF_8)),
                    "b.md",
                    DataFormat.MARKDOWN,
                    new RecordHandler() {}))
        .isInstanceOf(DangjianIoException.class)
        .hasMessage("reading md is not supported; readable formats: json, jsonl");
    Path html = dir.resolve("简报.html");
    assertThatThrownBy(() -> DangjianExporter.of(ExportOptions.defaults()).open(html))
        .isInstanceOf(DangjianIoException.class)
        .hasMessage("writing html is not supported; writable formats: json, jsonl");
    assertThat(html).doesNotExist();
  }

  @Test
  void anUnknownExtensionNamesTheReadableFormats(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("data.yaml"), "");
    assertThatThrownBy(() -> IMPORTER.read(file))
        .isInstanceOf(DangjianIoException.class)
        .hasMessageEndingWith("from its name; name the format (json, jsonl)");
  }

  @Test
  void jsonRoundTripsWithoutTheOtherModules() throws Exception {
    GeneratorSettings settings = GeneratorSettings.proportional(3, 60).build();
    Dataset dataset = DatasetGenerator.generate(settings);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DangjianExporter.of(ExportOptions.of(Privacy.FULL)).write(dataset, out, DataFormat.JSON);
    ImmutableDataset.Builder read = Dataset.builder();
    DangjianImporter.of(ImportOptions.of(settings.asOf()))
        .read(
            new ByteArrayInputStream(out.toByteArray()),
            "group.json",
            DataFormat.JSON,
            RecordHandler.into(read));
    assertThat(read.build()).isEqualTo(dataset);
  }
}
