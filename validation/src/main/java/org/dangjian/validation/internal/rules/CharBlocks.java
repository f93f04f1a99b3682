package org.dangjian.validation.internal.rules;

import java.util.Arrays;

/**
 * A growable array of {@code char} values (16-bit day numbers, slot halves) kept in blocks of
 * {@value #BLOCK} values, for the per-member state of dataset checks. Unlike a single array that
 * grows by half, it holds at most one partly filled block of spare capacity and never copies the
 * values already stored, so a column of ten million values costs 20 MB, not up to 30 MB plus a copy
 * while it grows. Positions not set read as {@link #absent()}.
 */
final class CharBlocks {

  /** Values per block. */
  static final int BLOCK = 4096;

  private final char absent;
  private char[][] blocks = new char[16][];
  private int size;

  /** An empty column whose unset positions read as {@code absent}. */
  CharBlocks(char absent) {
    this.absent = absent;
  }

  /** Sets position {@code i}, growing up to it; positions skipped read as {@link #absent()}. */
  void set(int i, char value) {
    int b = i / BLOCK;
    if (b >= blocks.length) {
      blocks = Arrays.copyOf(blocks, Math.max(blocks.length * 2, b + 1));
    }
    char[] block = blocks[b];
    if (block == null) {
      block = new char[BLOCK];
      if (absent != 0) {
        Arrays.fill(block, absent);
      }
      blocks[b] = block;
    }
    block[i % BLOCK] = value;
    size = Math.max(size, i + 1);
  }

  /** Appends {@code value}. */
  void add(char value) {
    set(size, value);
  }

  /** The value at {@code i}, or {@link #absent()} when it was never set. */
  char get(int i) {
    int b = i / BLOCK;
    if (i >= size || blocks[b] == null) {
      return absent;
    }
    return blocks[b][i % BLOCK];
  }

  /** The value of positions never set. */
  char absent() {
    return absent;
  }

  /** One more than the highest position set. */
  int size() {
    return size;
  }
}
