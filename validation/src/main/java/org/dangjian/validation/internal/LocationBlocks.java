package org.dangjian.validation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dangjian.validation.internal.spill.SpillFiles;

/**
 * The full blocks of {@link RecordLocations}: each block of {@value #RECORDS} records packed into
 * one byte buffer (the lines, rows and origin numbers, the end offsets of the ids, then the ids in
 * UTF-8: {@code 16 + id length} bytes per record). Blocks stay in memory while their bytes fit a
 * budget; later blocks are appended to one temporary file (owner-only, in the private directory of
 * {@link SpillFiles}, deleted when the run finishes) and only their position stays in memory. A
 * look-up of a spilled record reads its whole block back and keeps the last few blocks read, so
 * that the passes over every record at the end of a run read the file once each. When no temporary
 * file can be made the blocks stay in memory.
 */
final class LocationBlocks {

  /** Records per block. */
  static final int RECORDS = 1024;

  /** Blocks read back from the file that are kept, most recent first. */
  private static final int CACHED = 4;

  private final long budget;
  private final List<Block> kept = new ArrayList<>();
  private long[] positions = new long[64];
  private long inMemory;
  private long spilled;
  private boolean noFile;
  private Path file;
  private FileChannel channel;

  private final int[] cachedHandles = new int[CACHED];
  private final Block[] cached = new Block[CACHED];

  LocationBlocks(long budget) {
    this.budget = budget;
    Arrays.fill(cachedHandles, -1);
  }

  /** A sixteenth of the largest heap, at least 4 MiB. */
  static long defaultBudget() {
    return Math.max(4L << 20, Runtime.getRuntime().maxMemory() / 16);
  }

  /** Packs the first {@code n} records of the arrays into a block; returns its handle. */
  int seal(int n, int[] lines, int[] rows, int[] origins, int[] offsets, byte[] ids) {
    int idBytes = offsets[n];
    ByteBuffer buffer = ByteBuffer.allocate(4 * (4 * n + 1) + idBytes);
    buffer.putInt(n);
    for (int i = 0; i < n; i++) {
      buffer.putInt(lines[i]);
    }
    for (int i = 0; i < n; i++) {
      buffer.putInt(rows[i]);
    }
    for (int i = 0; i < n; i++) {
      buffer.putInt(origins[i]);
    }
    for (int i = 1; i <= n; i++) {
      buffer.putInt(offsets[i]);
    }
    buffer.put(ids, 0, idBytes);
    buffer.flip();
    int handle = kept.size();
    if (handle == positions.length) {
      positions = Arrays.copyOf(positions, handle * 2);
    }
    if (inMemory + buffer.capacity() <= budget || !spill(handle, buffer)) {
      kept.add(new Block(buffer));
      inMemory += buffer.capacity();
    } else {
      kept.add(null);
    }
    return handle;
  }

  /** The block with this handle, read back from the file if it was spilled. */
  Block block(int handle) {
    Block block = kept.get(handle);
    if (block != null) {
      return block;
    }
    for (int i = 0; i < CACHED; i++) {
      if (cachedHandles[i] == handle) {
        return cached[i];
      }
    }
    Block read = new Block(read(handle));
    System.arraycopy(cachedHandles, 0, cachedHandles, 1, CACHED - 1);
    System.arraycopy(cached, 0, cached, 1, CACHED - 1);
    cachedHandles[0] = handle;
    cached[0] = read;
    return read;
  }

  /** Bytes written to the temporary file. */
  long spilledBytes() {
    return spilled;
  }

  /** Closes and deletes the temporary file. */
  void close() {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // the file is deleted below or on exit
      }
      channel = null;
    }
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // deleteOnExit remains
      }
      file = null;
    }
    Arrays.fill(cached, null);
    Arrays.fill(cachedHandles, -1);
  }

  /** Appends {@code buffer} to the file; false when there is no file, so it stays in memory. */
  private boolean spill(int handle, ByteBuffer buffer) {
    if (noFile) {
      return false;
    }
    try {
      if (channel == null) {
        file = SpillFiles.create("locations-", ".bin");
        channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
      }
    } catch (IOException | SecurityException e) {
      noFile = true;
      return false;
    }
    positions[handle] = spilled;
    try {
      while (buffer.hasRemaining()) {
        spilled += channel.write(buffer, spilled);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the temporary file " + file, e);
    }
    return true;
  }

  private ByteBuffer read(int handle) {
    if (channel == null) {
      throw new IllegalStateException("the record locations are closed");
    }
    try {
      long position = positions[handle];
      ByteBuffer head = ByteBuffer.allocate(4);
      readFully(head, position);
      int n = head.getInt(0);
      int end = 4 * (4 * n + 1);
      ByteBuffer last = ByteBuffer.allocate(4);
      readFully(last, position + end - 4);
      ByteBuffer buffer = ByteBuffer.allocate(end + last.getInt(0));
      readFully(buffer, position);
      return buffer;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the temporary file " + file, e);
    }
  }

  private void readFully(ByteBuffer buffer, long position) throws IOException {
    long at = position;
    while (buffer.hasRemaining()) {
      int read = channel.read(buffer, at);
      if (read < 0) {
        throw new IOException("unexpected end of the temporary file");
      }
      at += read;
    }
    buffer.flip();
  }

  /** One packed block, read in place. */
  static final class Block {
    private final ByteBuffer buffer;
    private final int n;

    Block(ByteBuffer buffer) {
      this.buffer = buffer;
      this.n = buffer.getInt(0);
    }

    int line(int j) {
      return buffer.getInt(4 + 4 * j);
    }

    int row(int j) {
      return buffer.getInt(4 + 4 * (n + j));
    }

    int origin(int j) {
      return buffer.getInt(4 + 4 * (2 * n + j));
    }

    String id(int j) {
      int table = 4 + 12 * n;
      int start = j == 0 ? 0 : buffer.getInt(table + 4 * (j - 1));
      int end = buffer.getInt(table + 4 * j);
      int base = table + 4 * n;
      return new String(buffer.array(), base + start, end - start, StandardCharsets.UTF_8);
    }
  }
}
