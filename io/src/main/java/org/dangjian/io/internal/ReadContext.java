package org.dangjian.io.internal;

import java.util.Map;
import java.util.Optional;
import org.dangjian.core.id.MobileNumber;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.id.SocialCreditCode;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.record.RecordVisitor;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.RecordHandler;
import org.dangjian.validation.InputProblem;
import org.dangjian.validation.ValidationRun;
import org.dangjian.validation.report.InputSummary;

/**
 * What a {@link FormatReader} reports to, a {@link RecordVisitor} of the records it accepts: it
 * validates each accepted record in the same pass and passes it on to the caller's handler, records
 * rejected records and decoding problems, counts records read, accepted and rejected, and tells a
 * strict reader when to stop. Identifier text goes through {@link #residentIdNumber} and friends,
 * which accept the masks our own exports write as "withheld" (absent, no issue).
 */
public final class ReadContext implements RecordVisitor<Location> {

  private final ImportOptions options;
  private final ValidationRun run;
  private final RecordHandler handler;
  private long accepted;
  private long rejected;
  private boolean stoppedEarly;

  public ReadContext(ImportOptions options, ValidationRun run, RecordHandler handler) {
    this.options = options;
    this.run = run;
    this.handler = handler;
  }

  public ImportOptions options() {
    return options;
  }

  /** True when a strict import has met an error, or a limit ended the input. */
  public boolean shouldStop() {
    return stoppedEarly || (options.strict() && run.errorCount() > 0);
  }

  /** Marks that reading ended before the end of the input (a limit, or strict mode). */
  public void stoppedEarly() {
    stoppedEarly = true;
  }

  /** Reports a decoding problem; {@code value} must already be masked where personal. */
  public void problem(
      InputProblem problem, Location location, String value, Map<String, String> arguments) {
    run.input(problem, location, value, arguments);
  }

  /**
   * Accepts a decoded record of {@code kind}: validates it and hands it on to the handler's method
   * for its kind. Every record a reader accepts arrives here, through the method of its kind or
   * directly.
   */
  @Override
  public void record(RecordKind kind, Object record, Location location) {
    accepted++;
    run.record(kind, record, location);
    kind.accept(record, location, handler);
  }

  /**
   * Rejects a record that could not be decoded, after its problems were reported: reports {@code
   * IO-REJECTED} with the raw content, which must already be masked where personal.
   */
  public void reject(Location location, String maskedRaw) {
    rejected++;
    run.input(InputProblem.REJECTED, location, maskedRaw, Map.of());
  }

  /** Parses a resident ID number; a mask written by our exports gives empty without an issue. */
  public Optional<ResidentIdNumber> residentIdNumber(String text, Location location) {
    if (PersonalData.isMaskedIdNumber(text)) {
      return Optional.empty();
    }
    return run.residentIdNumber(text, location);
  }

  /** Parses a mobile number; a mask written by our exports gives empty without an issue. */
  public Optional<MobileNumber> mobileNumber(String text, Location location) {
    if (PersonalData.isMaskedMobileNumber(text)) {
      return Optional.empty();
    }
    return run.mobileNumber(text, location);
  }

  /** Parses a unified social credit code (not personal, never masked). */
  public Optional<SocialCreditCode> creditCode(String text, Location location) {
    return run.creditCode(text, location);
  }

  /** The counts so far. */
  public InputSummary summary() {
    return new InputSummary(accepted + rejected, accepted, rejected, stoppedEarly);
  }
}
