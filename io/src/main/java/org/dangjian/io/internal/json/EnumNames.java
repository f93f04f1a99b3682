package org.dangjian.io.internal.json;

import java.util.Arrays;

/**
 * The constant names of one enum, looked up straight from the parser's characters: our files write
 * code-table values as constant names, so the common case finds its constant without building a
 * string and hashing it. A text that is no constant name gives null, and the caller goes on to the
 * slower look-up by code and Chinese label.
 */
final class EnumNames {

  private final char[][] names;
  private final Object[] constants;
  private final int mask;

  /** The table of {@code type}, an enum. */
  EnumNames(Class<?> type) {
    Object[] all = type.getEnumConstants();
    int size = Integer.highestOneBit(Math.max(4, all.length * 4 - 1)) << 1;
    this.names = new char[size][];
    this.constants = new Object[size];
    this.mask = size - 1;
    for (Object constant : all) {
      char[] name = ((Enum<?>) constant).name().toCharArray();
      int slot = hash(name, 0, name.length) & mask;
      while (names[slot] != null) {
        slot = (slot + 1) & mask;
      }
      names[slot] = name;
      constants[slot] = constant;
    }
  }

  /** The constant named {@code text[offset, offset+length)}, or null. */
  Object find(char[] text, int offset, int length) {
    if (length == 0) {
      return null;
    }
    for (int slot = hash(text, offset, length) & mask;
        names[slot] != null;
        slot = (slot + 1) & mask) {
      char[] name = names[slot];
      if (name.length == length && Arrays.equals(name, 0, length, text, offset, offset + length)) {
        return constants[slot];
      }
    }
    return null;
  }

  private static int hash(char[] text, int offset, int length) {
    int h = length * 31 + text[offset];
    h = h * 31 + text[offset + length - 1];
    h = h * 31 + text[offset + length / 2];
    return h ^ (h >>> 7);
  }
}
