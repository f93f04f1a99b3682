package org.dangjian.io.roster.internal.xls;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.dangjian.io.ReadLimits;

/**
 * Checks the BIFF8 record stream of an XLS workbook (its {@code Workbook} stream) against the
 * {@link ReadLimits} and against what POI's event reader takes on trust, before POI parses a single
 * record: POI fills a shared-string table up to the count the table declares, with empty strings
 * once the bytes run out, so a table that declares two billion strings in a few bytes would exhaust
 * any heap. The guard reads only record headers (and the eight bytes of counts of the shared-string
 * table) and stops at the first breach: a stream larger than {@code maxEntryBytes}, a stream that
 * does not start with a BIFF8 beginning-of-file record (Excel 5.0/95 workbooks are named as such),
 * a record longer than BIFF8 allows or than the bytes left (a truncated stream or a length that
 * lies), substreams nested deeper than {@value #MAX_NESTING}, an encrypted workbook, a
 * shared-string table declaring more than {@code maxSharedStrings} strings or more than its bytes
 * can hold.
 */
final class XlsGuard {

  /** The longest record body BIFF8 allows (8,224 bytes), continued in CONTINUE records. */
  static final int MAX_RECORD = 8224;

  /** The deepest nesting of substreams (a chart inside a sheet is one level). */
  static final int MAX_NESTING = 4;

  static final int BOF = 0x0809;
  static final int EOF = 0x000A;
  static final int FILEPASS = 0x002F;
  static final int SST = 0x00FC;
  static final int CONTINUE = 0x003C;
  static final int BIFF8 = 0x0600;

  /** The smallest size of a shared string: a character count (2 bytes) and its flags (1 byte). */
  private static final int MIN_STRING = 3;

  private final ReadLimits limits;

  /** What ended the check: a limit (name, maximum, actual) or malformed content (detail). */
  record Breach(String limit, long max, String actual, String detail) {

    static Breach limit(String limit, long max, String actual) {
      return new Breach(limit, max, actual, null);
    }

    static Breach syntax(String detail) {
      return new Breach(null, 0, null, detail);
    }

    boolean isLimit() {
      return limit != null;
    }
  }

  XlsGuard(ReadLimits limits) {
    this.limits = limits;
  }

  /**
   * Checks the record stream {@code in} of {@code size} bytes; empty when POI may parse it.
   *
   * @throws IOException when reading the container fails
   */
  Optional<Breach> check(InputStream in, long size) throws IOException {
    if (size > limits.maxEntryBytes()) {
      return Optional.of(
          Breach.limit("maxEntryBytes", limits.maxEntryBytes(), Long.toString(size)));
    }
    byte[] header = new byte[8];
    long position = 0;
    int depth = 0;
    long sstUnique = -1;
    long sstBytes = 0;
    boolean first = true;
    while (position < size) {
      if (size - position < 4) {
        return trailing(depth, position, size);
      }
      readFully(in, header, 4);
      position += 4;
      int sid = u16(header, 0);
      int length = u16(header, 2);
      if (sid == 0 && length == 0 && depth == 0 && !first) {
        return Optional.empty(); // padding after the last substream
      }
      if (length > MAX_RECORD) {
        return syntax(
            "record 0x%04X at byte %d declares %d bytes, more than a BIFF8 record holds (%d)",
            sid, position - 4, length, MAX_RECORD);
      }
      if (length > size - position) {
        return syntax(
            "the workbook stream ends inside record 0x%04X at byte %d: it declares %d bytes,"
                + " %d are left (a truncated file or a record length that lies)",
            sid, position - 4, length, size - position);
      }
      if (sstUnique >= 0 && sid != CONTINUE) {
        Optional<Breach> table = sharedStrings(sstUnique, sstBytes);
        if (table.isPresent()) {
          return table;
        }
        sstUnique = -1;
      }
      int read = 0;
      if (first) {
        if (sid != BOF || length < 4) {
          return syntax("the workbook stream does not start with a BIFF beginning-of-file record");
        }
        readFully(in, header, 4);
        read = 4;
        if (u16(header, 0) != BIFF8) {
          return syntax(
              "an Excel 5.0/95 (BIFF%d) workbook, not Excel 97-2003: save it as .xls 97-2003 or"
                  + " .xlsx",
              u16(header, 0) == 0x0500 ? 5 : 0);
        }
        first = false;
      }
      switch (sid) {
        case BOF -> {
          if (++depth > MAX_NESTING) {
            return syntax("substreams nested deeper than %d", MAX_NESTING);
          }
        }
        case EOF -> depth = Math.max(0, depth - 1);
        case FILEPASS -> {
          return syntax(
              "the workbook is encrypted (protected by a password): save it without a password"
                  + " and read it again");
        }
        case SST -> {
          if (length < 8) {
            return syntax("the shared-string table is shorter than its counts");
          }
          readFully(in, header, 8);
          read = 8;
          sstUnique = u32(header, 4);
          sstBytes = length - 8L;
          if (sstUnique > limits.maxSharedStrings()) {
            return Optional.of(
                Breach.limit(
                    "maxSharedStrings", limits.maxSharedStrings(), Long.toString(sstUnique)));
          }
        }
        case CONTINUE -> sstBytes += sstUnique >= 0 ? length : 0;
        default -> {
          // only the header matters
        }
      }
      skipFully(in, length - read);
      position += length;
    }
    if (first) {
      return syntax("the workbook stream is empty");
    }
    if (sstUnique >= 0) {
      Optional<Breach> table = sharedStrings(sstUnique, sstBytes);
      if (table.isPresent()) {
        return table;
      }
    }
    return depth == 0 ? Optional.empty() : syntax("the workbook stream ends inside a substream");
  }

  private static Optional<Breach> trailing(int depth, long position, long size) {
    return depth == 0
        ? Optional.empty()
        : syntax(
            "the workbook stream ends inside a record header at byte %d of %d", position, size);
  }

  private static Optional<Breach> sharedStrings(long unique, long bytes) {
    if (unique * MIN_STRING > bytes) {
      return syntax(
          "the shared-string table declares %d strings but holds only %d bytes", unique, bytes);
    }
    return Optional.empty();
  }

  @SuppressWarnings("AnnotateFormatMethod")
  private static Optional<Breach> syntax(String format, Object... arguments) {
    return Optional.of(Breach.syntax(String.format(java.util.Locale.ROOT, format, arguments)));
  }

  private static int u16(byte[] bytes, int at) {
    return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
  }

  private static long u32(byte[] bytes, int at) {
    return (u16(bytes, at) | (long) u16(bytes, at + 2) << 16) & 0xFFFFFFFFL;
  }

  private static void readFully(InputStream in, byte[] into, int length) throws IOException {
    if (in.readNBytes(into, 0, length) < length) {
      throw new EOFException("the workbook stream is shorter than its directory entry says");
    }
  }

  private static void skipFully(InputStream in, long length) throws IOException {
    in.skipNBytes(length);
  }
}
