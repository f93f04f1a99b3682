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
import java.util.concurrent.ConcurrentHashMap;
import org.dangjian.core.id.PersonalNumbers;
import org.dangjian.core.record.ImmutableLocation;
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

  /** Read by the record checks of every worker thread of a parallel run: concurrent. */
  private final Map<Rule, Optional<Severity>> severities = new ConcurrentHashMap<>();

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
    if (count(rule, severity.get())) {
      kept.add(issue(rule, severity.get(), location, value, arguments));
    }
  }

  /**
   * The issue a report becomes, or null when its rule is off: the part of {@link #report} that
   * depends on nothing but the report and the settings, so that it can run on any thread; {@link
   * #accept} then counts and keeps it in the caller's order.
   */
  Issue prepare(Rule rule, Location location, String value, Map<String, String> arguments) {
    ReportAudit.report(rule, value, arguments);
    Optional<Severity> severity = severity(rule);
    return severity.isEmpty() ? null : issue(rule, severity.get(), location, value, arguments);
  }

  /** Counts and keeps an issue made by {@link #prepare}, exactly as {@link #report} would. */
  void accept(Issue issue) {
    if (count(issue.rule(), issue.severity())) {
      kept.add(issue);
    }
  }

  /** Counts a report of {@code rule}; true when the issue is kept, false beyond the cap. */
  private boolean count(Rule rule, Severity severity) {
    counts.computeIfAbsent(rule.code(), c -> new long[1])[0]++;
    countSeverity.put(rule.code(), severity);
    if (severity == Severity.ERROR) {
      errors++;
    }
    if (kept.size() >= settings.maxIssues()) {
      omitted++;
      return false;
    }
    return true;
  }

  private static Issue issue(
      Rule rule,
      Severity severity,
      Location location,
      String value,
      Map<String, String> arguments) {
    String scrubbed = PersonalNumbers.scrub(value);
    return Issue.builder()
        .rule(rule)
        .severity(severity)
        .location(scrub(location))
        .value(Optional.ofNullable(scrubbed))
        .putAllArguments(scrub(withValue(arguments, scrubbed)))
        .build();
  }

  /**
   * The one place every issue passes: whatever a check or a reader put in an issue, a resident ID
   * or mobile number in its value, arguments or location is masked here (issue 12), so that no
   * report prints one in full.
   */
  private static Map<String, String> scrub(Map<String, String> arguments) {
    Map<String, String> scrubbed = null;
    for (Map.Entry<String, String> e : arguments.entrySet()) {
      String value = PersonalNumbers.scrub(e.getValue());
      if (value != null && !value.equals(e.getValue())) {
        if (scrubbed == null) {
          scrubbed = new LinkedHashMap<>(arguments);
        }
        scrubbed.put(e.getKey(), value);
      }
    }
    return scrubbed == null ? arguments : scrubbed;
  }

  private static Location scrub(Location location) {
    ImmutableLocation scrubbed = ImmutableLocation.copyOf(location);
    scrubbed = scrubbed.withSource(scrub(location.source()));
    scrubbed = scrubbed.withRecordId(scrub(location.recordId()));
    scrubbed = scrubbed.withSheet(scrub(location.sheet()));
    scrubbed = scrubbed.withCell(scrub(location.cell()));
    scrubbed = scrubbed.withJsonPointer(scrub(location.jsonPointer()));
    return scrubbed.withFieldPath(scrub(location.fieldPath()));
  }

  private static Optional<String> scrub(Optional<String> part) {
    return part.map(PersonalNumbers::scrub);
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
