package org.dangjian.validation.internal.spill;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The temporary files of the SDK (spilled sections of a JSON document, spilled references and
 * record locations of a validation run): all in one private directory per process, {@code
 * dangjian-<pid>-<random>} in {@code java.io.tmpdir}, owner-only ({@code 0700}), each file
 * owner-only ({@code 0600}) since it may hold personal data. The directory and its files are
 * deleted on exit; a directory left behind by a killed process (its pid no longer alive) is deleted
 * the next time a directory is made.
 */
public final class SpillFiles {

  private static final Pattern DIRECTORY = Pattern.compile("dangjian-(\\d+)-[^/]*");

  /**
   * The loose temporary files of versions before the private directory: spilled sections, spilled
   * references, copied workbooks. They name no process, so they are swept only when a day old.
   */
  private static final Pattern LEGACY =
      Pattern.compile(
          "dangjian-(?:members|organizations|activities|pairings|bulletins|references-)?\\d+"
              + "\\.(?:json|bin|xlsx)");

  private static final Duration LEGACY_AGE = Duration.ofDays(1);
  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  private static final Set<PosixFilePermission> OWNER_FILE =
      PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OWNER_DIRECTORY =
      PosixFilePermissions.fromString("rwx------");

  private static Path directory;

  private SpillFiles() {}

  /**
   * A new empty owner-only file in the private directory, deleted on exit if its user does not
   * delete it first.
   */
  public static Path create(String prefix, String suffix) throws IOException {
    Path file =
        POSIX
            ? Files.createTempFile(directory(), prefix, suffix, attribute(OWNER_FILE))
            : Files.createTempFile(directory(), prefix, suffix);
    file.toFile().deleteOnExit();
    return file;
  }

  /** The private directory of this process, made (and stale ones swept) on first use. */
  public static synchronized Path directory() throws IOException {
    if (directory != null && Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
      return directory;
    }
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    sweep(tmp);
    String prefix = "dangjian-" + ProcessHandle.current().pid() + "-";
    Path made =
        POSIX
            ? Files.createTempDirectory(tmp, prefix, attribute(OWNER_DIRECTORY))
            : Files.createTempDirectory(tmp, prefix);
    // Registered before the files inside, so deleted after them (deleteOnExit runs in reverse).
    made.toFile().deleteOnExit();
    directory = made;
    return made;
  }

  /**
   * Deletes the private directories in {@code tmp} that a process no longer alive left behind and
   * that are older than this process, and the loose temporary files of earlier versions older than
   * a day; returns how many. Never fails: what cannot be deleted stays.
   */
  public static int sweep() {
    return sweep(Path.of(System.getProperty("java.io.tmpdir")));
  }

  /** {@link #sweep()} in the directory {@code tmp}. */
  public static int sweep(Path tmp) {
    Instant started = started();
    int swept = 0;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(tmp, "dangjian-*")) {
      for (Path entry : entries) {
        String name = String.valueOf(entry.getFileName());
        Matcher m = DIRECTORY.matcher(name);
        if (m.matches()
            && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
            && !alive(m.group(1))
            && olderThan(entry, started)) {
          deleteTree(entry);
          swept++;
        } else if (LEGACY.matcher(name).matches()
            && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
            && olderThan(entry, Instant.now().minus(LEGACY_AGE))) {
          Files.deleteIfExists(entry);
          swept++;
        }
      }
    } catch (IOException | RuntimeException e) {
      // nothing to sweep, or a directory we may not list
    }
    return swept;
  }

  /** Whether the process with id {@code pid} (decimal) is alive; true when it cannot be told. */
  public static boolean alive(String pid) {
    try {
      long id = Long.parseLong(pid);
      return id == ProcessHandle.current().pid() || ProcessHandle.of(id).isPresent();
    } catch (NumberFormatException | SecurityException | UnsupportedOperationException e) {
      return true;
    }
  }

  /**
   * Whether {@code file} was last modified before {@code instant}; false when it cannot be told.
   */
  public static boolean olderThan(Path file, Instant instant) {
    try {
      return Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS)
          .toInstant()
          .isBefore(instant);
    } catch (IOException e) {
      return false;
    }
  }

  /** When this process started, or now when the system does not say. */
  public static Instant started() {
    Optional<Instant> start = ProcessHandle.current().info().startInstant();
    return start.orElseGet(Instant::now);
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // left for a later sweep
        }
      }
    }
  }

  private static FileAttribute<Set<PosixFilePermission>> attribute(
      Set<PosixFilePermission> permissions) {
    return PosixFilePermissions.asFileAttribute(permissions);
  }
}
