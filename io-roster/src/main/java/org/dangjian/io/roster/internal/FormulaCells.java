package org.dangjian.io.roster.internal;

import java.util.regex.Pattern;

/**
 * The one definition of a dangerous spreadsheet cell (CSV injection, OWASP), used by the writers to
 * neutralize and by the readers to detect. A text is <em>dangerous</em> when, after any leading
 * blank characters, it starts with a formula trigger:
 *
 * <ul>
 *   <li>blank characters: every {@linkplain Character#isWhitespace whitespace} and {@linkplain
 *       Character#isSpaceChar Unicode space} character (space, TAB, CR, LF, no-break space, U+3000
 *       ideographic space and the other {@code Zs} spaces), the zero-width space U+200B and the
 *       byte-order mark U+FEFF; spreadsheet programs skip them before deciding that a cell is a
 *       formula;
 *   <li>triggers: {@code = + - @}, their full-width forms {@code ＝ ＋ － ＠} (U+FF1D, U+FF0B, U+FF0D,
 *       U+FF20: Excel with a Chinese or Japanese input method turns a leading full-width sign into
 *       a formula when the cell is edited, so they are treated as the ASCII ones), and NUL;
 *   <li>a text that starts with TAB, CR or LF is dangerous whatever follows (OWASP lists them as
 *       triggers of their own).
 * </ul>
 *
 * <p>A plain number — an optional sign, ASCII digits, an optional decimal part, nothing else, such
 * as {@code -5} or {@code +86} — is not dangerous: every spreadsheet program reads it as a number.
 *
 * <p>Writers prefix a dangerous text, and a text whose first non-blank character is an apostrophe,
 * with one apostrophe ({@link #neutralize}); readers remove that apostrophe again ({@link
 * #unneutralize}), keeping what follows it exactly, leading blanks included, and report a cell as a
 * formula ({@code IO-FORMULA}) only when {@link #isFormula} holds, which it never does for what
 * {@link #neutralize} returns.
 */
public final class FormulaCells {

  private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9]+(?:\\.[0-9]+)?");

  private FormulaCells() {}

  /** True for the characters skipped before a formula trigger. */
  public static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
  }

  /** True for the characters that make a formula when the first non-blank one. */
  public static boolean isTrigger(char c) {
    return switch (c) {
      case '=', '+', '-', '@', '\0', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
      default -> false;
    };
  }

  /** The index of the first non-blank character of {@code text}, or its length. */
  private static int firstNonBlank(String text) {
    int i = 0;
    while (i < text.length() && isBlank(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** True when the first non-blank character of {@code text} is a trigger. */
  private static boolean triggerFirst(String text) {
    int i = firstNonBlank(text);
    return i < text.length() && isTrigger(text.charAt(i));
  }

  /** True when the first non-blank character of {@code text} is an apostrophe. */
  private static boolean apostropheFirst(String text) {
    int i = firstNonBlank(text);
    return i < text.length() && text.charAt(i) == '\'';
  }

  private static boolean controlFirst(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    return first == '\t' || first == '\r' || first == '\n';
  }

  /** True for a plain number such as {@code -5}, {@code +86} or {@code 3.5}. */
  public static boolean isPlainNumber(String text) {
    return PLAIN_NUMBER.matcher(text).matches();
  }

  /** True when {@code text} could be taken for a formula (see the class comment). */
  public static boolean isDangerous(String text) {
    return controlFirst(text) || (triggerFirst(text) && !isPlainNumber(text));
  }

  /**
   * True when a cell's raw text, as a reader found it, is a formula: its first non-blank character
   * is a trigger, it is not a plain number, and no apostrophe protects it. Unlike {@link
   * #isDangerous}, a leading TAB, CR or LF before ordinary text is not a formula (readers trim it
   * as blank), so a reader flags no more than a writer protects.
   */
  public static boolean isFormula(String raw) {
    return triggerFirst(raw) && !isPlainNumber(raw);
  }

  /** The text to write for {@code value}: with a leading apostrophe when it needs one. */
  public static String neutralize(String value) {
    return isDangerous(value) || apostropheFirst(value) ? "'" + value : value;
  }

  /**
   * The value of a cell as read: without the apostrophe {@link #neutralize} added (or a person
   * typed before a sign, such as {@code '-5}), and what follows it exactly as it is; otherwise
   * trimmed of blank characters at both ends.
   */
  public static String unneutralize(String raw) {
    int start = firstNonBlank(raw);
    if (start < raw.length() && raw.charAt(start) == '\'') {
      String rest = raw.substring(start + 1);
      if (controlFirst(rest) || triggerFirst(rest) || apostropheFirst(rest)) {
        return rest;
      }
    }
    return raw.strip();
  }
}
