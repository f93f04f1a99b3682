package org.dangjian.io.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a JSON document as strict UTF-8 for the parser, so that line, column and record sizes
 * count characters as an editor does. A leading byte-order mark is dropped. Bytes that are not
 * UTF-8, and the zero bytes of a UTF-16 or UTF-32 file, end reading with an {@link
 * EncodingException} that knows the line and column where they are. It also keeps the last
 * characters it delivered and, from {@link #mark(long)} on, the first characters of the current
 * record, so that a rejected record can be shown.
 */
final class Utf8Reader extends Reader {

  /** Bytes that are not UTF-8, at a 1-based line and column. */
  static final class EncodingException extends IOException {
    private static final long serialVersionUID = 1L;

    final int line;
    final int column;

    EncodingException(String message, int line, int column) {
      super(message);
      this.line = line;
      this.column = column;
    }
  }

  private static final int RECENT = 1 << 16;
  private static final int KEPT = 8192;

  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 15);
  private boolean eof;
  private boolean started;
  private EncodingException pending;
  private long delivered;
  private int line = 1;
  private int column = 1;
  private boolean captured;
  private final char[] recent = new char[RECENT];
  private final char[] kept = new char[KEPT];
  private long keptFrom = -1;
  private int keptLength;

  Utf8Reader(InputStream in) {
    this.in = in;
    bytes.flip();
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (pending != null) {
      throw pending;
    }
    if (length == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(buffer, offset, length);
    while (out.position() == offset) {
      if (!bytes.hasRemaining() && eof) {
        return -1;
      }
      if (!eof && bytes.remaining() < 4) {
        fill();
      }
      CoderResult result = decoder.decode(bytes, out, eof);
      if (result.isError()) {
        pending =
            new EncodingException(
                "bytes that are not UTF-8", lineAt(buffer, offset, out.position()), columnAt());
        if (out.position() == offset) {
          throw pending;
        }
        break;
      }
      if (eof && !bytes.hasRemaining()) {
        decoder.flush(out);
        if (out.position() == offset) {
          return -1;
        }
      }
    }
    int count = out.position() - offset;
    if (!started) {
      started = true;
      if (buffer[offset] == '\uFEFF') {
        System.arraycopy(buffer, offset + 1, buffer, offset, count - 1);
        count--;
        if (count == 0) {
          return read(buffer, offset, length);
        }
      }
      for (int i = 0; i < Math.min(count, 2); i++) {
        if (buffer[offset + i] == '\0') {
          pending = new EncodingException("UTF-16 or UTF-32, not UTF-8", 1, 1);
          throw pending;
        }
      }
    }
    delivered(buffer, offset, count);
    return count;
  }

  private void fill() throws IOException {
    bytes.compact();
    int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (read < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + read);
    }
    bytes.flip();
  }

  /** The line of the character after the {@code end - offset} good ones decoded before an error. */
  private int lineAt(char[] buffer, int offset, int end) {
    count(buffer, offset, end - offset);
    return line;
  }

  private int columnAt() {
    return column;
  }

  /** Moves line and column past {@code count} characters. */
  private void count(char[] buffer, int offset, int count) {
    int lastBreak = -1;
    for (int i = offset; i < offset + count; i++) {
      if (buffer[i] == '\n') {
        line++;
        lastBreak = i;
      }
    }
    column = lastBreak < 0 ? column + count : offset + count - lastBreak;
  }

  private void delivered(char[] buffer, int offset, int count) {
    if (pending == null) {
      count(buffer, offset, count);
    }
    if (keptFrom >= 0 && !captured && delivered + count - RECENT > keptFrom) {
      capture(buffer, offset, count);
    }
    int from = offset + Math.max(0, count - RECENT);
    int length = Math.min(count, RECENT);
    int position = (int) ((delivered + count - length) % RECENT);
    int first = Math.min(length, RECENT - position);
    System.arraycopy(buffer, from, recent, position, first);
    System.arraycopy(buffer, from + first, recent, 0, length - first);
    delivered += count;
  }

  /**
   * Keeps the first characters of the marked record before the recent characters that hold them are
   * overwritten: those still in {@code recent}, then those of the chunk being delivered.
   */
  private void capture(char[] buffer, int offset, int count) {
    keptLength = copyRecent(keptFrom, delivered, kept, 0);
    int more = (int) Math.min(KEPT - keptLength, count);
    if (more > 0 && keptFrom + keptLength >= delivered) {
      int skip = (int) (keptFrom + keptLength - delivered);
      more = Math.min(more, count - skip);
      if (more > 0) {
        System.arraycopy(buffer, offset + skip, kept, keptLength, more);
        keptLength += more;
      }
    }
    captured = true;
  }

  /** Copies the recent characters {@code [from, to)}, at most {@value #KEPT}, into {@code into}. */
  private int copyRecent(long from, long to, char[] into, int at) {
    long start = Math.max(from, delivered - RECENT);
    int length = (int) Math.max(0, Math.min(to - start, KEPT - at));
    int position = (int) (start % RECENT);
    int first = Math.min(length, RECENT - position);
    System.arraycopy(recent, position, into, at, first);
    System.arraycopy(recent, 0, into, at + first, length - first);
    return at + length;
  }

  /**
   * Marks the start of a record at character {@code offset}, which the parser has just read: its
   * first characters are kept for {@link #marked(long)} while it is read.
   */
  void mark(long offset) {
    keptFrom = offset;
    keptLength = 0;
    captured = false;
  }

  /** The raw record from the mark up to character {@code end}, masked and compact, for a report. */
  String marked(long end) {
    if (keptFrom < 0) {
      return "";
    }
    if (!captured) {
      keptLength = copyRecent(keptFrom, Math.min(end, delivered), kept, 0);
      captured = true;
    }
    int length = (int) Math.min(keptLength, Math.max(0, end - keptFrom));
    return RawJson.masked(kept, 0, length);
  }

  /** Stops keeping record characters. */
  void unmark() {
    keptFrom = -1;
    keptLength = 0;
    captured = false;
  }

  /** Leaves the stream open: the caller of the reader owns it. */
  @Override
  public void close() {}
}
