package org.dangjian.validation.internal.spill;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The private directory of temporary files: owner-only, and swept when its process is gone. */
class SpillFilesTest {

  @TempDir Path tmp;

  @Test
  void spillFilesAreOwnerOnlyInAnOwnerOnlyDirectoryOfThisProcess() throws IOException {
    Path file = SpillFiles.create("members-", ".json");
    try {
      assertThat(Files.getPosixFilePermissions(file))
          .isEqualTo(PosixFilePermissions.fromString("rw-------"));
      Path directory = file.getParent();
      assertThat(Files.getPosixFilePermissions(directory))
          .isEqualTo(PosixFilePermissions.fromString("rwx------"));
      assertThat(directory.getFileName().toString())
          .startsWith("dangjian-" + ProcessHandle.current().pid() + "-");
      assertThat(directory.getParent()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void theDirectoryOfADeadProcessIsSweptAndOthersStay() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor(10, TimeUnit.SECONDS);
    long dead = gone.pid();
    Path stale = Files.createDirectory(tmp.resolve("dangjian-" + dead + "-123"));
    Files.writeString(stale.resolve("references-1.bin"), "x");
    Path alive = Files.createDirectory(tmp.resolve("dangjian-1-456"));
    Path recent = Files.createDirectory(tmp.resolve("dangjian-" + dead + "-789"));
    Path unrelated = Files.createDirectory(tmp.resolve("dangjian-cache"));
    Path legacy = Files.writeString(tmp.resolve("dangjian-members8123456.json"), "[]");
    Path legacyToday = Files.writeString(tmp.resolve("dangjian-references-77.bin"), "x");
    FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
    for (Path p : new Path[] {stale, alive, unrelated, legacy}) {
      Files.setLastModifiedTime(p, old);
    }
    Files.setLastModifiedTime(recent, FileTime.from(Instant.now().plusSeconds(60)));
    assertThat(SpillFiles.sweep(tmp)).isEqualTo(2);
    assertThat(stale).doesNotExist();
    assertThat(legacy).doesNotExist();
    assertThat(legacyToday).exists();
    assertThat(alive).exists();
    assertThat(recent).exists();
    assertThat(unrelated).exists();
  }
}
