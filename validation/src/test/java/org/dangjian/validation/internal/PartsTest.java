package org.dangjian.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.record.RecordVisitor;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.testkit.Mutators;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.InputProblem;
import org.dangjian.validation.ValidationRun;
import org.dangjian.validation.ValidationSettings;
import org.dangjian.validation.internal.parts.Parts;
import org.dangjian.validation.report.InputSummary;
import org.dangjian.validation.report.ReportFormat;
import org.dangjian.validation.report.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Validation fed in parts ({@link Parts}): records split over three parts, each recorded on its own
 * (field and record checks) into a {@link Segment}, the segments serialized, combined in either
 * grouping and replayed into one run, give the report of one run over the whole stream, byte for
 * byte (JSON, Chinese and English text), over a generated dataset with the testkit defects a
 * dataset can hold applied one after the other (those that still find their record), readers'
 * problems between the records, and an issue cap.
 */
class PartsTest {

  private static final LocalDate AS_OF = GeneratorSettings.DEFAULT_AS_OF;
  private static Dataset mutated;

  @BeforeAll
  static void generate() {
    Dataset dataset = DatasetGenerator.generate(GeneratorSettings.proportional(7, 1_200).build());
    for (Defect defect : Defect.values()) {
      if (defect.representableInDataset()) {
        try {
          dataset = Mutators.apply(defect, dataset, AS_OF).dataset();
        } catch (RuntimeException e) {
          // A mutator that needs a record an earlier defect changed applies to the next dataset.
          continue;
        }
      }
    }
    mutated = dataset;
  }

  @Test
  void partsJoinedGiveTheReportOfOneRun() throws IOException, ClassNotFoundException {
    for (int cap : new int[] {100_000, 7}) {
      ValidationSettings settings = ValidationSettings.builder().maxIssues(cap).build();
      String whole = render(wholeRun(settings));
      Store store = new Store();
      List<Segment> parts = new ArrayList<>();
      for (int part = 0; part < 3; part++) {
        parts.add(roundTrip(recordPart(settings, store, part)));
      }

      Segment left = Segment.combine(Segment.combine(parts.get(0), parts.get(1)), parts.get(2));
      Segment right = Segment.combine(parts.get(0), Segment.combine(parts.get(1), parts.get(2)));
      assertThat(render(Parts.join(settings, "stream.jsonl", AS_OF, List.of(left), store)))
          .isEqualTo(whole);
      assertThat(render(Parts.join(settings, "stream.jsonl", AS_OF, List.of(right), store)))
          .isEqualTo(whole);
      assertThat(render(Parts.join(settings, "stream.jsonl", AS_OF, parts, store)))
          .isEqualTo(whole);
      assertThat(whole)
          .contains("BUL-STATS-MEMBERS", "RATING-DUPLICATE", InputProblem.REJECTED.rule().code());
    }
  }

  @Test
  void segmentsAddTheirInputSummaries() {
    Segment a = Segment.empty().withInput(new InputSummary(5, 4, 1, false));
    Segment b = Segment.empty().withInput(new InputSummary(3, 3, 0, true));

    assertThat(Segment.combine(a, b).input()).isEqualTo(new InputSummary(8, 7, 1, true));
    assertThat(Segment.combine(Segment.empty(), a).input()).isEqualTo(a.input());
  }

  private static ValidationReport wholeRun(ValidationSettings settings) {
    ValidationRun run = DangjianValidator.of(settings).newRun("stream.jsonl", AS_OF);
    feed(run, -1);
    return run.finish(new InputSummary(0, 0, 0, false));
  }

  private static Segment recordPart(ValidationSettings settings, Store store, int part) {
    Parts.Recording recording = Parts.recording(settings, "stream.jsonl", AS_OF, store);
    feed(recording.run(), part);
    return recording.segment(new InputSummary(0, 0, 0, false));
  }

  /**
   * Feeds the records as a reader does, a line each, with a rejected line after every 97th; with
   * {@code part} 0 to 2, only the lines of that third of the stream.
   */
  private static void feed(ValidationRun run, int part) {
    int total = countLines();
    int[] line = {0};
    mutated.accept(
        new RecordVisitor<Location>() {
          @Override
          public void record(RecordKind kind, Object record, Location ignored) {
            line[0]++;
            if (mine(line[0])) {
              run.record(kind, record, Location.builder().source("s").line(line[0]).build());
            }
            if (line[0] % 97 == 0) {
              line[0]++;
              if (mine(line[0])) {
                run.input(
                    InputProblem.REJECTED, Location.builder().line(line[0]).build(), "{", Map.of());
              }
            }
          }

          private boolean mine(int at) {
            return part < 0 || (at - 1) * 3 / total == part;
          }
        });
  }

  private static int countLines() {
    int[] lines = {0};
    mutated.accept(
        new RecordVisitor<Location>() {
          @Override
          public void record(RecordKind kind, Object record, Location ignored) {
            lines[0]++;
            if (lines[0] % 97 == 0) {
              lines[0]++;
            }
          }
        });
    return lines[0] + 1;
  }

  private static Segment roundTrip(Segment segment) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(segment);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (Segment) in.readObject();
    }
  }

  /** The JSON report, then the Chinese and the English text report. */
  private static String render(ValidationReport report) {
    return report.render(ReportFormat.JSON, Locale.ROOT)
        + "\n"
        + report.render(ReportFormat.TEXT, Locale.ROOT)
        + "\n"
        + report.render(ReportFormat.TEXT, Locale.ENGLISH);
  }

  /** Records kept in memory, encoded as their position: what a codec does within one machine. */
  private static final class Store implements RecordCodec {
    private static final long serialVersionUID = 1L;
    private final transient List<Object> records = new ArrayList<>();

    @Override
    public String encode(RecordKind kind, Object record) {
      records.add(record);
      return Integer.toString(records.size() - 1);
    }

    @Override
    public Object decode(RecordKind kind, String text) {
      return records.get(Integer.parseInt(text));
    }
  }
}
