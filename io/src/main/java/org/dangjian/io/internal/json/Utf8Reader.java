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
    for (int i = offset; i < end; i++) {
      advance(buffer[i]);
    }
    return line;
  }

  private int columnAt() {
    return column;
  }

  private void advance(char c) {
    if (c == '\n') {
      line++;
      column = 1;
    } else {
      column++;
    }
  }

  private void delivered(char[] buffer, int offset, int count) {
    if (pending == null) {
      for (int i = offset; i < offset + count; i++) {
        advance(buffer[i]);
      }
    }
    for (int i = 0; i < count; i++) {
      recent[(int) ((delivered + i) % RECENT)] = buffer[offset + i];
    }
    if (keptFrom >= 0 && keptLength < KEPT) {
      long start = Math.max(keptFrom + keptLength, delivered);
      for (long at = start; at < delivered + count && keptLength < KEPT; at++) {
        kept[keptLength++] = buffer[offset + (int) (at - delivered)];
      }
    }
    delivered += count;
  }

  /**
   * Starts keeping the characters of a record that begins at character {@code offset} (which the
   * parser has just read, so it is among the recent ones).
   */
  void mark(long offset) {
    keptFrom = offset;
    keptLength = 0;
    for (long at = Math.max(offset, delivered - RECENT);
        at < delivered && keptLength < KEPT;
        at++) {
      kept[keptLength++] = recent[(int) (at % RECENT)];
    }
  }

  /** The raw record from the mark up to character {@code end}, masked and compact, for a report. */
  String marked(long end) {
    if (keptFrom < 0) {
      return "";
    }
    int length = (int) Math.min(keptLength, Math.max(0, end - keptFrom));
    return RawJson.masked(kept, 0, length);
  }

  /** Stops keeping record characters. */
  void unmark() {
    keptFrom = -1;
    keptLength = 0;
  }

  /** Leaves the stream open: the caller of the reader owns it. */
  @Override
  public void close() {}
}
