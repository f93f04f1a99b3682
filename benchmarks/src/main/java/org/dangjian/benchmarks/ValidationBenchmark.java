package org.dangjian.benchmarks;

import java.util.concurrent.TimeUnit;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Organization;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.FieldTier;
import org.dangjian.validation.ValidationRun;
import org.dangjian.validation.ValidationSettings;
import org.dangjian.validation.report.ValidationReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long validating a generated, valid dataset takes with the standard settings (all field,
 * record and dataset rules), as a whole {@code validate(dataset)} and as a streaming run fed record
 * by record. Divide by the member count for the cost per member; the baseline is a loop that only
 * touches every record, measured in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx3g"})
public class ValidationBenchmark {

  /** Number of Party members generated. */
  @Param({"10000", "100000"})
  public int members;

  /** Threads of the run's record checks ({@code ValidationSettings.threads}). */
  @Param({"1"})
  public int threads;

  /** How field constraints are checked: {@code FAST} (the default) or {@code FULL}. */
  @Param({"FAST"})
  public FieldTier tier;

  private GeneratorSettings settings;
  private Dataset dataset;
  private DangjianValidator validator;

  /** Generates the dataset once. */
  @Setup(Level.Trial)
  public void setUp() {
    settings = GeneratorSettings.proportional(62, members).build();
    dataset = DatasetGenerator.generate(settings);
    validator =
        DangjianValidator.of(ValidationSettings.builder().threads(threads).fieldTier(tier).build());
  }

  /** Baseline: touches every record once, as a streaming consumer must. */
  @Benchmark
  public long baselineTouchEveryRecord() {
    long sum = 0;
    for (Organization o : dataset.organizations()) {
      sum += o.id().length();
    }
    for (Member m : dataset.members()) {
      sum += m.id().length() + m.development().steps().size();
    }
    for (Activity a : dataset.activities()) {
      sum += a.id().length();
    }
    return sum;
  }

  /** Validates the whole dataset. */
  @Benchmark
  public ValidationReport validateDataset() {
    return validator.validate(dataset, settings.asOf());
  }

  /** Feeds the records through a streaming run, as a file reader does. */
  @Benchmark
  public ValidationReport streamingRun() {
    ValidationRun run = validator.newRun("bench", settings.asOf());
    dataset.organizations().forEach(o -> run.organization(o, null));
    dataset.members().forEach(m -> run.member(m, null));
    dataset.activities().forEach(a -> run.activity(a, null));
    return run.finish();
  }
}
