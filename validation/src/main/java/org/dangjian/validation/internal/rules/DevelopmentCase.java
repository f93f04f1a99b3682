package org.dangjian.validation.internal.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.dangjian.core.member.Development;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.member.StepCoverage;
import org.dangjian.core.member.StepRecord;
import org.dangjian.validation.DevelopmentEdition;
import org.dangjian.validation.internal.RecordContext;
import org.dangjian.validation.rule.Rule;

/**
 * One member's development case as the development rules see it: the date and list position of the
 * latest record of every step, the edition of 《发展党员工作细则》 in force on the application date (absent
 * when the settings skip old cases: then only the Party Constitution's own figures apply), and the
 * steps an earlier rule has already reported as misdated, so that the order rules do not report
 * them a second time.
 */
final class DevelopmentCase {

  /** Minimum age of the Party Constitution Art. 1, used when no edition applies. */
  static final int CONSTITUTION_MINIMUM_AGE = 18;

  /** Introducers of the Party Constitution Art. 5, used when no edition applies. */
  static final int CONSTITUTION_INTRODUCERS = 2;

  /** Probation of the Party Constitution Art. 7, used when no edition applies. */
  static final int CONSTITUTION_PROBATION_MONTHS = 12;

  /** Longest extension of the Party Constitution Art. 7, used when no edition applies. */
  static final int CONSTITUTION_MAXIMUM_EXTENSION_MONTHS = 12;

  private static final int STEPS = DevelopmentStep.values().length;

  /**
   * One case per thread, filled afresh for every member: the development rules run for every member
   * of a run, and a case is three arrays besides its fields. A case never outlives the checks of
   * its member.
   */
  private static final ThreadLocal<DevelopmentCase> REUSED =
      ThreadLocal.withInitial(DevelopmentCase::new);

  Member member;
  Development development;
  RecordContext context;
  LocalDate asOf;

  /** The edition in force, or null when the 细则's own rules do not apply to the case. */
  DevelopmentEdition edition;

  private final LocalDate[] dates = new LocalDate[STEPS];
  private final int[] positions = new int[STEPS];
  private final boolean[] explained = new boolean[STEPS];

  private DevelopmentCase() {}

  private DevelopmentCase fill(Member member, RecordContext context) {
    this.member = member;
    this.development = member.development();
    this.context = context;
    this.asOf = context.asOf();
    Arrays.fill(dates, null);
    Arrays.fill(explained, false);
    List<StepRecord> steps = development.steps();
    LocalDate earliest = null;
    for (int i = 0; i < steps.size(); i++) {
      StepRecord s = steps.get(i);
      int n = s.step().ordinal();
      if (dates[n] == null || s.date().isAfter(dates[n])) {
        dates[n] = s.date();
        positions[n] = i;
      }
      if (earliest == null || s.date().isBefore(earliest)) {
        earliest = s.date();
      }
    }
    LocalDate application = dates[DevelopmentStep.APPLICATION.ordinal()];
    LocalDate key = application != null ? application : earliest;
    this.edition = context.run().editionOrNull(key);
    return this;
  }

  /**
   * The case of {@code member}, or null when no step of its development is recorded; the case is
   * this thread's, valid until the next call.
   */
  static DevelopmentCase of(Member member, RecordContext context) {
    if (member.development().steps().isEmpty()) {
      return null;
    }
    return REUSED.get().fill(member, context);
  }

  /** True when the edition's own rules (not only the Party Constitution's) apply. */
  boolean detailed() {
    return edition != null;
  }

  int minimumAge() {
    return edition != null ? edition.minimumAge() : CONSTITUTION_MINIMUM_AGE;
  }

  int introducers() {
    return edition != null ? edition.introducers() : CONSTITUTION_INTRODUCERS;
  }

  int probationMonths() {
    return edition != null ? edition.probationMonths() : CONSTITUTION_PROBATION_MONTHS;
  }

  int maximumExtensionMonths() {
    return edition != null
        ? edition.maximumExtensionMonths()
        : CONSTITUTION_MAXIMUM_EXTENSION_MONTHS;
  }

  /** The end of the probation (admission + probation + recorded extension), or null. */
  LocalDate probationEnd() {
    LocalDate admission = date(DevelopmentStep.ADMISSION_MEETING);
    if (admission == null) {
      return null;
    }
    int extension = development.probationExtension().map(e -> e.months()).orElse(0);
    return admission.plusMonths(probationMonths()).plusMonths(extension);
  }

  /** The date of the latest record of {@code step}, or null. */
  LocalDate date(DevelopmentStep step) {
    return dates[step.ordinal()];
  }

  boolean has(DevelopmentStep step) {
    return dates[step.ordinal()] != null;
  }

  /**
   * True when the record holds every completed step, so that an absent step was not done; false for
   * a roster's milestone dates, where an absent step is unknown.
   */
  boolean complete() {
    return development.coverage() == StepCoverage.COMPLETE;
  }

  /** True when {@code step} is known not to have been done: absent from a complete record. */
  boolean missing(DevelopmentStep step) {
    return !has(step) && complete();
  }

  /** True when a step numbered after {@code step} is recorded: the case went past it. */
  boolean hasAnyAfter(DevelopmentStep step) {
    for (int n = step.ordinal() + 1; n < STEPS; n++) {
      if (dates[n] != null) {
        return true;
      }
    }
    return false;
  }

  /** The field path of the date of {@code step}'s record. */
  String field(DevelopmentStep step) {
    return "development.steps[" + positions[step.ordinal()] + "].date";
  }

  /** The field path of the deciding body of {@code step}'s record. */
  String bodyField(DevelopmentStep step) {
    return "development.steps[" + positions[step.ordinal()] + "].decidedBy";
  }

  /** The record of {@code step} whose date is {@link #date}. */
  StepRecord record(DevelopmentStep step) {
    return development.steps().get(positions[step.ordinal()]);
  }

  /** Marks steps as already reported, so that the order rules leave them alone. */
  void explain(DevelopmentStep... steps) {
    for (DevelopmentStep step : steps) {
      explained[step.ordinal()] = true;
    }
  }

  boolean isExplained(DevelopmentStep step) {
    return explained[step.ordinal()];
  }

  /** True when the member has not departed on the reference date. */
  boolean active() {
    return member.activeOn(asOf);
  }

  /** The stage the dated steps give on the reference date, or null. */
  MemberStage derivedStage() {
    return member.stageOn(asOf).orElse(null);
  }

  /** True when {@code rule} is on. */
  boolean on(Rule rule) {
    return context.isEnabled(rule);
  }

  /** Reports {@code rule} at this member. */
  void report(Rule rule, String field, Object value, Object... arguments) {
    context.report(rule, field, value == null ? null : value.toString(), arguments);
  }

  /**
   * The English name of a step, for messages: {@code ADMISSION_MEETING} gives "admission meeting".
   */
  static String en(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
