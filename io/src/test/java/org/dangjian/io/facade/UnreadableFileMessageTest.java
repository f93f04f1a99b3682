package org.dangjian.io.facade;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.DangjianIoException;
import org.dangjian.io.ImportOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that cannot be opened is reported with the reason, not the file name twice. */
class UnreadableFileMessageTest {

  @TempDir Path dir;

  @Test
  void missing_file_says_no_such_file() {
    Path nope = dir.resolve("nope.jsonl");
    assertThatThrownBy(
            () -> DangjianImporter.of(ImportOptions.of(LocalDate.of(2024, 1, 31))).read(nope))
        .isInstanceOf(DangjianIoException.class)
        .hasMessage("cannot read " + nope + ": no such file");
  }

  @Test
  void file_under_a_file_names_the_problem() throws Exception {
    Path file = java.nio.file.Files.writeString(dir.resolve("plain"), "x");
    Path inside = file.resolve("members.jsonl");
    assertThatThrownBy(
            () -> DangjianImporter.of(ImportOptions.of(LocalDate.of(2024, 1, 31))).read(inside))
        .isInstanceOf(DangjianIoException.class)
        .hasMessageStartingWith("cannot read " + inside + ": ")
        .hasMessageNotContaining(": " + inside);
  }
}
