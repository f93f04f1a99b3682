package org.dangjian.io.internal;

import java.util.Map;
import java.util.Optional;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.id.MobileNumber;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.id.SocialCreditCode;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.PairingAgreement;
import org.dangjian.core.record.Location;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.RecordHandler;
import org.dangjian.validation.InputProblem;
import org.dangjian.validation.ValidationRun;
import org.dangjian.validation.report.InputSummary;

/**
 * What a {@link FormatReader} reports to: it validates each accepted record in the same pass and
 * passes it on to the caller's handler, records rejected records and decoding problems, counts
 * records read, accepted and rejected, and tells a strict reader when to stop. Identifier text goes
 * through {@link #residentIdNumber} and friends, which accept the masks our own exports write as
 * "withheld" (absent, no issue).
 */
public final class ReadContext {

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

  /** Accepts a decoded organization: validates it and hands it on. */
  public void accept(Organization organization, Location location) {
    accepted++;
    run.organization(organization, location);
    handler.organization(organization, location);
  }

  /** Accepts a decoded member: validates it and hands it on. */
  public void accept(Member member, Location location) {
    accepted++;
    run.member(member, location);
    handler.member(member, location);
  }

  /** Accepts a decoded activity: validates it and hands it on. */
  public void accept(Activity activity, Location location) {
    accepted++;
    run.activity(activity, location);
    handler.activity(activity, location);
  }

  /** Accepts a decoded pairing agreement: validates it and hands it on. */
  public void accept(PairingAgreement pairing, Location location) {
    accepted++;
    run.pairing(pairing, location);
    handler.pairing(pairing, location);
  }

  /** Accepts a decoded bulletin: validates it and hands it on. */
  public void accept(Bulletin bulletin, Location location) {
    accepted++;
    run.bulletin(bulletin, location);
    handler.bulletin(bulletin, location);
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
