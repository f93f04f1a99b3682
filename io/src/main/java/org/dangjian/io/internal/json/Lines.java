package org.dangjian.io.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of a JSON Lines file, one at a time, as strict UTF-8 characters: a line ends at LF (a
 * CR before it is dropped), a byte-order mark before the first line is dropped, and a line longer
 * than the limit is not kept but measured, so that its length can be reported without holding it.
 */
final class Lines implements TextLine {

  private final InputStream in;
  private final int maxBytes;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private boolean eof;
  private byte[] line = new byte[1024];
  private int length;
  private long size;
  private long number;
  private char[] chars = new char[1024];
  private int charCount;
  private int badColumn;
  private byte lastByte;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);

  Lines(InputStream in, int maxBytes) {
    this(in, maxBytes, 1);
  }

  /**
   * The lines of a part of a file that starts at the beginning of line {@code firstNumber} (a split
   * read on its own); a byte-order mark is dropped only before line 1.
   */
  Lines(InputStream in, int maxBytes, long firstNumber) {
    this.in = in;
    this.maxBytes = maxBytes;
    this.number = firstNumber - 1;
  }

  /** Moves to the next line; false at the end of the input. */
  boolean next() throws IOException {
    length = 0;
    size = 0;
    lastByte = 0;
    boolean any = false;
    while (true) {
      if (position == limit) {
        if (eof || !fill()) {
          if (!any) {
            return false;
          }
          break;
        }
      }
      any = true;
      int end = position;
      while (end < limit && buffer[end] != '\n') {
        end++;
      }
      append(position, end - position);
      boolean newline = end < limit;
      position = newline ? end + 1 : end;
      if (newline) {
        break;
      }
    }
    number++;
    if (size > 0 && lastByte == '\r') {
      size--;
      length = (int) Math.min(length, size);
    }
    if (number == 1
        && length >= 3
        && line[0] == (byte) 0xEF
        && line[1] == (byte) 0xBB
        && line[2] == (byte) 0xBF) {
      System.arraycopy(line, 3, line, 0, length - 3);
      length -= 3;
      size -= 3;
    }
    decode();
    return true;
  }

  private void append(int from, int count) {
    if (count > 0) {
      lastByte = buffer[from + count - 1];
    }
    size += count;
    int room = (int) Math.min(count, Math.max(0, maxBytes + 1L - length));
    if (room > 0) {
      if (length + room > line.length) {
        line = Arrays.copyOf(line, Math.max(length + room, line.length * 2));
      }
      System.arraycopy(buffer, from, line, length, room);
      length += room;
    }
  }

  private boolean fill() throws IOException {
    int read = in.read(buffer, 0, buffer.length);
    if (read < 0) {
      eof = true;
      return false;
    }
    position = 0;
    limit = read;
    return true;
  }

  private void decode() {
    badColumn = 0;
    if (chars.length < length) {
      chars = new char[Math.max(length, chars.length * 2)];
    }
    decoder.reset();
    ByteBuffer in = ByteBuffer.wrap(line, 0, length);
    CharBuffer out = CharBuffer.wrap(chars);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      badColumn = out.position() + 1;
    } else {
      decoder.flush(out);
    }
    charCount = out.position();
  }

  /** The 1-based number of the current line. */
  @Override
  public long number() {
    return number;
  }

  /** The size of the current line in bytes, without its line end. */
  @Override
  public long size() {
    return size;
  }

  /** True when the line is longer than the limit and was not kept whole. */
  @Override
  public boolean tooLong() {
    return size > maxBytes;
  }

  /** The 1-based column of the first byte that is not UTF-8, or 0 when the line is UTF-8. */
  @Override
  public int badColumn() {
    return badColumn;
  }

  /** The characters of the line (up to the first bad byte, or the part kept of a long line). */
  @Override
  public char[] chars() {
    return chars;
  }

  /** The number of characters in {@link #chars()}. */
  @Override
  public int charCount() {
    return charCount;
  }

  /** True when the line holds nothing but white space. */
  boolean isBlank() {
    for (int i = 0; i < charCount; i++) {
      if (!Character.isWhitespace(chars[i])) {
        return false;
      }
    }
    return badColumn == 0 && !tooLong();
  }
}
