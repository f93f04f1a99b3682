package org.dangjian.io.internal.json;

import java.util.Arrays;

/**
 * One line of a JSON Lines file as the reader sees it: its number, its size in bytes, and its
 * characters (up to the first byte that is not UTF-8, or the part kept of a line over the size
 * limit). {@link Lines} is the current line of a file; {@link #copyOf} keeps one for a chunk that
 * another thread decodes.
 */
interface TextLine {

  /** The 1-based number of the line. */
  long number();

  /** The size of the line in bytes, without its line end. */
  long size();

  /** True when the line is longer than the limit and was not kept whole. */
  boolean tooLong();

  /** The 1-based column of the first byte that is not UTF-8, or 0 when the line is UTF-8. */
  int badColumn();

  /** The characters of the line; only the first {@link #charCount()} are the line's. */
  char[] chars();

  /** The number of characters in {@link #chars()}. */
  int charCount();

  /** A copy of {@code line} that does not change when the file moves on. */
  static TextLine copyOf(TextLine line) {
    return new Copy(
        line.number(),
        line.size(),
        line.tooLong(),
        line.badColumn(),
        Arrays.copyOf(line.chars(), line.charCount()));
  }

  /** A line kept apart from its file. */
  final class Copy implements TextLine {
    private final long number;
    private final long size;
    private final boolean tooLong;
    private final int badColumn;
    private final char[] chars;

    Copy(long number, long size, boolean tooLong, int badColumn, char[] chars) {
      this.number = number;
      this.size = size;
      this.tooLong = tooLong;
      this.badColumn = badColumn;
      this.chars = chars;
    }

    @Override
    public long number() {
      return number;
    }

    @Override
    public long size() {
      return size;
    }

    @Override
    public boolean tooLong() {
      return tooLong;
    }

    @Override
    public int badColumn() {
      return badColumn;
    }

    @Override
    public char[] chars() {
      return chars;
    }

    @Override
    public int charCount() {
      return chars.length;
    }
  }
}
