package org.dangjian.benchmarks;

import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.statistics.BulletinFigures;
import org.dangjian.core.statistics.PartyStatistics;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
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
 * How long the test-data generator takes for a group of a given number of members (with
 * activities), and how long the as-of view and the bulletin figures take over the result. Sizes
 * keep the proportions of the January 2024 bulletin: one branch per 27 members, 6.4% probationary.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
public class GeneratorBenchmark {

  /** Number of Party members generated. */
  @Param({"3096", "100000"})
  public int members;

  private GeneratorSettings settings;
  private Dataset dataset;

  /** Builds the settings and one dataset for the statistics benchmark. */
  @Setup(Level.Trial)
  public void setUp() {
    int branches = Math.max(1, members / 27);
    settings =
        GeneratorSettings.builder()
            .seed(62)
            .committees(Math.max(1, branches / 7))
            .generalBranches(Math.max(0, branches / 28))
            .branches(branches)
            .members(members)
            .probationary(members * 64 / 1000)
            .employees(members * 10)
            .asOf(LocalDate.of(2024, 1, 31))
            .build();
    dataset = DatasetGenerator.generate(settings);
  }

  /** Generates the whole dataset. */
  @Benchmark
  public Dataset generate() {
    return DatasetGenerator.generate(settings);
  }

  /** Derives the as-of view and the bulletin figures. */
  @Benchmark
  public BulletinFigures bulletinFigures() {
    return PartyStatistics.bulletinFigures(
        dataset.asOf(settings.asOf()), OptionalInt.of(members * 10));
  }
}
