package org.dangjian.validation.internal.rules;

import java.util.Arrays;

/** A growable list of {@code int} values in one array, for the compact state of dataset checks. */
final class IntList {

  private int[] values = new int[16];
  private int size;

  /** Appends {@code value}. */
  void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  /** The value at {@code i}. */
  int get(int i) {
    return values[i];
  }

  /** The number of values. */
  int size() {
    return size;
  }
}
