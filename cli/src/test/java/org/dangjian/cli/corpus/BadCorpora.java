package org.dangjian.cli.corpus;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The committed corpora of bad files, one per io module, each a directory with an {@code
 * expected.tsv}: the build passes them as the system property {@code dangjian.badCorpora}
 * (separated by the platform's path separator); without it, the directories beside this module.
 */
public final class BadCorpora {

  private static final String DEFAULT =
      String.join(
          File.pathSeparator,
          "../io/src/test/resources/bad",
          "../io-roster/src/test/resources/bad",
          "../io-bulletin/src/test/resources/bad");

  private BadCorpora() {}

  /** The corpus directories. */
  public static List<Path> directories() {
    return Stream.of(System.getProperty("dangjian.badCorpora", DEFAULT).split(File.pathSeparator))
        .filter(s -> !s.isBlank())
        .map(Path::of)
        .toList();
  }

  /**
   * The file at {@code relative} (such as {@code xlsx/zip-bomb.xlsx}) of whichever corpus has it.
   */
  public static Path file(String relative) {
    return directories().stream()
        .map(d -> d.resolve(relative))
        .filter(p -> p.toFile().isFile())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no corpus holds " + relative));
  }
}
