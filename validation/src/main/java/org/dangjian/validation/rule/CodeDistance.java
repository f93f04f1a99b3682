package org.dangjian.validation.rule;

import java.util.Locale;

/**
 * How far apart two rule codes are, for suggesting the code a person meant: the optimal string
 * alignment distance (Damerau-Levenshtein with adjacent transpositions), ignoring case, where a
 * letter that looks like a digit costs half an edit ({@code O} and {@code 0}, {@code I} or {@code
 * L} and {@code 1}), and so does {@code _} for {@code -}. Distances are in half edits.
 */
final class CodeDistance {

  /** One edit: an insertion, a deletion, a substitution or the swap of two neighbours. */
  static final int EDIT = 2;

  private CodeDistance() {}

  /** The distance between {@code a} and {@code b}, in half edits. */
  static int between(String a, String b) {
    String s = a.toUpperCase(Locale.ROOT);
    String t = b.toUpperCase(Locale.ROOT);
    int[][] d = new int[s.length() + 1][t.length() + 1];
    for (int i = 0; i <= s.length(); i++) {
      d[i][0] = i * EDIT;
    }
    for (int j = 0; j <= t.length(); j++) {
      d[0][j] = j * EDIT;
    }
    for (int i = 1; i <= s.length(); i++) {
      for (int j = 1; j <= t.length(); j++) {
        char x = s.charAt(i - 1);
        char y = t.charAt(j - 1);
        int best =
            Math.min(
                d[i - 1][j - 1] + substitution(x, y),
                Math.min(d[i - 1][j] + EDIT, d[i][j - 1] + EDIT));
        if (i > 1 && j > 1 && x == t.charAt(j - 2) && s.charAt(i - 2) == y) {
          best = Math.min(best, d[i - 2][j - 2] + EDIT);
        }
        d[i][j] = best;
      }
    }
    return d[s.length()][t.length()];
  }

  private static int substitution(char x, char y) {
    if (x == y) {
      return 0;
    }
    return lookalike(x) == lookalike(y) ? EDIT / 2 : EDIT;
  }

  /** A representative of the characters that look alike. */
  private static char lookalike(char c) {
    return switch (c) {
      case 'O' -> '0';
      case 'I', 'L' -> '1';
      case '_' -> '-';
      default -> c;
    };
  }
}
