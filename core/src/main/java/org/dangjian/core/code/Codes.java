package org.dangjian.core.code;

import java.util.Locale;
import java.util.Optional;

/**
 * Lookup of code-table values by any of their three spellings: the national code ({@code "01"}),
 * the constant name ({@code "HAN"}, case-insensitive) or the Chinese label ({@code "汉族"}). Leading
 * and trailing white space, including full-width spaces, is ignored. This is how every importer of
 * the SDK reads an enum cell.
 */
public final class Codes {

  private Codes() {}

  /**
   * Finds the constant of {@code type} whose code, name or label equals {@code text}.
   *
   * @param type an enum implementing {@link CodedValue}
   * @param text the cell or field text; {@code null} gives an empty result
   * @param <E> the enum type
   * @return the matching constant, or empty when none matches
   */
  public static <E extends Enum<E> & CodedValue> Optional<E> lookup(Class<E> type, String text) {
    if (text == null) {
      return Optional.empty();
    }
    String key = text.strip();
    if (key.isEmpty()) {
      return Optional.empty();
    }
    String upper = key.toUpperCase(Locale.ROOT);
    for (E value : type.getEnumConstants()) {
      if (value.code().equals(key) || value.name().equals(upper) || value.label().equals(key)) {
        return Optional.of(value);
      }
    }
    for (E value : type.getEnumConstants()) {
      if (value.aliases().contains(key)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /**
   * Like {@link #lookup(Class, String)} but for a value that must be present.
   *
   * @param type an enum implementing {@link CodedValue}
   * @param text the text to look up
   * @param <E> the enum type
   * @return the matching constant
   * @throws IllegalArgumentException naming the type and the text when nothing matches
   */
  public static <E extends Enum<E> & CodedValue> E require(Class<E> type, String text) {
    return lookup(type, text)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no " + type.getSimpleName() + " has code, name or label '" + text + "'"));
  }
}
