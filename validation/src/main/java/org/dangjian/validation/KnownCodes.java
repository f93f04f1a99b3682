package org.dangjian.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.dangjian.validation.rule.Rule;
import org.dangjian.validation.rule.RuleCatalogue;

/**
 * Rejects rule codes that the catalogue lacks where settings and profiles take codes, naming each
 * unknown code and, where one is close, the catalogued code that was probably meant ({@code
 * DEV-O15}: did you mean {@code DEV-015}?). A misspelt code would otherwise switch nothing off.
 */
final class KnownCodes {

  private KnownCodes() {}

  /**
   * Fails unless every code is catalogued.
   *
   * @param what what the codes are, for the message, for example "disabled rules"
   * @throws IllegalArgumentException naming every unknown code with a suggestion
   */
  static void require(String what, Collection<String> codes) {
    RuleCatalogue catalogue = RuleCatalogue.defaults();
    List<String> unknown = new ArrayList<>();
    for (String code : new TreeSet<>(codes)) {
      if (catalogue.find(code).isEmpty()) {
        unknown.add(
            code
                + catalogue
                    .nearest(code)
                    .map(Rule::code)
                    .map(near -> " (did you mean " + near + "?)")
                    .orElse(""));
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "unknown rule code"
              + (unknown.size() > 1 ? "s" : "")
              + " in "
              + what
              + ": "
              + String.join(", ", unknown));
    }
  }
}
