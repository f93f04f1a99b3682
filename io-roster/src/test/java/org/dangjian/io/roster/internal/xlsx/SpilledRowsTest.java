package org.dangjian.io.roster.internal.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The spill file of the XLSX writer: encoded cells, private, deleted on close. */
class SpilledRowsTest {

  @Test
  void replaysEncodedCellsInOrderFromAPrivateFileDeletedOnClose() throws Exception {
    List<List<Object>> replayed = new ArrayList<>();
    Path file;
    try (SpilledRows rows = new SpilledRows("test-")) {
      rows.append(Arrays.asList("=1+1", null, LocalDate.of(2024, 3, 5), 42, "王明"));
      rows.append(Arrays.asList("\u3000=x", "plain"));
      file = fileOf(rows);
      assertThat(file).exists();
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
            .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
            .isEqualTo("rwx------");
      }
      rows.replay(replayed::add);
    }
    assertThat(file).doesNotExist();
    assertThat(file.getParent()).doesNotExist();
    assertThat(replayed)
        .containsExactly(
            Arrays.asList("'=1+1", null, LocalDate.of(2024, 3, 5), 42, "王明"),
            Arrays.asList("'\u3000=x", "plain"));
  }

  @Test
  void nothingIsCreatedWithoutRowsAndCloseIsRepeatable() throws Exception {
    SpilledRows rows = new SpilledRows("test-");
    rows.replay(
        cells -> {
          throw new AssertionError("no rows");
        });
    assertThat(fileOf(rows)).isNull();
    rows.close();
    rows.close();
  }

  private static Path fileOf(SpilledRows rows) throws Exception {
    var field = SpilledRows.class.getDeclaredField("file");
    field.setAccessible(true);
    return (Path) field.get(rows);
  }
}
