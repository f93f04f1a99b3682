package org.dangjian.io.bulletin.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dangjian.core.bulletin.PriorityItem;

/**
 * Reads a priority line ({@code ◇} stripped): the text of the task and, when the line ends in
 * {@code （责任单位：A、B）} (also {@code 责任部门}, {@code 牵头单位}, round brackets of either width, or the same
 * after a comma or semicolon without brackets), the responsible organizations split on {@code
 * 、，,；;} and white space, with the clause removed from the text.
 */
final class Priorities {

  private static final String KEY = "(?:责任单位|责任部门|牵头单位|责任主体)\\s*[：:]";
  private static final Pattern BRACKETED =
      Pattern.compile("[（(]\\s*" + KEY + "\\s*([^（）()]+?)\\s*[）)]\\s*[。；;]?$");
  private static final Pattern AFTER_COMMA =
      Pattern.compile("[，,；;。]\\s*" + KEY + "\\s*([^（）()]+?)\\s*[。；;]?$");

  private Priorities() {}

  /** True when the line is complete: it ends a sentence or a responsibility clause. */
  static boolean complete(Para line) {
    return line.complete() || BRACKETED.matcher(line.text()).find();
  }

  /** The priority item of a line. */
  static PriorityItem item(Para line) {
    String text = line.text();
    for (Pattern pattern : List.of(BRACKETED, AFTER_COMMA)) {
      Matcher m = pattern.matcher(text);
      if (m.find() && m.start() > 0) {
        String task = Texts.strip(text.substring(0, m.start()));
        List<String> organizations = new ArrayList<>();
        for (String name : m.group(1).split("[、，,；;\\s\\u3000]+")) {
          if (!name.isEmpty()) {
            organizations.add(name);
          }
        }
        if (!task.isEmpty() && !organizations.isEmpty()) {
          return PriorityItem.builder()
              .text(task)
              .addAllResponsibleOrganizations(organizations)
              .build();
        }
      }
    }
    return PriorityItem.builder().text(text).build();
  }
}
