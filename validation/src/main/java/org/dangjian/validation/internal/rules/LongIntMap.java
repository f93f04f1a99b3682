package org.dangjian.validation.internal.rules;

import java.util.Arrays;

/**
 * A map from {@code long} keys (hashes of ids) to {@code int} values in two arrays with open
 * addressing: 12 bytes per entry at most half full, instead of a boxed {@code HashMap} entry of
 * about 60 bytes.
 */
final class LongIntMap {

  private static final int FREE = -1;

  private long[] keys = new long[64];
  private int[] values = new int[64];
  private int size;

  LongIntMap() {
    Arrays.fill(values, FREE);
  }

  /** The value of {@code key}, or -1 when absent. */
  int get(long key) {
    int mask = keys.length - 1;
    for (int at = spread(key) & mask; ; at = (at + 1) & mask) {
      if (values[at] == FREE) {
        return -1;
      }
      if (keys[at] == key) {
        return values[at];
      }
    }
  }

  /** Puts {@code key} with a non-negative {@code value}, replacing any earlier value. */
  void put(long key, int value) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    for (int at = spread(key) & mask; ; at = (at + 1) & mask) {
      if (values[at] == FREE) {
        keys[at] = key;
        values[at] = value;
        size++;
        return;
      }
      if (keys[at] == key) {
        values[at] = value;
        return;
      }
    }
  }

  /** The number of keys. */
  int size() {
    return size;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldValues.length * 2];
    Arrays.fill(values, FREE);
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldValues[i] != FREE) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }

  private static int spread(long key) {
    return (int) (key ^ (key >>> 32)) * 0x9E3779B9;
  }
}
