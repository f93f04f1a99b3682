package org.dangjian.cli.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code cli/dangjian}: it runs the jar with the class-data archive the build made
 * ({@code target/dangjian.jsa}), gives the same output and exit code as {@code java -jar}, and when
 * the archive does not fit (a changed jar) still runs, without a JVM warning in the output.
 */
class LauncherIT {

  @TempDir static Path dir;

  private static Path jar;
  private static Path launcher;

  private record Run(int exitCode, String out, String err) {}

  @BeforeAll
  static void paths() {
    assumeTrue(
        !System.getProperty("os.name").startsWith("Windows"), "the launcher is a POSIX script");
    jar = Path.of(System.getProperty("dangjian.jar", "target/dangjian.jar")).toAbsolutePath();
    assertThat(jar).as("run after the package phase (./mvnw verify)").isRegularFile();
    launcher = jar.getParent().getParent().resolve("dangjian");
    assertThat(launcher).isRegularFile().isExecutable();
  }

  private static Run run(List<String> command, Map<String, String> environment)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().put("JAVA", java());
    builder.environment().remove("JAVA_OPTS");
    builder.environment().putAll(environment);
    Process process = builder.start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("timed out: " + command);
    }
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static List<String> command(Path first, String... args) {
    List<String> command = new ArrayList<>(List.of(first.toString()));
    command.addAll(List.of(args));
    return command;
  }

  @Test
  void theLauncherGivesWhatJavaJarGives() throws Exception {
    Run viaJar =
        run(
            List.of(java(), "-jar", jar.toString(), "validate", "--lang", "en", "--no-progress"),
            Map.of());
    Run viaLauncher = run(command(launcher, "validate", "--lang", "en", "--no-progress"), Map.of());
    assertThat(viaJar.exitCode()).isEqualTo(1);
    assertThat(viaLauncher.exitCode()).isEqualTo(1);
    assertThat(viaLauncher.out()).isEqualTo(viaJar.out()).contains("[ERROR]");
    assertThat(viaLauncher.err().lines().count()).isEqualTo(1);
  }

  @Test
  void theLauncherUsesTheArchiveTheBuildMade() throws Exception {
    Path archive = jar.resolveSibling("dangjian.jsa");
    assumeTrue(Files.isRegularFile(archive), "built with -Ddangjian.cds.skip=true");
    Run run = run(command(launcher, "--version"), Map.of("JAVA_OPTS", "-Xlog:class+load=info"));
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("org.dangjian.cli.Dangjian source: shared objects file");
  }

  @Test
  void anArchiveThatNoLongerFitsIsIgnoredQuietly() throws Exception {
    Path archive = jar.resolveSibling("dangjian.jsa");
    assumeTrue(Files.isRegularFile(archive), "built with -Ddangjian.cds.skip=true");
    Path copy = dir.resolve("copy");
    Files.createDirectories(copy.resolve("target"));
    Path copiedJar = copy.resolve("target/dangjian.jar");
    Files.copy(jar, copiedJar, StandardCopyOption.REPLACE_EXISTING);
    Files.copy(archive, copy.resolve("target/dangjian.jsa"), StandardCopyOption.REPLACE_EXISTING);
    Files.copy(launcher, copy.resolve("dangjian"), StandardCopyOption.COPY_ATTRIBUTES);
    // Another path and another time stamp than the jar the archive was made from.
    Files.setLastModifiedTime(copiedJar, FileTime.fromMillis(0));
    Run run = run(command(copy.resolve("dangjian"), "validate", "--lang", "en"), Map.of());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("[ERROR]").doesNotContain("[warning]", "shared archive");
    assertThat(run.err()).doesNotContain("[warning]", "shared archive");
  }
}
