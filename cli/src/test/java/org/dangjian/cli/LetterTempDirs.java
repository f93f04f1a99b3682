package org.dangjian.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * Names every {@code @TempDir} of this module's tests with letters only ({@code
 * dangjian-cli-qhzkwmra}), set as the default factory in {@code junit-platform.properties}.
 *
 * <p>JUnit's own names carry a random number ({@code junit-593278206811088015}); about one in a
 * hundred of them is 18 digits that look like a resident ID number, and the command line masks it
 * in every path it prints, so a test that looks for the path in the output failed at random.
 */
public final class LetterTempDirs implements TempDirFactory {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int LETTERS = 10;

  @Override
  public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext extension)
      throws IOException {
    Path base = Path.of(System.getProperty("java.io.tmpdir"));
    while (true) {
      StringBuilder name = new StringBuilder("dangjian-cli-");
      for (int i = 0; i < LETTERS; i++) {
        name.append((char) ('a' + RANDOM.nextInt(26)));
      }
      try {
        return Files.createDirectory(base.resolve(name.toString()));
      } catch (FileAlreadyExistsException taken) {
        // another test took the name: draw again
      }
    }
  }
}
