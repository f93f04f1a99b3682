package org.dangjian.core.code;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * The spellings of one code-table value: the code (national standard code where one exists), the
 * Chinese label written on export, and further aliases accepted on import. Every domain enum holds
 * one, and {@link CodedValue} reads its {@code code()}, {@code label()} and {@code aliases()} from
 * it.
 *
 * @param code the code, e.g. {@code "01"}
 * @param label the Chinese label, e.g. {@code 汉族}
 * @param aliases other accepted spellings, e.g. {@code 汉}
 */
public record Spellings(String code, String label, Set<String> aliases) {

  /** Checks the parts and copies the aliases. */
  public Spellings {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
    aliases = Set.copyOf(aliases);
  }

  /** A code and label with the given aliases. */
  public static Spellings of(String code, String label, String... aliases) {
    return new Spellings(code, label, Set.of(aliases));
  }

  /** A code and label with the given aliases. */
  public static Spellings of(String code, String label, Collection<String> aliases) {
    return new Spellings(code, label, Set.copyOf(aliases));
  }
}
