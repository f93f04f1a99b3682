package org.dangjian.io.fuzz;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The cost of one execution of each fuzz target with the oracle in this JVM's mode ({@code
 * -Dfuzz.oracle=full|fast}), without Jazzer: calls every {@code @FuzzTest} method of a module on
 * its committed seed inputs, round after round, for a warm-up and then a measured time, and prints
 * executions per second. This is the ceiling of a fuzzing run's rate (Jazzer adds its coverage
 * instrumentation and the mutations) and shows what the oracle's mode changes; it is what
 * docs/FORMATS.md, "Fuzzing", reports. An input that throws counts as a failure and is named.
 *
 * <p>Arguments, each {@code --name=value}: {@code basedir}, {@code testClasses}, {@code targets} (a
 * regular expression over {@code Class#method}), {@code warmup} and {@code seconds}. Run on the
 * module's test class path, as the campaign is.
 */
public final class FuzzThroughput {

  private FuzzThroughput() {}

  /**
   * Measures every target of one module.
   *
   * @param args the settings, each {@code --name=value}
   * @throws Exception when a target cannot be loaded
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> settings = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      settings.put(arg.substring(2, eq), arg.substring(eq + 1));
    }
    Path basedir = Path.of(settings.getOrDefault("basedir", "."));
    Path testClasses =
        Path.of(settings.getOrDefault("testClasses", basedir + "/target/test-classes"));
    long warmup = Long.parseLong(settings.getOrDefault("warmup", "10")) * 1_000_000_000L;
    long seconds = Long.parseLong(settings.getOrDefault("seconds", "30")) * 1_000_000_000L;
    Pattern filter = Pattern.compile(settings.getOrDefault("targets", ".*"));
    ClassLoader loader = FuzzThroughput.class.getClassLoader();
    for (FuzzTarget target : FuzzTarget.discover(testClasses, filter, loader)) {
      List<byte[]> seeds = seeds(target.inputs(basedir));
      Class<?> type = Class.forName(target.className(), true, loader);
      Method method = type.getDeclaredMethod(target.method(), byte[].class);
      method.setAccessible(true);
      var constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      Object instance = constructor.newInstance();
      run(method, instance, seeds, warmup, new ArrayList<>());
      List<String> failures = new ArrayList<>();
      long[] counted = run(method, instance, seeds, seconds, failures);
      double rate = counted[0] * 1e9 / counted[1];
      System.out.printf(
          Locale.ROOT,
          "| %s | %s | %d | %,d | %,.0f | %s |%n",
          target.name(),
          FuzzOracle.mode().name().toLowerCase(Locale.ROOT),
          seeds.size(),
          counted[0],
          rate,
          failures.isEmpty() ? "none" : String.join("; ", failures));
    }
  }

  /** Executions and nanoseconds of rounds over {@code seeds} until {@code nanos} have passed. */
  private static long[] run(
      Method method, Object instance, List<byte[]> seeds, long nanos, List<String> failures)
      throws IllegalAccessException {
    long start = System.nanoTime();
    long executions = 0;
    long elapsed = 0;
    while (elapsed < nanos) {
      for (byte[] seed : seeds) {
        try {
          method.invoke(instance, (Object) seed.clone());
        } catch (InvocationTargetException e) {
          if (failures.size() < 3) {
            failures.add(String.valueOf(e.getCause()).lines().findFirst().orElse(""));
          }
        }
        executions++;
      }
      elapsed = System.nanoTime() - start;
    }
    return new long[] {executions, elapsed};
  }

  private static List<byte[]> seeds(Path directory) throws Exception {
    List<byte[]> seeds = new ArrayList<>();
    if (Files.isDirectory(directory)) {
      try (Stream<Path> files = Files.list(directory)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          seeds.add(Files.readAllBytes(file));
        }
      }
    }
    if (seeds.isEmpty()) {
      seeds.add("{}".getBytes(StandardCharsets.UTF_8));
    }
    return seeds;
  }
}
