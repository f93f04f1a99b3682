package org.dangjian.validation.internal.rules;

import java.util.Arrays;

/**
 * A growable list of {@code int} values in one array, for the compact state of dataset checks; also
 * usable as an array indexed by slot id ({@link #set}, {@link #getOrZero}).
 */
final class IntList {

  private int[] values = new int[16];
  private int size;

  /** Appends {@code value}. */
  void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size + (size >> 1));
    }
    values[size++] = value;
  }

  /** The value at {@code i}. */
  int get(int i) {
    return values[i];
  }

  /** Sets position {@code i}, growing with zeros up to it: an array indexed by slot id. */
  void set(int i, int value) {
    if (i >= values.length) {
      values = Arrays.copyOf(values, Math.max(values.length + (values.length >> 1), i + 1));
    }
    values[i] = value;
    size = Math.max(size, i + 1);
  }

  /** The value at {@code i}, or 0 beyond the values set. */
  int getOrZero(int i) {
    return i < size ? values[i] : 0;
  }

  /** The number of values. */
  int size() {
    return size;
  }

  /** Sorts the values in place. */
  void sort() {
    Arrays.sort(values, 0, size);
  }
}
