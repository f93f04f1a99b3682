package org.dangjian.validation;

import java.util.Map;
import java.util.Optional;
import org.dangjian.core.id.MobileNumber;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.id.SocialCreditCode;
import org.dangjian.core.record.FieldLocator;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.record.RecordVisitor;
import org.dangjian.validation.internal.Run;
import org.dangjian.validation.internal.rules.IdentifierRules;
import org.dangjian.validation.report.InputSummary;
import org.dangjian.validation.report.ValidationReport;

/**
 * One streaming validation of a source, a {@link RecordVisitor} of records: feed it every record
 * once, in any order (organizations first keeps memory smallest), then call {@link #finish()} for
 * the report. Field and record rules run as each record arrives; dataset rules keep compact state
 * (counters per organization and primitive arrays per member, documented in {@code
 * docs/VALIDATION.md}) and report at the end, so a file of millions of members validates in one
 * pass with bounded memory. Readers that decode text call {@link #residentIdNumber}, {@link
 * #creditCode} and {@link #mobileNumber} so that an invalid identifier is reported at its cell and
 * the record can still be checked without it. A run is not thread-safe and finishes once.
 */
public final class ValidationRun implements RecordVisitor<Location> {

  static {
    // Lets dangjian-spark's parts (internal.parts.Parts) hand readers a run without a public
    // constructor.
    org.dangjian.validation.internal.parts.Parts.wrapper(ValidationRun::new);
  }

  private final Run run;

  ValidationRun(Run run) {
    this.run = run;
  }

  /**
   * Validates one record of any kind; {@link #organization}, {@link #member}, {@link #activity},
   * {@link #pairing} and {@link #bulletin} all arrive here. A bulletin is checked against its own
   * structure and, at the end of the run, its statistics against the records of the run; reports
   * name it by its designation.
   *
   * @param location where the record is in the source, or null when it is not from a file
   */
  @Override
  public void record(RecordKind kind, Object record, Location location) {
    run.record(kind, record, location);
  }

  /**
   * Validates one record like {@link #record(RecordKind, Object, Location)}, placing the issues of
   * its fields where {@code fields} says each field was read (a roster's cell such as {@code F12}).
   */
  public void record(RecordKind kind, Object record, Location location, FieldLocator fields) {
    run.record(kind, record, location, fields);
  }

  /**
   * Parses a resident ID number read as text, reporting an invalid one (ID-FORMAT, ID-CHECKSUM,
   * ID-BIRTH-DATE or ID-REGION) at {@code location} with the value masked.
   *
   * @return the number, or empty when it is invalid (and reported)
   */
  public Optional<ResidentIdNumber> residentIdNumber(String text, Location location) {
    return IdentifierRules.residentIdNumber(text, run.context().asOf(), location, run::report);
  }

  /** Parses a unified social credit code read as text, reporting an invalid one (USCC-*). */
  public Optional<SocialCreditCode> creditCode(String text, Location location) {
    return IdentifierRules.creditCode(text, location, run::report);
  }

  /** Parses a mobile number read as text, reporting an invalid one (PHONE-FORMAT), masked. */
  public Optional<MobileNumber> mobileNumber(String text, Location location) {
    return IdentifierRules.mobileNumber(text, location, run::report);
  }

  /** Runs the dataset rules and returns the report. */
  public ValidationReport finish() {
    return run.finish(null);
  }

  /**
   * Reports a problem found while decoding the input, such as a malformed line, an unknown header
   * or a date that does not parse. {@code value} is shown as given, so the caller masks personal
   * data first; {@code arguments} fill the rule's message (see each {@link InputProblem}).
   */
  public void input(
      InputProblem problem, Location location, String value, Map<String, String> arguments) {
    run.report(problem.rule(), location, value, arguments);
  }

  /**
   * The number of ERROR issues reported so far, counted even beyond the settings' issue cap; a
   * strict reader stops once it is above zero.
   */
  public long errorCount() {
    return run.errorCount();
  }

  /**
   * Runs the dataset checks and returns the report with the readers' {@code summary} of the input;
   * a run finishes once.
   */
  public ValidationReport finish(InputSummary summary) {
    return run.finish(java.util.Objects.requireNonNull(summary, "summary"));
  }
}
