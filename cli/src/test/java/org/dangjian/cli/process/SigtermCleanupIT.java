package org.dangjian.cli.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code dangjian generate} into a JSON document (which spills the kinds it cannot write yet into
 * temporary files) stopped with SIGTERM leaves neither its {@code .part} file nor spill files
 * behind.
 */
class SigtermCleanupIT {

  @TempDir Path dir;

  @Test
  void sigterm_removes_the_part_file_and_the_spill_files() throws Exception {
    Path jar = Path.of(System.getProperty("dangjian.jar", "target/dangjian.jar")).toAbsolutePath();
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-Djava.io.tmpdir=" + tmp,
                "-jar",
                jar.toString(),
                "generate",
                "--members",
                "1000000",
                "--as-of",
                "2024-01-31",
                "big.json")
            .directory(dir.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      // waits for both files, polling a bounded number of times (no clock read)
      for (int poll = 0;
          poll < 1_800 && !(hasFile(dir, ".part") && hasFile(tmp, ".json"));
          poll++) {
        assertThat(process.isAlive()).as("still generating").isTrue();
        Thread.sleep(100);
      }
      assertThat(hasFile(dir, ".part")).as("the .part file appeared").isTrue();
      assertThat(hasFile(tmp, ".json")).as("a spill file appeared").isTrue();
      process.destroy(); // SIGTERM
      assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
    } finally {
      process.destroyForcibly();
    }
    assertThat(files(dir)).noneMatch(p -> p.toString().endsWith(".part"));
    assertThat(files(tmp)).noneMatch(p -> p.toString().endsWith(".json"));
    assertThat(dir.resolve("big.json")).doesNotExist();
  }

  private static boolean hasFile(Path root, String suffix) throws IOException {
    return files(root).stream().anyMatch(p -> p.getFileName().toString().endsWith(suffix));
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(Files::isRegularFile).toList();
    }
  }
}
