package org.dangjian.validation.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dangjian.core.id.PersonalNumbers;
import org.dangjian.core.record.RecordKind;
import org.dangjian.validation.rule.Severity;
import org.immutables.value.Value;

/**
 * The outcome of validating a source: the {@link #issues()} in a deterministic order (by record
 * type, record index, field and rule code, dataset-wide issues last), a {@link #tallies() summary
 * by rule}, the number of records checked per type, and whether it {@link #isSuccessful() passed}:
 * a report is successful when it holds no ERROR. The same input and settings always give an equal
 * report and byte-identical renderings. When the settings cap the number of issues kept, the
 * tallies still count every issue and {@link #omittedIssues()} says how many were not kept.
 */
@Value.Immutable
public interface ValidationReport {

  /** The source label, for example the file name. */
  String source();

  /** The reference date the data was validated as of. */
  LocalDate asOf();

  /** The name of the profile the report was made with. */
  String profile();

  /** The issues kept, in report order. */
  List<Issue> issues();

  /** Issue counts by rule, ordered by severity then code. */
  List<RuleTally> tallies();

  /** The number of records checked, by type. */
  Map<RecordKind, Long> recordCounts();

  /** How many issues were found beyond the cap and not kept. */
  /**
   * What the readers did with the input, when the report came from an import: records read,
   * accepted and rejected; empty when records were handed to the validator directly.
   */
  Optional<InputSummary> input();

  @Value.Default
  default long omittedIssues() {
    return 0;
  }

  /** True when no issue is an ERROR. */
  default boolean isSuccessful() {
    return count(Severity.ERROR) == 0;
  }

  /** The number of issues of a severity, counting omitted ones. */
  default long count(Severity severity) {
    return tallies().stream()
        .filter(t -> t.severity() == severity)
        .mapToLong(RuleTally::count)
        .sum();
  }

  /** The issues kept of one rule. */
  default List<Issue> issuesOf(String code) {
    return issues().stream().filter(i -> i.code().equals(code)).toList();
  }

  /** The tally of one rule, if it raised any issue. */
  default Optional<RuleTally> tally(String code) {
    return tallies().stream().filter(t -> t.code().equals(code)).findFirst();
  }

  /** Writes the report in {@code format}, with messages in {@code locale}. */
  default void write(ReportFormat format, Locale locale, Writer out) throws IOException {
    format.write(this, locale, out);
  }

  /** The report in {@code format}, with messages in {@code locale}. */
  default String render(ReportFormat format, Locale locale) {
    StringWriter out = new StringWriter();
    try {
      write(format, locale, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * A one-line summary in English, for logs: {@code members.csv as of 2024-01-31: failed, 1 error,
   * 1,024 warnings, 0 infos} (counts grouped by thousands, as in every report and summary line); a
   * resident ID or mobile number in the source name is masked ({@link PersonalNumbers#scrub}).
   */
  default String summary() {
    return String.format(
        Locale.ROOT,
        "%s as of %s: %s, %s, %s, %s",
        PersonalNumbers.scrub(source()),
        asOf(),
        isSuccessful() ? "successful" : "failed",
        counted(count(Severity.ERROR), "error"),
        counted(count(Severity.WARNING), "warning"),
        counted(count(Severity.INFO), "info"));
  }

  private static String counted(long n, String noun) {
    return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
  }

  /** Starts a builder. */
  static ImmutableValidationReport.Builder builder() {
    return ImmutableValidationReport.builder();
  }
}
