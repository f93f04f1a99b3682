package org.dangjian.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.validation.DangjianValidator;

/**
 * The CPU time per member of validating a generated dataset on one thread, measured by the JVM's
 * thread CPU clock rather than the wall clock: on a machine shared with other work it is far
 * steadier than JMH's wall-clock single shots. Four validations warm up, seven are measured; prints
 * the minimum, median and maximum. Run with {@code java -cp benchmarks/target/benchmarks.jar
 * org.dangjian.benchmarks.ValidationCpu 10000} (docs/BENCHMARKS.md).
 */
public final class ValidationCpu {

  private ValidationCpu() {}

  /** Validates {@code args[0]} generated members (default 10,000) and prints µs per member. */
  public static void main(String[] args) {
    int members = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    GeneratorSettings settings = GeneratorSettings.proportional(62, members).build();
    Dataset dataset = DatasetGenerator.generate(settings);
    DangjianValidator validator = DangjianValidator.defaults();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < 4; i++) {
      validator.validate(dataset, settings.asOf());
    }
    long[] nanos = new long[7];
    for (int i = 0; i < nanos.length; i++) {
      long start = cpu.getCurrentThreadCpuTime();
      validator.validate(dataset, settings.asOf());
      nanos[i] = cpu.getCurrentThreadCpuTime() - start;
    }
    Arrays.sort(nanos);
    double perMember = 1_000.0 * members;
    System.out.printf(
        Locale.ROOT,
        "members=%d cpu µs/member: min %.1f median %.1f max %.1f%n",
        members,
        nanos[0] / perMember,
        nanos[3] / perMember,
        nanos[6] / perMember);
  }
}
