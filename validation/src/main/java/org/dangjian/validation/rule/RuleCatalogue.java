package org.dangjian.validation.rule;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjian.validation.internal.RuleGroups;

/**
 * The catalogue of all rules the SDK checks, in a fixed order (by group, then code). It is the one
 * place a user looks up a rule's meaning from the code in a report, and the source of {@code
 * docs/rules.md}. The standard catalogue is built once and shared.
 */
public final class RuleCatalogue {

  private static final RuleCatalogue STANDARD = new RuleCatalogue(RuleGroups.allRules());

  private final Map<String, Rule> byCode;

  private RuleCatalogue(Collection<Rule> rules) {
    Map<String, Rule> map = new LinkedHashMap<>();
    for (Rule rule : rules) {
      if (map.putIfAbsent(rule.code(), rule) != null) {
        throw new IllegalStateException("two rules with the code " + rule.code());
      }
    }
    this.byCode = Collections.unmodifiableMap(map);
  }

  /** The catalogue of every rule the SDK checks. */
  public static RuleCatalogue standard() {
    return STANDARD;
  }

  /** All rules, in catalogue order. */
  public List<Rule> rules() {
    return List.copyOf(byCode.values());
  }

  /** The rule with this code, if there is one. */
  public Optional<Rule> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * The rule with this code.
   *
   * @throws IllegalArgumentException when the catalogue has no such rule
   */
  public Rule require(String code) {
    Rule rule = byCode.get(code);
    if (rule == null) {
      throw new IllegalArgumentException("no rule with the code " + code);
    }
    return rule;
  }
}
