package org.dangjian.validation.internal.rules;

import java.util.Arrays;

/** A growable list of {@code long} values in one array, for the compact state of dataset checks. */
final class LongList {

  private long[] values = new long[16];
  private int size;

  /** Appends {@code value}. */
  void add(long value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size + (size >> 1));
    }
    values[size++] = value;
  }

  /** Appends {@code value} at position {@code index}, growing with zeros up to it. */
  void set(int index, long value) {
    if (index >= values.length) {
      values = Arrays.copyOf(values, Math.max(values.length + (values.length >> 1), index + 1));
    }
    values[index] = value;
    size = Math.max(size, index + 1);
  }

  /** The value at {@code i}. */
  long get(int i) {
    return values[i];
  }

  /** The number of values. */
  int size() {
    return size;
  }

  /** A sorted copy of the values. */
  long[] sortedCopy() {
    long[] copy = Arrays.copyOf(values, size);
    Arrays.sort(copy);
    return copy;
  }
}
