package org.dangjian.cli.internal;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.DangjianIoException;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.Privacy;
import org.dangjian.io.RecordHandler;
import org.dangjian.io.RecordWriter;
import org.dangjian.validation.internal.spill.SpillFiles;

/**
 * Writing an output file for {@code convert} and {@code generate}: the records go to a temporary
 * file beside the target, which replaces the target only once the writer has completed, so that a
 * failed run never leaves a truncated file under the target's name.
 */
final class Outputs {

  private Outputs() {}

  /** What is written through the writer; returns the number of records handed to it. */
  interface Body {
    long write(RecordWriter writer) throws IOException;
  }

  /** The counts of a completed output. */
  record Written(long records, long skipped) {}

  /** The format of {@code target}: {@code given}, else its extension; exit code 2 otherwise. */
  static DataFormat format(Path target, Optional<DataFormat> given) {
    return Inputs.format(target, given, "--to");
  }

  /**
   * The seam of tests: wraps the stream of every temporary output file (a stream that fails like a
   * full disk, for instance). The identity outside tests.
   */
  static volatile UnaryOperator<OutputStream> streams = UnaryOperator.identity();

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  /**
   * Writes {@code body} into {@code target} in {@code format} with {@code options}; the target is
   * replaced only when {@code keep} says so once the body has run, else the output is discarded and
   * the result is empty.
   *
   * <p>The rules of replacement: a target that exists but is not a regular file (a directory, a
   * device, a FIFO, a socket) is refused; a symbolic link is followed and the file it names is
   * replaced, so the link stays; an existing target keeps its POSIX permissions; a read-only target
   * (no write bit for its owner) is refused unless {@code force}; a new target is made owner-only
   * ({@code 0600}) when it holds identifiers in full ({@link Privacy#FULL}), else it gets the
   * default permissions (the umask's). Stale temporary files of the same target, left by a killed
   * process, are deleted first.
   *
   * @throws CliFailure when the target's directory is missing, the target may not be replaced or a
   *     write fails
   * @throws IOException when reading the input inside {@code body} fails
   */
  static Optional<Written> write(
      Path target,
      DataFormat format,
      ExportOptions options,
      boolean force,
      Body body,
      BooleanSupplier keep)
      throws IOException {
    return replace(
        target,
        options.privacy(),
        force,
        stream -> {
          try (RecordWriter writer = open(stream, format, options)) {
            long records = body.write(writer);
            long skipped = writer.skipped();
            return new Written(records - skipped, skipped);
          }
        },
        keep);
  }

  /** What is written into a file that holds no records (a listing, a calendar). */
  interface StreamBody<T> {
    T write(OutputStream stream) throws IOException;
  }

