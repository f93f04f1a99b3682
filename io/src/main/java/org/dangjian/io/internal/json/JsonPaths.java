package org.dangjian.io.internal.json;

import java.util.ArrayDeque;
import java.util.Deque;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;

/**
 * Where the parser is, in the two spellings of a report location: the JSON pointer from the root of
 * the parsed text ({@code /members/0/development/steps/2/date}) and the field path in domain names
 * from the top of the record ({@code development.steps[2].date}).
 */
final class JsonPaths {

  private JsonPaths() {}

  /** The JSON pointer of the current value or property. */
  static String pointer(JsonParser parser) {
    return parser.streamReadContext().pathAsPointer().toString();
  }

  /**
   * The field path of the current value or property, from {@code root} (the context of the record's
   * object) down; empty at the record itself.
   */
  static String fieldPath(JsonParser parser, TokenStreamContext root) {
    Deque<String> segments = new ArrayDeque<>();
    for (TokenStreamContext context = parser.streamReadContext();
        context != null;
        context = context.getParent()) {
      if (context.inObject() && context.currentName() != null) {
        segments.push("." + context.currentName());
      } else if (context.inArray() && context.hasCurrentIndex()) {
        segments.push("[" + context.getCurrentIndex() + "]");
      }
      if (context == root) {
        break;
      }
    }
    String path = String.join("", segments);
    return path.startsWith(".") ? path.substring(1) : path;
  }

  /** {@code parent} and {@code name} joined: {@code development.training} and {@code days}. */
  static String child(String parent, String name) {
    return parent.isEmpty() ? name : parent + "." + name;
  }
}
