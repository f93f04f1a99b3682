package org.dangjian.validation.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
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
import org.dangjian.validation.report.ReportFormat;
import org.dangjian.validation.report.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A run on 2 or 4 threads gives the report of a run on one thread, byte for byte, in text (Chinese
 * and English) and JSON: over generated datasets of seeds 1 to 5, over every testkit defect, with
 * an issue cap that keeps only the first issues reported, and with readers' problems reported
 * between the records.
 */
class ThreadCountTest {

  private static final LocalDate AS_OF = GeneratorSettings.DEFAULT_AS_OF;

  private static final Dataset SAMPLE =
      DatasetGenerator.generate(GeneratorSettings.proportional(7, 1_200).build());

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void generatedDatasets(long seed) {
    GeneratorSettings settings = GeneratorSettings.proportional(seed, 1_500).build();
    Dataset dataset = DatasetGenerator.generate(settings);

    assertSameWhateverTheThreads(dataset, settings.asOf(), 100_000);
  }

  /** Every defect of the testkit that a dataset can hold. */
  static Stream<Defect> defects() {
    return Arrays.stream(Defect.values()).filter(Defect::representableInDataset);
  }

  @ParameterizedTest
  @MethodSource("defects")
  void everyDefect(Defect defect) {
    Dataset mutated = Mutators.apply(defect, SAMPLE, AS_OF).dataset();

    assertSameWhateverTheThreads(mutated, AS_OF, 100_000);
  }

  @Test
  void aCapKeepsTheSameFirstIssues() {
    Dataset mutated = Mutators.apply(Defect.WRONG_DUES_AMOUNT, SAMPLE, AS_OF).dataset();
    mutated = Mutators.apply(Defect.DUPLICATE_ID_NUMBER, mutated, AS_OF).dataset();
    mutated = Mutators.apply(Defect.APPLICATION_TALK_LATE, mutated, AS_OF).dataset();

    assertSameWhateverTheThreads(mutated, AS_OF, 2);
  }

  @Test
  void problemsBetweenRecordsKeepTheirPlace() {
    for (int cap : new int[] {5, 100_000}) {
      String one = render(streamWithProblems(1, cap));
      assertThat(render(streamWithProblems(2, cap))).isEqualTo(one);
      assertThat(render(streamWithProblems(4, cap))).isEqualTo(one);
      assertThat(one).contains(InputProblem.REJECTED.rule().code());
    }
  }

  /** Feeds the sample as a reader does, with a rejected line after every 97th record. */
  private static ValidationReport streamWithProblems(int threads, int cap) {
    ValidationRun run = validator(threads, cap).newRun("stream.jsonl", AS_OF);
    int[] line = {0};
    SAMPLE.accept(
        new RecordVisitor<Location>() {
          @Override
          public void record(RecordKind kind, Object record, Location ignored) {
            line[0]++;
            run.record(kind, record, Location.builder().line(line[0]).build());
            if (line[0] % 97 == 0) {
              line[0]++;
              run.input(
                  InputProblem.REJECTED, Location.builder().line(line[0]).build(), "{", Map.of());
            }
          }
        });
    return run.finish();
  }

  private static void assertSameWhateverTheThreads(Dataset dataset, LocalDate asOf, int cap) {
    String one = render(validator(1, cap).validate(dataset, asOf));
    for (int threads : List.of(2, 4)) {
      assertThat(render(validator(threads, cap).validate(dataset, asOf)))
          .as("%d threads", threads)
          .isEqualTo(one);
    }
  }

  private static DangjianValidator validator(int threads, int cap) {
    return DangjianValidator.of(
        ValidationSettings.builder().threads(threads).maxIssues(cap).build());
  }

  /** The JSON report, then the Chinese and the English text report. */
  private static String render(ValidationReport report) {
    return report.render(ReportFormat.JSON, Locale.ROOT)
        + "\n"
        + report.render(ReportFormat.TEXT, Locale.ROOT)
        + "\n"
        + report.render(ReportFormat.TEXT, Locale.ENGLISH);
  }
}
