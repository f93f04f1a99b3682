package org.dangjian.io.bulletin.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dangjian.testkit.SampleBulletins;
import org.junit.jupiter.api.Test;

/**
 * The page of issue 62 must equal the committed golden file byte for byte, and writing it twice
 * must give the same bytes. After an intended change of the page, regenerate the file with {@code
 * ./mvnw -B -q -o test -pl core,validation,io -Dtest=HtmlGoldenTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Ddangjian.docs.update=true} and review its diff.
 */
class HtmlGoldenTest {

  private static final Path GOLDEN =
      Path.of("src", "test", "resources", "bulletin", "issue62.html");

  @Test
  void issue62PageEqualsTheGoldenFile() throws IOException {
    byte[] page = HtmlFixtures.pageBytes(List.of(SampleBulletins.issue62()));
    if (Boolean.getBoolean("dangjian.docs.update")) {
      Files.write(GOLDEN, page);
    }
    assertThat(GOLDEN).exists();
    assertThat(Files.readAllBytes(GOLDEN))
        .as(
            "%s is stale: run ./mvnw -B -q -o test -pl core,validation,io -Dtest=HtmlGoldenTest"
                + " -Dsurefire.failIfNoSpecifiedTests=false -Ddangjian.docs.update=true",
            GOLDEN)
        .isEqualTo(page);
  }

  @Test
  void theSameBulletinGivesTheSameBytes() throws IOException {
    assertThat(HtmlFixtures.pageBytes(List.of(SampleBulletins.issue62())))
        .isEqualTo(HtmlFixtures.pageBytes(List.of(SampleBulletins.issue62())));
  }
}
