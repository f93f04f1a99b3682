package org.dangjian.validation.rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of all rules the SDK checks, grouped by {@link Topic} in a fixed order. It is the
 * one place a user looks up a rule's meaning from the code in a report, and the source of {@code
 * docs/rules.md}. The standard catalogue is read once from the resource {@code rules.jsonc} next to
 * this class (JSON with comments; its header specifies the format and how to add a rule) and
 * shared; a malformed file stops the class from loading, with the line of the mistake.
 */
public final class RuleCatalogue {

  /** The catalogue file, a resource of this package. */
  static final String RESOURCE = "rules.jsonc";

  private static final RuleCatalogue STANDARD = load();

  private final List<Topic> topics;
  private final List<Rule> rules;
  private final Map<String, Rule> byCode;
  private final Map<String, List<Rule>> byTopic;

  RuleCatalogue(List<Topic> topics, List<Rule> rules) {
    Map<String, List<Rule>> grouped = new LinkedHashMap<>();
    for (Topic topic : topics) {
      if (grouped.put(topic.id(), new ArrayList<>()) != null) {
        throw new IllegalArgumentException("two topics with the id " + topic.id());
      }
    }
    Map<String, Rule> map = new LinkedHashMap<>();
    for (Rule rule : rules) {
      if (map.putIfAbsent(rule.code(), rule) != null) {
        throw new IllegalArgumentException("two rules with the code " + rule.code());
      }
      List<Rule> ofTopic = grouped.get(rule.topic().id());
      if (ofTopic == null || !topics.contains(rule.topic())) {
        throw new IllegalArgumentException(rule.code() + ": unknown topic " + rule.topic().id());
      }
      ofTopic.add(rule);
    }
    List<Rule> ordered = new ArrayList<>();
    Map<String, List<Rule>> byTopic = new LinkedHashMap<>();
    grouped.forEach(
        (id, ofTopic) -> {
          ordered.addAll(ofTopic);
          byTopic.put(id, List.copyOf(ofTopic));
        });
    this.topics = List.copyOf(topics);
    this.rules = List.copyOf(ordered);
    this.byCode = Collections.unmodifiableMap(map);
    this.byTopic = Collections.unmodifiableMap(byTopic);
  }

  private static RuleCatalogue load() {
    try (InputStream in = RuleCatalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the resource " + RESOURCE + " is missing");
      }
      return CatalogueReader.read(in, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The catalogue of every rule the SDK checks. */
  public static RuleCatalogue defaults() {
    return STANDARD;
  }

  /** All rules, in catalogue order: topic by topic. */
  public List<Rule> rules() {
    return rules;
  }

  /** The topics, in catalogue order. */
  public List<Topic> topics() {
    return topics;
  }

  /**
   * The rules of the topic with this id, in catalogue order.
   *
   * @throws IllegalArgumentException when the catalogue has no such topic
   */
  public List<Rule> rulesOf(String topicId) {
    List<Rule> ofTopic = byTopic.get(topicId);
    if (ofTopic == null) {
      throw new IllegalArgumentException(
          "no topic with the id " + topicId + "; the topics are " + byTopic.keySet());
    }
    return ofTopic;
  }

  /** The rule with this code, if there is one. */
  public Optional<Rule> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * The rule with this code.
   *
   * @throws IllegalArgumentException when the catalogue has no such rule; the message suggests the
   *     nearest code
   */
  public Rule require(String code) {
    Rule rule = byCode.get(code);
    if (rule == null) {
      throw new IllegalArgumentException(
          "no rule with the code "
              + code
              + nearest(code).map(r -> "; did you mean " + r.code() + "?").orElse(""));
    }
    return rule;
  }

  /**
   * The rule whose code is nearest to {@code code}, for suggesting what a person meant: by
   * Damerau-Levenshtein distance, ignoring case, with {@code O} and {@code 0}, {@code I} and {@code
   * 1}, {@code _} and {@code -} counting as half an edit; the first in catalogue order on a tie.
   * Empty when no code is within three edits, or within half the length of {@code code}.
   */
  public Optional<Rule> nearest(String code) {
    int limit = Math.min(3 * CodeDistance.EDIT, Math.max(code.length(), 1));
    Rule best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Rule rule : rules) {
      int distance = CodeDistance.between(code, rule.code());
      if (distance < bestDistance) {
        best = rule;
        bestDistance = distance;
      }
    }
    return bestDistance <= limit ? Optional.ofNullable(best) : Optional.empty();
  }
}
