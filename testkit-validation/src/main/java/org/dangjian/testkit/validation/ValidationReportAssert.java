package org.dangjian.testkit.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;
import org.dangjian.core.id.PersonalNumbers;
import org.dangjian.validation.report.ImmutableValidationReport;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.report.ReportFormat;
import org.dangjian.validation.report.ValidationReport;
import org.dangjian.validation.rule.Severity;

/**
 * Assertions on a {@link ValidationReport}: no errors, exactly these issues, only these rules, and
 * a chain that finds one issue by rule code, record id and field ({@code
 * hasIssue("DEV-010").at("mem-0004").field("development.training")}). Every failure message ends
 * with the report rendered as the text report renders it (at most {@value #SHOWN} issues), so
 * resident ID and mobile numbers appear only masked; the message is also scrubbed with {@link
 * PersonalNumbers#scrub} in case a caller built a report by hand. The class is public, not final
 * and has a public constructor so that AssertJ's soft assertions can proxy it (see {@link
 * ReportSoftAssertions}).
 */
public class ValidationReportAssert
    extends AbstractAssert<ValidationReportAssert, ValidationReport> {

  /** The most issues a failure message lists; the rest are counted. */
  static final int SHOWN = 20;

  /** The issues the current {@code hasIssue(...).at(...).field(...)} chain has narrowed to. */
  private List<Issue> selected;

  /** A description of the current chain, for example {@code DEV-010 at mem-0004}. */
  private String selection = "";

  /** True when a step of the current chain failed, so the later steps stay silent. */
  private boolean chainFailed;

  /** Starts an assertion on {@code actual}; prefer {@link ReportAssertions#assertThat}. */
  public ValidationReportAssert(ValidationReport actual) {
    super(actual, ValidationReportAssert.class);
  }

  /** Verifies that no issue of the report is an ERROR (warnings and infos are allowed). */
  public ValidationReportAssert hasNoErrors() {
    isNotNull();
    if (actual.count(Severity.ERROR) > 0) {
      fail("Expected no errors but the report has " + actual.count(Severity.ERROR));
    }
    return this;
  }

  /** Verifies that the report has no issue of any severity. */
  public ValidationReportAssert hasNoIssues() {
    isNotNull();
    long total = actual.issues().size() + actual.omittedIssues();
    if (total > 0) {
      fail("Expected no issues but the report has " + total);
    }
    return this;
  }

  /**
   * Verifies that the report holds exactly the {@code expected} issues, in any order: each entry is
   * a rule code ({@code "DEV-010"}) or a code and a record id ({@code "DEV-010@mem-0004"}), or a
   * code and nothing after the {@code @} for an issue of the whole dataset, which names no record
   * ({@code "LIFE-NO-ACTIVITIES@"}, what {@code ruleId() + "@" + recordId()} gives for a mutation
   * of the dataset as a whole); every issue of the report must match exactly one entry. A report
   * that kept fewer issues than it found (a capped report) fails, since what it omitted cannot be
   * compared.
   */
  public ValidationReportAssert hasExactly(String... expected) {
    isNotNull();
    List<String> wanted = new ArrayList<>(Arrays.asList(expected));
    List<Issue> unexpected = new ArrayList<>();
    // Entries with a record id are matched before bare codes, so a bare code cannot take the issue
    // that a more precise entry names.
    List<Issue> pending = new ArrayList<>();
    for (Issue issue : actual.issues()) {
      boolean ofDataset = issue.location().recordId().isEmpty();
      if (!wanted.remove(key(issue, true)) && !(ofDataset && wanted.remove(issue.code() + "@"))) {
        pending.add(issue);
      }
    }
    for (Issue issue : pending) {
      if (!wanted.remove(issue.code())) {
        unexpected.add(issue);
      }
    }
    if (!wanted.isEmpty() || !unexpected.isEmpty() || actual.omittedIssues() > 0) {
      List<String> found = actual.issues().stream().map(i -> key(i, true)).toList();
      fail(
          "Expected exactly "
              + Arrays.asList(expected)
              + " but found "
              + found
              + (wanted.isEmpty() ? "" : "; missing " + wanted)
              + (unexpected.isEmpty()
                  ? ""
                  : "; unexpected " + unexpected.stream().map(i -> key(i, true)).toList())
              + (actual.omittedIssues() > 0
                  ? "; the report omitted " + actual.omittedIssues() + " issues"
                  : ""));
    }
    return this;
  }

  /**
   * Verifies that every issue of the report, omitted ones included, is of one of the rules {@code
   * codes}.
   */
  public ValidationReportAssert onlyRules(String... codes) {
    isNotNull();
    Set<String> allowed = Set.of(codes);
    Set<String> others = new TreeSet<>();
    actual.tallies().stream()
        .map(t -> t.code())
        .filter(c -> !allowed.contains(c))
        .forEach(others::add);
    actual.issues().stream()
        .map(Issue::code)
        .filter(c -> !allowed.contains(c))
        .forEach(others::add);
    if (!others.isEmpty()) {
      fail("Expected only rules " + new TreeSet<>(allowed) + " but the report also has " + others);
    }
    return this;
  }

  /**
   * Verifies that the report has at least one issue of the rule {@code code}, and starts a chain
   * that {@link #at(String)}, {@link #field(String)} and {@link #withSeverity(Severity)} narrow.
   */
  public ValidationReportAssert hasIssue(String code) {
    isNotNull();
    selected = actual.issues();
    selection = "";
    chainFailed = false;
    return narrow(i -> i.code().equals(code), code);
  }

  /**
   * Narrows the chain of {@link #hasIssue} to issues of the record {@code recordId}; an empty id
   * narrows to issues of the whole dataset, which name no record.
   */
  public ValidationReportAssert at(String recordId) {
    if (recordId.isEmpty()) {
      return narrow(i -> i.location().recordId().isEmpty(), "of the whole dataset");
    }
    return narrow(
        i -> i.location().recordId().filter(recordId::equals).isPresent(), "at " + recordId);
  }

  /** Narrows the chain of {@link #hasIssue} to issues of the field path {@code fieldPath}. */
  public ValidationReportAssert field(String fieldPath) {
    return narrow(
        i -> i.location().fieldPath().filter(fieldPath::equals).isPresent(), "field " + fieldPath);
  }

  /** Narrows the chain of {@link #hasIssue} to issues of {@code severity}. */
  public ValidationReportAssert withSeverity(Severity severity) {
    return narrow(i -> i.severity() == severity, "severity " + severity);
  }

  private ValidationReportAssert narrow(Predicate<Issue> condition, String step) {
    isNotNull();
    if (selected == null) {
      throw new IllegalStateException("call hasIssue(code) before narrowing with " + step);
    }
    if (chainFailed) {
      return this;
    }
    String before = selection;
    selection = selection.isEmpty() ? step : selection + " " + step;
    List<Issue> narrowed = selected.stream().filter(condition).toList();
    if (narrowed.isEmpty()) {
      chainFailed = true;
      String candidates =
          before.isEmpty()
              ? ""
              : "; the issues " + before + " are " + selected.stream().map(this::where).toList();
      fail("Expected an issue " + selection + " but found none" + candidates);
    }
    selected = narrowed;
    return this;
  }

  private String where(Issue issue) {
    return key(issue, true) + issue.location().fieldPath().map(f -> " " + f).orElse("");
  }

  private static String key(Issue issue, boolean withRecord) {
    Optional<String> id = issue.location().recordId();
    return withRecord && id.isPresent() ? issue.code() + "@" + id.get() : issue.code();
  }

  /** Fails with {@code message} followed by the report as text, personal numbers masked. */
  private void fail(String message) {
    failWithMessage("%s", PersonalNumbers.scrub(message + "\n" + rendered()));
  }

  /** The report as the text report renders it, cut to {@value #SHOWN} issues. */
  private String rendered() {
    ValidationReport shown = actual;
    if (actual.issues().size() > SHOWN) {
      shown =
          ImmutableValidationReport.copyOf(actual)
              .withIssues(actual.issues().subList(0, SHOWN))
              .withOmittedIssues(actual.omittedIssues() + actual.issues().size() - SHOWN);
    }
    return "The report:\n" + shown.render(ReportFormat.TEXT, Locale.ENGLISH);
  }
}
