package org.dangjian.io.json.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.record.Location;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.Privacy;
import org.dangjian.io.RecordHandler;
import org.dangjian.testkit.BulletinGenerator;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.testkit.SampleBulletins;
import org.dangjian.validation.report.ValidationReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bulletins in the JSON exchange format: both forms give equal bulletins back. */
class BulletinJsonTest {

  private static final Dataset GROUP =
      DatasetGenerator.generate(GeneratorSettings.builder().seed(5).members(400).build());

  @ParameterizedTest
  @ValueSource(strings = {"json", "jsonl"})
  void bulletinsRoundTripEqual(String name) throws Exception {
    DataFormat format = DataFormat.forName(name).orElseThrow();
    List<Bulletin> bulletins =
        List.of(
            SampleBulletins.issue62(),
            BulletinGenerator.reporting(GROUP, YearMonth.of(2023, 12), 1),
            BulletinGenerator.reporting(GROUP, YearMonth.of(2024, 1), 2));
    Dataset written = Dataset.builder().addAllBulletins(bulletins).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DangjianExporter.of(ExportOptions.of(Privacy.FULL)).write(written, out, format);
    List<Bulletin> read = new ArrayList<>();
    ValidationReport report =
        DangjianImporter.of(ImportOptions.of(LocalDate.of(2024, 2, 5)))
            .read(
                new ByteArrayInputStream(out.toByteArray()),
                "bulletins." + format.extensions().get(0),
                format,
                new RecordHandler() {
                  @Override
                  public void bulletin(Bulletin bulletin, Location location) {
                    read.add(bulletin);
                  }
                });
    assertThat(report.issues()).as(new String(out.toByteArray(), StandardCharsets.UTF_8)).isEmpty();
    assertThat(read).containsExactlyElementsOf(bulletins);
  }
}
