package org.dangjian.io.roster.internal.xlsx;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.dangjian.io.roster.internal.FormulaCells;

/**
 * The rows of a sheet that cannot be written yet (fastexcel writes one sheet at a time), spilled to
 * a temporary file instead of kept in memory: the file lies in a directory of its own that only the
 * owner may read (POSIX permissions {@code rwx------} and {@code rw-------} where the file system
 * has them; elsewhere, such as on Windows, the user's own temporary directory), holds the cells
 * already encoded (text neutralized, dates as epoch days, whole numbers as numbers) and is deleted,
 * with its directory, by {@link #close()}, on success and on failure. Nothing is created until the
 * first row.
 */
public final class SpilledRows implements Closeable {

  private static final byte EMPTY = 0;
  private static final byte TEXT = 1;
  private static final byte DATE = 2;
  private static final byte NUMBER = 3;

  private final String prefix;
  private Path directory;
  private Path file;
  private DataOutputStream out;
  private int rows;

  /** Rows to be spilled to a file named after {@code prefix}. */
  public SpilledRows(String prefix) {
    this.prefix = prefix;
  }

  /** The number of rows appended. */
  public int size() {
    return rows;
  }

  /** Appends a row of cells as {@code RosterCells} makes them. */
  public void append(List<Object> cells) throws IOException {
    if (out == null) {
      open();
    }
    out.writeShort(cells.size());
    for (Object cell : cells) {
      if (cell instanceof LocalDate date) {
        out.writeByte(DATE);
        out.writeLong(date.toEpochDay());
      } else if (cell instanceof Integer number) {
        out.writeByte(NUMBER);
        out.writeInt(number);
      } else if (cell != null) {
        byte[] text = FormulaCells.neutralize(cell.toString()).getBytes(StandardCharsets.UTF_8);
        out.writeByte(TEXT);
        out.writeInt(text.length);
        out.write(text);
      } else {
        out.writeByte(EMPTY);
      }
    }
    rows++;
  }

  /** A consumer of replayed rows. */
  public interface RowSink {
    /** Takes one row: text cells already neutralized. */
    void row(List<Object> encoded) throws IOException;
  }

  /**
   * Hands every appended row, in order, to {@code sink}; the cells' text is already neutralized.
   */
  public void replay(RowSink sink) throws IOException {
    if (out == null) {
      return;
    }
    out.close();
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      for (int r = 0; r < rows; r++) {
        Object[] cells = new Object[in.readUnsignedShort()];
        for (int c = 0; c < cells.length; c++) {
          byte type = in.readByte();
          cells[c] =
              switch (type) {
                case DATE -> LocalDate.ofEpochDay(in.readLong());
                case NUMBER -> in.readInt();
                case TEXT -> {
                  byte[] text = new byte[in.readInt()];
                  in.readFully(text);
                  yield new String(text, StandardCharsets.UTF_8);
                }
                default -> null;
              };
        }
        sink.row(Arrays.asList(cells));
      }
    }
  }

  private void open() throws IOException {
    boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    List<FileAttribute<?>> dirAttributes = new ArrayList<>();
    List<FileAttribute<?>> fileAttributes = new ArrayList<>();
    if (posix) {
      dirAttributes.add(permissions("rwx------"));
      fileAttributes.add(permissions("rw-------"));
    }
    directory =
        Files.createTempDirectory("dangjian-xlsx-", dirAttributes.toArray(FileAttribute<?>[]::new));
    file =
        Files.createTempFile(
            directory, prefix, ".spill", fileAttributes.toArray(FileAttribute<?>[]::new));
    out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
  }

  private static FileAttribute<Set<PosixFilePermission>> permissions(String spec) {
    return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(spec));
  }

  /** Deletes the file and its directory; safe to call more than once. */
  @Override
  public void close() throws IOException {
    try {
      if (out != null) {
        out.close();
      }
    } finally {
      out = null;
      try {
        if (file != null) {
          Files.deleteIfExists(file);
        }
      } finally {
        if (directory != null) {
          Files.deleteIfExists(directory);
        }
        file = null;
        directory = null;
      }
    }
  }
}
