package org.dangjian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.dangjian.core.id.PersonalNumbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The module's temporary directories are the ones {@link LetterTempDirs} makes. */
class LetterTempDirsTest {

  @TempDir Path dir;

  @Test
  void temporaryDirectoriesAreNamedWithLettersSoNoPathLooksLikeAnIdNumber() {
    assertThat(dir.getFileName().toString()).matches("dangjian-cli-[a-z]{10}");
    assertThat(PersonalNumbers.scrub(dir.toString())).isEqualTo(dir.toString());
  }
}
