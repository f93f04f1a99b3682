package org.dangjian.validation.rule;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangjian.core.record.RecordKind;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;

/**
 * Reads the catalogue file ({@code rules.jsonc}, whose header comment specifies the format): JSON
 * with comments, parsed with Jackson's streaming parser into a small tree that keeps the line of
 * every object, then turned into topics and rules. Every mistake (a duplicate, unknown or missing
 * key, a value of the wrong kind, an unknown document or enum constant, a rule that {@link
 * Rule#check()} rejects) is an {@link IllegalStateException} naming the file, the line and the
 * rule.
 */
final class CatalogueReader {

  /** The value of {@code "record"} for rules whose issues concern the dataset as a whole. */
  static final String DATASET = "DATASET";

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private static final Set<String> RULE_KEYS =
      Set.of(
          "code",
          "severity",
          "confidence",
          "scope",
          "record",
          "citation",
          "statement",
          "message",
          "note");

  private final String source;

  private CatalogueReader(String source) {
    this.source = source;
  }

  /** Reads the catalogue in {@code in}, naming it {@code source} in errors; does not close it. */
  static RuleCatalogue read(InputStream in, String source) {
    CatalogueReader reader = new CatalogueReader(source);
    Node root;
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw reader.error(line(p), "", "the catalogue is one JSON object");
      }
      root = reader.object(p, "");
      if (p.nextToken() != null) {
        throw reader.error(line(p), "", "nothing may follow the catalogue object");
      }
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
      throw new IllegalStateException(source + ", line " + line + ": " + e.getOriginalMessage(), e);
    }
    return reader.catalogue(root);
  }

  private RuleCatalogue catalogue(Node root) {
    root.keys(Set.of("version", "documents", "topics"), Set.of());
    Object version = root.values.get("version");
    if (!Long.valueOf(1).equals(version)) {
      throw error(root.line, "", "\"version\" must be 1, the only version of the format");
    }
    Node documentsNode = root.node("documents");
    Map<String, String> documents = new LinkedHashMap<>();
    for (String key : documentsNode.values.keySet()) {
      String title = documentsNode.text(key);
      if (title.isBlank()) {
        throw error(documentsNode.line, "", "the document \"" + key + "\" has no title");
      }
      documents.put(key, title);
    }
    List<Topic> topics = new ArrayList<>();
    List<Rule> rules = new ArrayList<>();
    for (Node topicNode : root.nodes("topics")) {
      topicNode.keys(Set.of("id", "title", "rules"), Set.of());
      Topic topic;
      try {
        topic = new Topic(topicNode.text("id"), localized(topicNode.node("title")));
      } catch (IllegalArgumentException e) {
        throw error(topicNode.line, topicNode.context, e.getMessage());
      }
      topics.add(topic);
      for (Node ruleNode : topicNode.nodes("rules")) {
        rules.add(rule(ruleNode, topic, documents));
      }
    }
    try {
      return new RuleCatalogue(topics, rules);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(source + ": " + e.getMessage(), e);
    }
  }

  private Rule rule(Node node, Topic topic, Map<String, String> documents) {
    String code = node.text("code");
    node.context = "rule " + code;
    node.keys(RULE_KEYS, Set.of("note"));
    Node citation = node.node("citation");
    citation.keys(Set.of("document", "article"), Set.of());
    String document = documents.get(citation.text("document"));
    if (document == null) {
      throw error(
          citation.line,
          node.context,
          "no document \""
              + citation.text("document")
              + "\" in \"documents\"; there are "
              + documents.keySet());
    }
    ImmutableRule.Builder rule =
        Rule.builder()
            .code(code)
            .topic(topic)
            .severity(constant(Severity.class, node, "severity"))
            .confidence(constant(Confidence.class, node, "confidence"))
            .scope(constant(Scope.class, node, "scope"))
            .citation(new Citation(document, citation.text("article")))
            .statement(localized(node.node("statement")))
            .message(localized(node.node("message")));
    if (!node.text("record").equals(DATASET)) {
      rule.recordKind(constant(RecordKind.class, node, "record"));
    }
    if (node.values.containsKey("note")) {
      rule.note(localized(node.node("note")));
    }
    try {
      return rule.build();
    } catch (IllegalStateException e) {
      throw error(node.line, node.context, e.getMessage());
    }
  }

  private LocalizedText localized(Node node) {
    node.keys(Set.of("zh", "en"), Set.of());
    try {
      return new LocalizedText(node.text("zh"), node.text("en"));
    } catch (IllegalArgumentException e) {
      throw error(node.line, node.context, e.getMessage());
    }
  }

  private <E extends Enum<E>> E constant(Class<E> type, Node node, String key) {
    String name = node.text(key);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      names.add(constant.name());
    }
    if (type == RecordKind.class) {
      names.add(DATASET);
    }
    throw error(node.line, node.context, "\"" + key + "\" is " + name + ", not one of " + names);
  }

  private Node object(JsonParser p, String context) {
    Node node = new Node(line(p), context);
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      p.nextToken();
      node.values.put(name, value(p, context));
    }
    return node;
  }

  private Object value(JsonParser p, String context) {
    JsonToken token = p.currentToken();
    switch (token) {
      case START_OBJECT:
        return object(p, context);
      case START_ARRAY:
        List<Object> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          list.add(value(p, context));
        }
        return list;
      case VALUE_STRING:
        return p.getString();
      case VALUE_NUMBER_INT:
        return p.getLongValue();
      default:
        throw error(line(p), context, "unexpected " + token + "; values are texts and objects");
    }
  }

  private static int line(JsonParser p) {
    return p.currentTokenLocation().getLineNr();
  }

  private IllegalStateException error(int line, String context, String message) {
    return new IllegalStateException(
        source
            + ", line "
            + line
            + (context.isEmpty() ? "" : " (" + context + ")")
            + ": "
            + message);
  }

  /** A JSON object with the line it starts on and the rule it belongs to, for messages. */
  private final class Node {
    final int line;
    final Map<String, Object> values = new LinkedHashMap<>();
    String context;

    Node(int line, String context) {
      this.line = line;
      this.context = context;
    }

    /** Fails unless the keys are {@code allowed}, with all but {@code optional} present. */
    void keys(Set<String> allowed, Set<String> optional) {
      for (String key : values.keySet()) {
        if (!allowed.contains(key)) {
          throw error(
              line, context, "unknown key \"" + key + "\"; the keys are " + sorted(allowed));
        }
      }
      for (String key : allowed) {
        if (!optional.contains(key) && !values.containsKey(key)) {
          throw error(line, context, "the key \"" + key + "\" is missing");
        }
      }
    }

    String text(String key) {
      Object value = values.get(key);
      if (!(value instanceof String)) {
        throw error(line, context, "\"" + key + "\" must be a text");
      }
      return (String) value;
    }

    Node node(String key) {
      Object value = values.get(key);
      if (!(value instanceof Node)) {
        throw error(line, context, "\"" + key + "\" must be an object");
      }
      Node node = (Node) value;
      node.context = context;
      return node;
    }

    List<Node> nodes(String key) {
      Object value = values.get(key);
      if (!(value instanceof List<?>)) {
        throw error(line, context, "\"" + key + "\" must be a list of objects");
      }
      List<Node> nodes = new ArrayList<>();
      for (Object element : (List<?>) value) {
        if (!(element instanceof Node)) {
          throw error(line, context, "\"" + key + "\" must be a list of objects");
        }
        nodes.add((Node) element);
      }
      return nodes;
    }

    private List<String> sorted(Set<String> keys) {
      return keys.stream().sorted().toList();
    }
  }
}
