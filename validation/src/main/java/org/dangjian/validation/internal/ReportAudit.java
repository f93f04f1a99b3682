package org.dangjian.validation.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dangjian.validation.rule.Rule;
import org.dangjian.validation.rule.RuleCatalogue;

/**
 * What tests learn from every report a check makes, before settings filter it. When strict (the
 * system property {@value #PROPERTY} is {@code true}, as in the validation module's tests, or
 * {@link #setStrict} was called), a report fails with an {@link IllegalStateException} unless its
 * rule is the catalogue's own and its argument names are exactly the placeholders of the rule's
 * Chinese and English messages: {@code value} may stand for the offending value, which the report
 * carries anyway, and a few checks add data for programs that read {@code Issue.arguments()} (see
 * {@link #EXTRA}). Listeners ({@link #listen}) hear the rule of every report, so a test can tell
 * which rules a piece of code reports. Off and unheard, it costs two volatile reads per issue.
 */
public final class ReportAudit {

  /** The system property that makes reports strict from the start. */
  public static final String PROPERTY = "dangjian.validation.audit";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

  private static final List<Consumer<Rule>> LISTENERS = new CopyOnWriteArrayList<>();

  private static final Map<String, Set<String>> PLACEHOLDERS = new ConcurrentHashMap<>();

  /** Any name: the field rules pass on the attributes of whatever constraint failed. */
  private static final String ANY = "*";

  /**
   * Arguments that some issues carry beyond their messages' placeholders, by rule: data for
   * programs, kept as it was when the catalogue became a file. The field rules carry the failed
   * constraint's attributes ({@code @Min(value)} as {@code limit}); identifier rules whose message
   * does not say the problem still name it; ID-DUPLICATE gives the index of the first holder;
   * DEV-015 the months of its time limit. A new rule should need no entry here.
   */
  static final Map<String, Set<String>> EXTRA =
      Map.of(
          "FIELD-RANGE", Set.of("limit", "inclusive", "integer", "fraction"),
          "FIELD-FORMAT", Set.of("regexp", "flags"),
          "FIELD-INVALID", Set.of(ANY),
          "ID-CHECKSUM", Set.of("problem", "problemEn"),
          "ID-REGION", Set.of("problem", "problemEn"),
          "USCC-CHECKSUM", Set.of("problem", "problemEn"),
          "ID-DUPLICATE", Set.of("firstIndex"),
          "DEV-015", Set.of("months"),
          "DEV-015-NORMAL", Set.of("months"));

  private static volatile boolean strict = Boolean.getBoolean(PROPERTY);

  private ReportAudit() {}

  /** True when reports are checked. */
  public static boolean isStrict() {
    return strict;
  }

  /** Switches the checking of reports on or off. */
  public static void setStrict(boolean on) {
    strict = on;
  }

  /** Lets {@code listener} hear the rule of every report until the returned handle is closed. */
  public static Listening listen(Consumer<Rule> listener) {
    LISTENERS.add(listener);
    return () -> LISTENERS.remove(listener);
  }

  /** The placeholders of both messages of {@code rule}, sorted. */
  public static Set<String> placeholders(Rule rule) {
    return PLACEHOLDERS.computeIfAbsent(
        rule.code(),
        code -> {
          Set<String> names = new TreeSet<>();
          for (String template : List.of(rule.message().zh(), rule.message().en())) {
            Matcher m = PLACEHOLDER.matcher(template);
            while (m.find()) {
              names.add(m.group(1));
            }
          }
          return Set.copyOf(names);
        });
  }

  /** Called by the collector for every report, before the settings filter it. */
  static void report(Rule rule, String value, Map<String, String> arguments) {
    for (Consumer<Rule> listener : LISTENERS) {
      listener.accept(rule);
    }
    if (!strict) {
      return;
    }
    if (RuleCatalogue.defaults().find(rule.code()).orElse(null) != rule) {
      throw new IllegalStateException(
          rule.code() + " is reported with a rule not from rules.jsonc");
    }
    Set<String> expected = placeholders(rule);
    Set<String> supplied = new TreeSet<>(arguments.keySet());
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(supplied);
    if (value != null) {
      missing.remove("value");
    }
    Set<String> unused = new TreeSet<>(supplied);
    unused.removeAll(expected);
    unused.remove("value");
    // The Chinese variant of a placeholder's argument (LocalizedText.render): detailZh for
    // {detail}.
    unused.removeIf(
        name -> name.endsWith("Zh") && expected.contains(name.substring(0, name.length() - 2)));
    Set<String> extra = EXTRA.getOrDefault(rule.code(), Set.of());
    if (extra.contains(ANY)) {
      unused.clear();
    }
    unused.removeAll(extra);
    if (!missing.isEmpty() || !unused.isEmpty()) {
      throw new IllegalStateException(
          rule.code()
              + " is reported with the arguments "
              + supplied
              + " but its messages have the placeholders "
              + expected
              + (missing.isEmpty() ? "" : "; missing " + missing)
              + (unused.isEmpty() ? "" : "; not in the messages " + unused));
    }
  }

  /** A listener's registration; closing it stops the listener. */
  @FunctionalInterface
  public interface Listening extends AutoCloseable {
    @Override
    void close();
  }
}
