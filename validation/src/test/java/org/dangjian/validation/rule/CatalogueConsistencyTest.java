package org.dangjian.validation.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dangjian.validation.internal.ReportAudit;
import org.dangjian.validation.internal.RuleCodes;
import org.dangjian.validation.internal.RuleGroup;
import org.dangjian.validation.internal.rules.RuleGroups;
import org.junit.jupiter.api.Test;

/**
 * The catalogue file, the code constants and the checks agree: every constant of {@link RuleCodes}
 * is a catalogued code and every code has its constant; every topic has one rule group, in the
 * file's order, and the groups return the catalogue in order; every rule is resolved by exactly one
 * class, and that class is one of the checks of its topic's group; and the Chinese and English
 * messages of a rule have the same placeholders (the English one may say {@code nameEn} for {@code
 * name}).
 */
class CatalogueConsistencyTest {

  private static final RuleCatalogue CATALOGUE = RuleCatalogue.defaults();

  @Test
  void everyCodeConstantIsCataloguedAndEveryCodeHasItsConstant() throws IllegalAccessException {
    Map<String, String> constants = new TreeMap<>();
    for (Field field : RuleCodes.class.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isStatic(modifiers) && field.getType() == String.class) {
        assertThat(Modifier.isFinal(modifiers) && Modifier.isPublic(modifiers))
            .as(field.getName())
            .isTrue();
        constants.put(field.getName(), (String) field.get(null));
      }
    }
    constants.forEach(
        (name, code) -> {
          assertThat(name).isEqualTo(code.replace('-', '_'));
          assertThat(CATALOGUE.find(code)).as("%s is not in rules.jsonc", code).isPresent();
        });
    assertThat(constants.values())
        .as("codes of rules.jsonc without a RuleCodes constant")
        .containsExactlyInAnyOrderElementsOf(codes(CATALOGUE.rules()));
  }

  @Test
  void eachTopicHasOneGroupInTheOrderOfTheFile() {
    assertThat(RuleGroups.all())
        .extracting(RuleGroup::topic)
        .containsExactlyElementsOf(CATALOGUE.topics().stream().map(Topic::id).toList());
  }

  @Test
  void theGroupsGiveEveryRuleInCatalogueOrder() {
    List<Rule> rules = new ArrayList<>();
    for (RuleGroup group : RuleGroups.all()) {
      assertThat(group.rules()).allMatch(r -> r.topic().id().equals(group.topic()));
      rules.addAll(group.rules());
    }
    assertThat(rules).containsExactlyElementsOf(CATALOGUE.rules());
  }

  @Test
  void everyRuleIsCheckedByAClassOfItsGroup() {
    Set<Class<?>> resolving = new HashSet<>();
    for (RuleGroup group : RuleGroups.all()) {
      for (Rule rule : group.rules()) {
        Optional<Class<?>> checker = RuleGroups.checkedBy(rule.code());
        assertThat(checker).as("%s is resolved by no class", rule.code()).isPresent();
        assertThat(group.checks())
            .as("%s is resolved by %s, not a check of %s", rule.code(), checker.get(), group)
            .contains(checker.get());
        resolving.add(checker.get());
      }
      assertThat(resolving)
          .as("classes that %s lists in checks() but that resolve none of its rules", group)
          .containsAll(group.checks());
    }
  }

  @Test
  void chineseAndEnglishMessagesHaveTheSamePlaceholders() {
    Map<String, String> different = new TreeMap<>();
    for (Rule rule : CATALOGUE.rules()) {
      Set<String> zh = names(rule.message().zh());
      Set<String> en = names(rule.message().en());
      if (!zh.equals(en) || zh.stream().anyMatch(n -> n.endsWith("En"))) {
        different.put(rule.code(), zh + " / " + en);
      }
    }
    assertThat(different).isEmpty();
    assertThat(ReportAudit.placeholders(CATALOGUE.require("DEV-003")))
        .containsExactlyInAnyOrder("applicationDate", "months", "problem", "problemEn");
  }

  @Test
  void codesAndTopicsAreWellFormed() {
    for (Rule rule : CATALOGUE.rules()) {
      assertThat(rule.code()).matches("[A-Z]+(-[A-Z0-9]+)+");
      assertThat(rule.statement().zh()).doesNotContain("{");
      assertThat(rule.statement().en()).doesNotContain("{");
    }
    assertThat(CATALOGUE.topics()).extracting(Topic::id).doesNotHaveDuplicates();
  }

  /** The placeholders of a template, {@code nameEn} counted as {@code name}. */
  private static Set<String> names(String template) {
    Set<String> names = new TreeSet<>();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\\{([A-Za-z]+)}").matcher(template);
    while (m.find()) {
      String name = m.group(1);
      names.add(name.endsWith("En") ? name.substring(0, name.length() - 2) : name);
    }
    return names;
  }

  private static Set<String> codes(List<Rule> rules) {
    return rules.stream().map(Rule::code).collect(Collectors.toCollection(TreeSet::new));
  }
}
