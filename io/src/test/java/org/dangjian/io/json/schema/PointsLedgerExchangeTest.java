package org.dangjian.io.json.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.ImmutableDataset;
import org.dangjian.core.points.ImmutablePointEntry;
import org.dangjian.core.points.PointCategory;
import org.dangjian.core.points.PointsPolicy;
import org.dangjian.core.record.RecordKind;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.Privacy;
import org.dangjian.io.json.JsonTestSupport;
import org.dangjian.io.json.JsonTestSupport.Imported;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.junit.jupiter.api.Test;

/**
 * A group with a year of points, its activities listing those present, goes through the JSON
 * document and JSON Lines and back unchanged: the ledger is the {@code pointEntries} section and
 * the {@code pointEntry} lines, the lists of those present are {@code presentMemberIds}, and what
 * is written validates against the committed schemas.
 */
class PointsLedgerExchangeTest {

  private static final LocalDate AS_OF = LocalDate.of(2024, 1, 31);
  private static final Dataset WITH_LEDGER =
      DatasetGenerator.generate(
          GeneratorSettings.builder()
              .seed(5)
              .branches(3)
              .members(60)
              .asOf(AS_OF)
              .pointsPolicy(PointsPolicy.sample())
              .build());

  private static byte[] export(Dataset dataset, DataFormat format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DangjianExporter.of(ExportOptions.of(Privacy.FULL)).write(dataset, out, format);
    return out.toByteArray();
  }

  @Test
  void theDocumentKeepsTheLedgerAndThePresentLists() throws IOException {
    roundTrip(DataFormat.JSON);
  }

  @Test
  void jsonLinesKeepTheLedgerAndThePresentLists() throws IOException {
    roundTrip(DataFormat.JSON_LINES);
  }

  private static void roundTrip(DataFormat format) throws IOException {
    Dataset withRemark =
        ImmutableDataset.copyOf(WITH_LEDGER)
            .withPointEntries(
                WITH_LEDGER.pointEntries().get(0),
                ImmutablePointEntry.copyOf(WITH_LEDGER.pointEntries().get(1))
                    .withPoints(-2)
                    .withCategory(PointCategory.DEDUCTION)
                    .withApproverId(WITH_LEDGER.members().get(0).id())
                    .withRemark("无故缺席主题党日"));
    byte[] bytes = export(withRemark, format);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).contains("presentMemberIds").contains("无故缺席主题党日");
    assertThat(ExchangeSchemaTest.errors(bytes, format)).isEmpty();
    Imported back = JsonTestSupport.read(bytes, format, ImportOptions.of(AS_OF));
    assertThat(back.report().issues()).isEmpty();
    assertThat(back.report().recordCounts()).containsEntry(RecordKind.POINT_ENTRY, 2L);
    assertThat(back.dataset().pointEntries()).isEqualTo(withRemark.pointEntries());
    assertThat(back.dataset().activities()).isEqualTo(withRemark.activities());
  }

  @Test
  void aLineOfAnUnknownCategoryIsAValueIssueAtItsField() {
    String header = "{\"kind\":\"header\",\"format\":\"dangjian-exchange\",\"version\":\"1.0\"}";
    String line =
        "{\"kind\":\"pointEntry\",\"record\":{\"id\":\"pt-1\",\"memberId\":\"m-1\","
            + "\"date\":\"2024-01-05\",\"points\":3,\"category\":\"打卡\"}}";
    Imported read = JsonTestSupport.read(header + "\n" + line + "\n", DataFormat.JSON_LINES);
    assertThat(read.io())
        .anySatisfy(
            s -> assertThat(s).startsWith("IO-VALUE 2:").contains("category").contains("打卡"));
    assertThat(read.dataset().pointEntries()).isEmpty();
  }
}
