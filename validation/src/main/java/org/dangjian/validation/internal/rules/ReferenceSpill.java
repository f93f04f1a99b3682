package org.dangjian.validation.internal.rules;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.dangjian.validation.internal.spill.SpillFiles;

/**
 * The references of one run from members to other members (a sponsor's id, the referencing member's
 * index, the day by which the sponsor had to be a full member, and the list and position), kept in
 * a fixed buffer of {@value #BUFFER} references that is appended to a temporary file (owner-only,
 * in the private directory of {@link SpillFiles}) whenever it is full, and read back once at the
 * end: the heap holds at most one buffer (about 200 KB) however many members stream by; the file
 * takes about 25 bytes per reference and is deleted when read. When no temporary file can be
 * created the buffer grows in memory instead.
 */
final class ReferenceSpill {

  /** References kept in memory before they are appended to the file. */
  static final int BUFFER = 8192;

  /** Receives the references when they are read back. */
  interface Visitor {
    /** One reference from member {@code member} to {@code sponsor}. */
    void visit(String sponsor, int member, int day, int slot);
  }

  private String[] sponsors = new String[BUFFER];
  private int[] members = new int[BUFFER];
  private int[] days = new int[BUFFER];
  private byte[] slots = new byte[BUFFER];
  private int buffered;

  private Path file;
  private DataOutputStream out;
  private long spilled;
  private boolean inMemory;

  /** Adds a reference. */
  void add(String sponsor, int member, int day, int slot) {
    if (buffered == sponsors.length && !spill()) {
      int size = buffered + (buffered >> 1);
      sponsors = Arrays.copyOf(sponsors, size);
      members = Arrays.copyOf(members, size);
      days = Arrays.copyOf(days, size);
      slots = Arrays.copyOf(slots, size);
    }
    sponsors[buffered] = sponsor;
    members[buffered] = member;
    days[buffered] = day;
    slots[buffered] = (byte) slot;
    buffered++;
  }

  /** True when at least one reference was added. */
  boolean isEmpty() {
    return buffered == 0 && spilled == 0;
  }

  /** Appends the buffer to the file; false when there is no file and the buffer must grow. */
  private boolean spill() {
    if (inMemory) {
      return false;
    }
    try {
      if (out == null) {
        file = SpillFiles.create("references-", ".bin");
        out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
      }
    } catch (IOException | SecurityException e) {
      inMemory = true;
      return false;
    }
    try {
      for (int i = 0; i < buffered; i++) {
        out.writeInt(members[i]);
        out.writeInt(days[i]);
        out.writeByte(slots[i]);
        out.writeUTF(sponsors[i]);
        sponsors[i] = null;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the temporary file " + file, e);
    }
    spilled += buffered;
    buffered = 0;
    return true;
  }

  /** Hands every reference to {@code visitor}, in the order added, and deletes the file. */
  void readBack(Visitor visitor) {
    try {
      if (out != null) {
        out.close();
        out = null;
        try (DataInputStream in =
            new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
          for (long r = 0; r < spilled; r++) {
            int member = in.readInt();
            int day = in.readInt();
            int slot = in.readByte() & 0xff;
            visitor.visit(in.readUTF(), member, day, slot);
          }
        }
      }
      for (int i = 0; i < buffered; i++) {
        visitor.visit(sponsors[i], members[i], days[i], slots[i] & 0xff);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the temporary file " + file, e);
    } finally {
      delete();
    }
  }

  private void delete() {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // deleteOnExit remains
      }
      file = null;
    }
  }
}