  /**
   * Writes {@code body} into {@code target} by the replacement rules of {@link #write}: the body
   * writes a temporary file beside the target, which replaces the target once {@code keep} says so.
   * {@code privacy} decides the permissions of a new file (owner-only when {@link Privacy#FULL}).
   */
  static <T> Optional<T> replace(
      Path target, Privacy privacy, boolean force, StreamBody<T> body, BooleanSupplier keep)
      throws IOException {
    Path real = destination(target, force);
    sweep(real);
    SpillFiles.sweep();
    Path temporary = temporaryBeside(real);
    Set<PosixFilePermission> permissions;
    OutputStream stream;
    try {
      stream = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW);
      // SIGTERM or Ctrl-C runs the JVM's shutdown hooks: the unfinished file goes with them (as the
      // spill files of SpillFiles do); once moved into place there is nothing left to delete.
      temporary.toFile().deleteOnExit();
      permissions = permissions(real, temporary, privacy);
    } catch (IOException e) {
      Files.deleteIfExists(temporary);
      throw new CliFailure("cannot write " + target + ": " + describe(e), e);
    }
    Failing failing = new Failing(streams.apply(stream));
    boolean moved = false;
    try {
      T result;
      try (OutputStream out = failing) {
        result = body.write(out);
      } catch (CliFailure | DangjianIoException e) {
        throw e;
      } catch (IOException | RuntimeException e) {
        IOException cause = failing.failure != null ? failing.failure : ioCause(e);
        if (failing.failure != null || (cause != null && !(e instanceof IOException))) {
          throw new CliFailure("cannot write " + target + ": " + describe(cause), e);
        }
        throw e;
      }
      if (!keep.getAsBoolean()) {
        return Optional.empty();
      }
      if (permissions != null) {
        setPermissions(temporary, permissions, target);
      }
      move(temporary, real, target);
      moved = true;
      return Optional.of(result);
    } finally {
      if (!moved) {
        Files.deleteIfExists(temporary);
      }
    }
  }

  /**
   * The file to replace for {@code target}: the target itself, or the file a symbolic link names;
   * fails when it may not be replaced.
   */
  static Path destination(Path target, boolean force) {
    Path real = target;
    if (Files.isSymbolicLink(target)) {
      try {
        real = target.toRealPath();
      } catch (IOException e) {
        throw new CliFailure(
            "cannot write "
                + target
                + ": it is a symbolic link to a missing file or directory ("
                + describe(e)
                + ")",
            e);
      }
    }
    Path parent = real.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new CliFailure("cannot write " + target + ": no such directory " + parent);
    }
    if (Files.isDirectory(real)) {
      throw new CliFailure("cannot write " + target + ": it is a directory");
    }
    if (Files.exists(real) && !Files.isRegularFile(real)) {
      throw new CliFailure(
          "cannot write " + target + ": not a regular file (a device, FIFO or socket)");
    }
    if (!force && Files.exists(real) && readOnly(real)) {
      throw new CliFailure(
          "cannot write " + target + ": it is read-only (--force replaces it all the same)");
    }
    return real;
  }

  /** Whether {@code file} has no write bit for its owner (POSIX), or is not writable (others). */
  private static boolean readOnly(Path file) {
    try {
      return !Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE);
    } catch (UnsupportedOperationException e) {
      return !Files.isWritable(file);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The permissions the output gets, and the temporary file made owner-only meanwhile: those of the
   * existing {@code real}, else owner-only for identifiers in full, else those the new temporary
   * file got from the umask. Null where POSIX permissions do not exist.
   */
  private static Set<PosixFilePermission> permissions(Path real, Path temporary, Privacy privacy)
      throws IOException {
    PosixFileAttributeView view =
        Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
    if (view == null) {
      return null;
    }
    Set<PosixFilePermission> given = view.readAttributes().permissions();
    view.setPermissions(OWNER_ONLY);
    if (Files.exists(real)) {
      PosixFileAttributes existing = Files.readAttributes(real, PosixFileAttributes.class);
      try {
        // Keeps the owner and group of a file replaced by root; may fail for anyone else.
        view.setGroup(existing.group());
        view.setOwner(existing.owner());
      } catch (IOException e) {
        // the file belongs to who wrote it
      }
      return existing.permissions();
    }
    return privacy == Privacy.FULL ? OWNER_ONLY : given;
  }

  private static void setPermissions(
      Path temporary, Set<PosixFilePermission> permissions, Path target) {
    try {
      Files.setPosixFilePermissions(temporary, permissions);
    } catch (IOException e) {
      throw new CliFailure("cannot write " + target + ": " + describe(e), e);
    }
  }

  /** The first {@link IOException} among the causes of {@code e} (Jackson's, unchecked ones). */
  static IOException ioCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException io) {
        return io;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  /** Remembers the first failure of the stream it wraps: the output's own failure. */
  private static final class Failing extends FilterOutputStream {
    IOException failure;

    Failing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void close() throws IOException {
      try {
        out.close();
      } catch (IOException e) {
        throw remember(e);
      }
    }

    private IOException remember(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return e;
    }
  }

  private static RecordWriter open(OutputStream stream, DataFormat format, ExportOptions options)
      throws IOException {
    try {
      return DangjianExporter.of(options).open(new BufferedOutputStream(stream, 1 << 16), format);
    } catch (IOException | RuntimeException e) {
      stream.close();
      throw e;
    }
  }

  /** The reason of a failed file operation in words, without repeating the path. */
  static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return String.valueOf(e.getMessage());
  }

  private static final Pattern PART = Pattern.compile("\\.(.+)\\.(\\d+)(?:-\\d+)?\\.part");

  /**
   * Deletes the temporary files {@code .NAME.<pid>.part} of {@code real} that a process no longer
   * alive left beside it (killed while writing) and that are older than this process.
   */
  static void sweep(Path real) {
    Path parent = real.toAbsolutePath().getParent();
    String name = String.valueOf(real.getFileName());
    Instant started = SpillFiles.started();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, ".*.part")) {
      for (Path entry : entries) {
        Matcher m = PART.matcher(String.valueOf(entry.getFileName()));
        if (m.matches()
            && m.group(1).equals(name)
            && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
            && !SpillFiles.alive(m.group(2))
            && SpillFiles.olderThan(entry, started)) {
          Files.deleteIfExists(entry);
        }
      }
    } catch (IOException | RuntimeException e) {
      // left for a later run
    }
  }

  /**
   * A name for the temporary file beside {@code target} that no file has yet: {@code
   * .NAME.<pid>.part}, numbered if taken.
   */
  private static Path temporaryBeside(Path target) {
    String base = "." + target.getFileName() + "." + ProcessHandle.current().pid();
    Path candidate = target.resolveSibling(base + ".part");
    for (int n = 1; Files.exists(candidate, LinkOption.NOFOLLOW_LINKS); n++) {
      candidate = target.resolveSibling(base + "-" + n + ".part");
    }
    return candidate;
  }

  private static void move(Path temporary, Path real, Path target) {
    try {
      try {
        Files.move(
            temporary, real, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, real, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new CliFailure("cannot write " + target + ": " + describe(e), e);
    }
  }

  /**
   * A handler that writes every accepted record to {@code writer}; a failed write surfaces as an
   * {@link UncheckedIOException}, which {@link #write} reports as a failure of the output.
   */
  static RecordHandler handler(RecordWriter writer) {
    return new RecordHandler() {
      @Override
      public void record(RecordKind kind, Object record, Location location) {
        try {
          writer.write(record);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }
}
