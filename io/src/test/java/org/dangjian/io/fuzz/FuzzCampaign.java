package org.dangjian.io.fuzz;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The fuzzing campaign of one decoder module, run by the Maven profile {@code fuzzing} (see
 * docs/FORMATS.md, "Fuzzing"): finds every {@code @FuzzTest} of the module ({@link
 * FuzzTarget#discover}) and fuzzes each in a JVM of its own through Jazzer's command line, with the
 * module's classes ({@code org.dangjian.**}) instrumented, for a given time and at most a given
 * number of executions. A crashing input is written by Jazzer into the target's seed directory,
 * where regression mode replays it in every build once it is committed. After each run, libFuzzer's
 * merge picks the working-corpus entries that add coverage over the seeds, and the smallest of them
 * (at most {@code keep}) are copied into the seed directory as {@code fuzz-<sha1>}. Prints a
 * summary per target (executions, executions per second, coverage, corpus, findings) and exits with
 * 1 when any target had a finding.
 *
 * <p>Arguments, each {@code --name=value}: {@code basedir}, {@code testClasses}, {@code work} (a
 * directory for logs and the summary), {@code duration} ({@code 30s}, {@code 10m}, {@code 1h}),
 * {@code executions} (0 for no limit), {@code keep}, {@code targets} (a regular expression over
 * {@code Class#method}), {@code heap} (the {@code -Xmx} of each run), {@code timeout} (seconds one
 * input may take before it counts as a hang; the first input also loads and instruments the
 * classes, which takes more than a minute on a busy machine), {@code oracle} ({@code full} or
 * {@code fast}: the {@link FuzzOracle.Mode} each run's JVM is given; {@code fast,full} runs each
 * target once in each mode, one after the other, to compare their rates).
 */
public final class FuzzCampaign {

  private static final String JAZZER_MAIN = "com.code_intelligence.jazzer.Jazzer";
  private static final String INSTRUMENT = "org.dangjian.**";

  private final Map<String, String> settings;
  private final Path basedir;
  private final Path work;
  private final PrintStream out;

  private FuzzCampaign(Map<String, String> settings, PrintStream out) {
    this.settings = settings;
    this.basedir = Path.of(setting("basedir", ".")).toAbsolutePath();
    this.work = Path.of(setting("work", "target/fuzzing")).toAbsolutePath();
    this.out = out;
  }

  /**
   * Runs the campaign of one module.
   *
   * @param args the settings, each {@code --name=value}
   * @throws Exception when a run cannot be started or its files cannot be handled
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> settings = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (!arg.startsWith("--") || eq < 0) {
        throw new IllegalArgumentException("expected --name=value, got " + arg);
      }
      settings.put(arg.substring(2, eq), arg.substring(eq + 1));
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int findings = new FuzzCampaign(settings, out).run();
    System.exit(findings == 0 ? 0 : 1);
  }

  private String setting(String name, String otherwise) {
    String value = settings.get(name);
    return value == null || value.isBlank() ? otherwise : value.strip();
  }

  private int run() throws Exception {
    Path testClasses = Path.of(setting("testClasses", "target/test-classes"));
    Pattern filter = Pattern.compile(setting("targets", ".*"));
    List<FuzzTarget> targets =
        FuzzTarget.discover(testClasses, filter, FuzzCampaign.class.getClassLoader());
    long seconds = seconds(setting("duration", "5m"));
    long executions = Long.parseLong(setting("executions", "0"));
    out.printf(
        Locale.ROOT,
        "Fuzzing %d target(s) of %s, oracle %s, each for %d s%s; %d processors, %s %s, Java %s%n",
        targets.size(),
        basedir.getFileName(),
        setting("oracle", "full"),
        seconds,
        executions > 0 ? " or " + executions + " executions" : "",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("os.name"),
        System.getProperty("os.arch"),
        System.getProperty("java.version"));
    Files.createDirectories(work);
    List<String> rows = new ArrayList<>();
    int findings = 0;
    List<String> oracles = List.of(setting("oracle", "full").split(","));
    for (FuzzTarget target : targets) {
      for (String oracle : oracles) {
        findings += fuzz(target, oracle.strip(), oracles.size() > 1, seconds, executions, rows);
      }
    }
    String header =
        "| target | executions | exec/s | cov | ft | corpus | kept | findings |\n"
            + "|---|---:|---:|---:|---:|---:|---:|---|\n";
    String table = header + String.join("\n", rows) + "\n";
    Files.writeString(work.resolve("summary.md"), table, StandardCharsets.UTF_8);
    out.println("Fuzzing summary of " + basedir.getFileName() + ":");
    out.print(table);
    return findings;
  }

  /** Fuzzes {@code target} with the oracle in mode {@code oracle}; 1 when it found something. */
  private int fuzz(
      FuzzTarget target,
      String oracle,
      boolean named,
      long seconds,
      long executions,
      List<String> rows)
      throws Exception {
    Path inputs = target.inputs(basedir);
    Path corpus = target.workingCorpus(basedir);
    Files.createDirectories(inputs);
    Files.createDirectories(corpus);
    Set<String> before = names(inputs);
    String name = target.name() + (named ? " (" + oracle + ")" : "");
    Path log = work.resolve(target.name().replace('#', '.') + (named ? "." + oracle : "") + ".log");
    List<String> command = jazzer(target, oracle);
    command.add("-max_total_time=" + seconds);
    if (executions > 0) {
      command.add("-runs=" + executions);
    }
    command.add("-print_final_stats=1");
    command.add("-timeout=" + setting("timeout", "300"));
    // a slow input is a hang only past the timeout: on a busy machine 10 s (the default) is noise
    command.add("-report_slow_units=" + setting("timeout", "300"));
    command.add("-rss_limit_mb=4096");
    command.add("-artifact_prefix=" + inputs + File.separator);
    command.add(corpus.toString());
    command.add(inputs.toString());
    out.println("== " + name + " (log: " + log + ")");
    int exit = execute(command, log);
    FuzzStats stats = FuzzStats.parse(log);
    List<String> crashes = new ArrayList<>(names(inputs));
    crashes.removeAll(before);
    crashes.removeIf(file -> file.startsWith("slow-unit-"));
    boolean found = exit != 0 || !crashes.isEmpty();
    int kept = keepNewEntries(target, oracle, inputs, corpus);
    String row =
        String.format(
            Locale.ROOT,
            "| %s | %,d | %,d | %,d | %,d | %,d | %d | %s |",
            name,
            stats.executions(),
            stats.execsPerSecond(),
            stats.coverage(),
            stats.features(),
            stats.corpus(),
            kept,
            found ? describe(exit, stats, crashes) : "none");
    out.println(row);
    rows.add(row);
    return found ? 1 : 0;
  }

  private List<String> jazzer(FuzzTarget target, String oracle) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + setting("heap", "1g"));
    command.add("-XX:-OmitStackTraceInFastThrow");
    command.add("-Dfile.encoding=UTF-8");
    command.add("-Dfuzz.oracle=" + oracle);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(JAZZER_MAIN);
    command.add("--target_class=" + target.className());
    command.add("--target_method=" + target.method());
    command.add("--instrumentation_includes=" + INSTRUMENT);
    command.add("--custom_hook_includes=" + INSTRUMENT);
    command.add("--reproducer_path=" + work);
    return command;
  }

  private int execute(List<String> command, Path log) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command)
            .directory(basedir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    return process.waitFor();
  }

  /**
   * Merges the working corpus over a copy of the seeds with libFuzzer's {@code -merge=1} and copies
   * the smallest of the entries it adds (at most {@code keep}) into the seed directory.
   */
  private int keepNewEntries(FuzzTarget target, String oracle, Path inputs, Path corpus)
      throws Exception {
    int keep = Integer.parseInt(setting("keep", "20"));
    if (keep <= 0) {
      return 0;
    }
    Path merged = work.resolve(target.name().replace('#', '.') + ".merge");
    deleteTree(merged);
    Files.createDirectories(merged);
    Set<String> seeds = new HashSet<>();
    for (Path seed : files(inputs)) {
      Files.copy(seed, merged.resolve(seed.getFileName()));
      seeds.add(seed.getFileName().toString());
    }
    List<String> command = jazzer(target, oracle);
    command.add("-merge=1");
    command.add("-timeout=" + setting("timeout", "300"));
    command.add("-rss_limit_mb=4096");
    command.add("-artifact_prefix=" + work + File.separator);
    command.add(merged.toString());
    command.add(corpus.toString());
    Path log = work.resolve(target.name().replace('#', '.') + ".merge.log");
    if (execute(command, log) != 0) {
      out.println("   merge failed, nothing kept (see " + log + ")");
      return 0;
    }
    List<Path> added = new ArrayList<>();
    for (Path entry : files(merged)) {
      if (!seeds.contains(entry.getFileName().toString())) {
        added.add(entry);
      }
    }
    added.sort(Comparator.comparingLong(FuzzCampaign::size).thenComparing(Path::toString));
    int kept = 0;
    for (Path entry : added.subList(0, Math.min(keep, added.size()))) {
      Path destination = inputs.resolve("fuzz-" + entry.getFileName());
      if (!Files.exists(destination)) {
        Files.copy(entry, destination, StandardCopyOption.COPY_ATTRIBUTES);
        kept++;
      }
    }
    out.printf(
        Locale.ROOT,
        "   merge: %d entries add coverage over the seeds, %d kept%n",
        added.size(),
        kept);
    deleteTree(merged);
    return kept;
  }

  private static String describe(int exit, FuzzStats stats, List<String> crashes) {
    String what = stats.finding().isEmpty() ? "exit " + exit : stats.finding().strip();
    return what.replace('|', '/') + (crashes.isEmpty() ? "" : " → " + String.join(", ", crashes));
  }

  private static long seconds(String duration) {
    String d = duration.toLowerCase(Locale.ROOT);
    char unit = d.charAt(d.length() - 1);
    if (Character.isDigit(unit)) {
      return Long.parseLong(d);
    }
    long n = Long.parseLong(d.substring(0, d.length() - 1));
    return switch (unit) {
      case 's' -> n;
      case 'm' -> n * 60;
      case 'h' -> n * 3600;
      default -> throw new IllegalArgumentException("duration: " + duration);
    };
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return Long.MAX_VALUE;
    }
  }

  private static List<Path> files(Path directory) throws IOException {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static Set<String> names(Path directory) throws IOException {
    Set<String> names = new HashSet<>();
    for (Path file : files(directory)) {
      names.add(file.getFileName().toString());
    }
    return names;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
