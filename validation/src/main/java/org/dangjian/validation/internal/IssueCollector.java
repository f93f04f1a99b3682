package org.dangjian.validation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.dangjian.core.record.Location;
import org.dangjian.validation.ValidationSettings;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.report.RuleTally;
import org.dangjian.validation.rule.Rule;
import org.dangjian.validation.rule.Severity;

/**
 * Collects the issues of one run: resolves each rule's severity through the settings (dropping
 * disabled rules), counts every issue per rule, keeps issues up to the settings' cap, and sorts
 * them into report order at the end.
 */
final class IssueCollector {

  /** Report order: record type, record index, field, code, message; dataset-wide issues last. */
  static final Comparator<Issue> ORDER =
      Comparator.<Issue>comparingInt(i -> typeRank(i.location()))
          .thenComparingLong(i -> orMax(i.location().recordIndex()))
          .thenComparing(i -> i.location().recordId().orElse(""))
          .thenComparingInt(i -> orMax(i.location().line()))
          .thenComparingInt(i -> orMax(i.location().row()))
          .thenComparing(i -> i.location().fieldPath().orElse(""))
          .thenComparing(Issue::code)
          .thenComparing(i -> i.value().orElse(""))
          .thenComparing(i -> i.arguments().toString());

  private final ValidationSettings settings;
  private final Map<Rule, Optional<Severity>> severities = new HashMap<>();
  private final Map<String, long[]> counts = new HashMap<>();
  private final Map<String, Severity> countSeverity = new HashMap<>();
  private final List<Issue> kept = new ArrayList<>();
  private long omitted;
  private long errors;

  IssueCollector(ValidationSettings settings) {
    this.settings = settings;
  }

  /** True when the settings keep {@code rule} switched on. */
  boolean isEnabled(Rule rule) {
    return severity(rule).isPresent();
  }

  /** The ERROR issues reported so far, kept or not. */
  long errorCount() {
    return errors;
  }

  void report(Rule rule, Location location, String value, Map<String, String> arguments) {
    ReportAudit.report(rule, value, arguments);
    Optional<Severity> severity = severity(rule);
    if (severity.isEmpty()) {
      return;
    }
    counts.computeIfAbsent(rule.code(), c -> new long[1])[0]++;
    countSeverity.put(rule.code(), severity.get());
    if (severity.get() == Severity.ERROR) {
      errors++;
    }
    if (kept.size() >= settings.maxIssues()) {
      omitted++;
      return;
    }
    kept.add(
        Issue.builder()
            .rule(rule)
            .severity(severity.get())
            .location(location)
            .value(Optional.ofNullable(value))
            .putAllArguments(withValue(arguments, value))
            .build());
  }

  private static Map<String, String> withValue(Map<String, String> arguments, String value) {
    if (value == null || arguments.containsKey("value")) {
      return arguments;
    }
    Map<String, String> all = new LinkedHashMap<>(arguments);
    all.put("value", value);
    return all;
  }

  private Optional<Severity> severity(Rule rule) {
    return severities.computeIfAbsent(rule, settings::severityOf);
  }

  List<Issue> sortedIssues() {
    List<Issue> sorted = new ArrayList<>(kept);
    sorted.sort(ORDER);
    return sorted;
  }

  List<RuleTally> tallies() {
    List<RuleTally> tallies = new ArrayList<>();
    counts.forEach((code, n) -> tallies.add(new RuleTally(code, countSeverity.get(code), n[0])));
    tallies.sort(
        Comparator.comparingInt((RuleTally t) -> t.severity().ordinal())
            .thenComparing(RuleTally::code));
    return tallies;
  }

  long omitted() {
    return omitted;
  }

  private static int typeRank(Location location) {
    return location.recordKind().map(Enum::ordinal).orElse(Integer.MAX_VALUE);
  }

  private static long orMax(OptionalLong value) {
    return value.orElse(Long.MAX_VALUE);
  }

  private static int orMax(OptionalInt value) {
    return value.orElse(Integer.MAX_VALUE);
  }
}
