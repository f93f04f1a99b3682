package org.dangjian.cli.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.RecordHandler;
import org.dangjian.io.RecordWriter;

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
   * Writes {@code body} into {@code target} in {@code format} with {@code options}; the target is
   * replaced only when {@code keep} says so once the body has run, else the output is discarded and
   * the result is empty.
   *
   * @throws CliFailure when the target's directory is missing or a write fails
   * @throws IOException when reading the input inside {@code body} fails
   */
  static Optional<Written> write(
      Path target, DataFormat format, ExportOptions options, Body body, BooleanSupplier keep)
      throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new CliFailure("cannot write " + target + ": no such directory " + parent);
    }
    if (Files.isDirectory(target)) {
      throw new CliFailure("cannot write " + target + ": it is a directory");
    }
    Path temporary = temporaryBeside(target);
    OutputStream stream;
    try {
      stream = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW);
    } catch (IOException e) {
      throw new CliFailure("cannot write " + target + ": " + describe(e), e);
    }
    boolean moved = false;
    try {
      long records;
      long skipped;
      try (RecordWriter writer = open(stream, format, options)) {
        records = body.write(writer);
        skipped = writer.skipped();
      } catch (UncheckedIOException e) {
        throw new CliFailure("cannot write " + target + ": " + describe(e.getCause()), e);
      }
      if (!keep.getAsBoolean()) {
        return Optional.empty();
      }
      move(temporary, target);
      moved = true;
      return Optional.of(new Written(records - skipped, skipped));
    } finally {
      if (!moved) {
        Files.deleteIfExists(temporary);
      }
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

  /**
   * A name for the temporary file beside {@code target} that no file has yet: {@code
   * .NAME.<pid>.part}, numbered if taken. Unlike {@link Files#createTempFile}, the file is then
   * created with the default permissions, which the target keeps after the move.
   */
  private static Path temporaryBeside(Path target) {
    String base = "." + target.getFileName() + "." + ProcessHandle.current().pid();
    Path candidate = target.resolveSibling(base + ".part");
    for (int n = 1; Files.exists(candidate, LinkOption.NOFOLLOW_LINKS); n++) {
      candidate = target.resolveSibling(base + "-" + n + ".part");
    }
    return candidate;
  }

  private static void move(Path temporary, Path target) {
    try {
      try {
        Files.move(
            temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
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
