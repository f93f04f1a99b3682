package org.dangjian.validation.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.dangjian.validation.rule.Rule;
import org.dangjian.validation.rule.RuleCatalogue;

/**
 * Where checks get their rules: {@code static final Rule DEV_015 =
 * Catalogue.rule(RuleCodes.DEV_015);} looks the rule up in the standard {@link RuleCatalogue},
 * failing fast while the check class loads when the catalogue file lacks the code, and remembers
 * which class asked. A rule is resolved by one class only, the class that checks it; others use
 * that class's constant. {@link #resolvedBy} answers for {@code docs/rules.md} and the catalogue
 * tests.
 */
public final class Catalogue {

  private static final StackWalker WALKER =
      StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

  private static final Map<String, Class<?>> CHECKERS = new ConcurrentHashMap<>();

  private Catalogue() {}

  /**
   * The catalogue's rule with this code, recorded as checked by the calling class.
   *
   * @throws IllegalStateException when the catalogue has no such rule, or another class resolved it
   *     already
   */
  public static Rule rule(String code) {
    Rule rule;
    try {
      rule = RuleCatalogue.defaults().require(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("rules.jsonc: " + e.getMessage(), e);
    }
    Class<?> caller = WALKER.getCallerClass();
    Class<?> earlier = CHECKERS.putIfAbsent(code, caller);
    if (earlier != null && earlier != caller) {
      throw new IllegalStateException(
          code
              + " is resolved by "
              + earlier.getName()
              + " and by "
              + caller.getName()
              + ": resolve it in the class that checks it and share that constant");
    }
    return rule;
  }

  /**
   * The class that resolved the rule with this code so far; {@code RuleGroups.checkedBy} loads
   * every check class first.
   */
  public static Optional<Class<?>> resolvedBy(String code) {
    return Optional.ofNullable(CHECKERS.get(code));
  }
}
