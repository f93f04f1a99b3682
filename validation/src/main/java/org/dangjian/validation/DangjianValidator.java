package org.dangjian.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.Member;
import org.dangjian.validation.internal.Run;
import org.dangjian.validation.internal.rules.RuleGroups;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.report.ValidationReport;
import org.dangjian.validation.rule.RuleCatalogue;

/**
 * The entry point of validation: built once from {@link ValidationSettings} and safe to share
 * between threads, it validates a whole {@link Dataset} ({@link #validate}) or starts a streaming
 * {@link ValidationRun} ({@link #newRun}) for records read one by one. Every check takes a
 * reference date ({@code asOf}): "overdue", "within the last year" and "probation ended" are judged
 * as of that date, never the system clock, so the same input always gives the same report.
 *
 * <pre>{@code
 * DangjianValidator validator = DangjianValidator.defaults();
 * ValidationReport report = validator.validate(dataset, LocalDate.of(2024, 1, 31));
 * if (!report.isSuccessful()) {
 *   System.out.println(report.render(ReportFormat.TEXT, Locale.CHINA));
 * }
 * }</pre>
 */
public final class DangjianValidator {

  private final ValidationSettings settings;

  private DangjianValidator(ValidationSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** A validator with the national defaults. */
  public static DangjianValidator defaults() {
    return new DangjianValidator(ValidationSettings.defaults());
  }

  /** A validator with {@code settings}. */
  public static DangjianValidator of(ValidationSettings settings) {
    return new DangjianValidator(settings);
  }

  /** The settings. */
  public ValidationSettings settings() {
    return settings;
  }

  /** The catalogue of the rules this validator knows. */
  public RuleCatalogue catalogue() {
    return RuleCatalogue.defaults();
  }

  /** Starts a streaming run over the records of {@code source} as of {@code asOf}. */
  public ValidationRun newRun(String source, LocalDate asOf) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(asOf, "asOf");
    return new ValidationRun(new Run(RuleGroups.all(), source, asOf, settings));
  }

  /** Validates every record of {@code dataset} as of {@code asOf}; the source is "dataset". */
  public ValidationReport validate(Dataset dataset, LocalDate asOf) {
    return validate(dataset, asOf, "dataset");
  }

  /** Validates every record of {@code dataset} as of {@code asOf}, naming the source. */
  public ValidationReport validate(Dataset dataset, LocalDate asOf, String source) {
    ValidationRun run = newRun(source, asOf);
    dataset.accept(run);
    return run.finish();
  }

  /**
   * The field and record issues of one member on its own, as of {@code asOf}; rules that need other
   * records (references, counts) are not run.
   */
  public List<Issue> checkMember(Member member, LocalDate asOf) {
    Run run = Run.recordRulesOnly(RuleGroups.all(), "member", asOf, settings);
    run.member(member, null);
    return run.finish().issues();
  }
}
