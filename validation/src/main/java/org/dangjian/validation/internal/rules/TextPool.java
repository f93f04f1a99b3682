package org.dangjian.validation.internal.rules;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Strings kept as UTF-8 bytes in one growing array with an offset per string, a few bytes over the
 * text itself instead of a {@code String} object each: ids that a dataset check may have to print
 * at the end of a run.
 */
final class TextPool {

  private byte[] bytes = new byte[1024];
  private int[] offsets = new int[65];
  private int size;

  /** Adds {@code text}; returns its number. */
  int add(String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    if (size + 1 >= offsets.length) {
      offsets = Arrays.copyOf(offsets, offsets.length * 2);
    }
    int start = offsets[size];
    if (start + utf8.length > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, start + utf8.length));
    }
    System.arraycopy(utf8, 0, bytes, start, utf8.length);
    offsets[size + 1] = start + utf8.length;
    return size++;
  }

  /** The text number {@code i}. */
  String get(int i) {
    return new String(bytes, offsets[i], offsets[i + 1] - offsets[i], StandardCharsets.UTF_8);
  }
}
