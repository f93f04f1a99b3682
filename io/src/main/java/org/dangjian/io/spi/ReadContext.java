package org.dangjian.io.spi;

import java.util.Map;
import java.util.Optional;
import org.dangjian.core.id.MobileNumber;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.id.SocialCreditCode;
import org.dangjian.core.record.FieldLocator;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.record.RecordVisitor;
import org.dangjian.io.ImportOptions;
import org.dangjian.validation.InputProblem;

/**
 * What a {@link FormatReader} reports to, one per import: a {@link RecordVisitor} of the records it
 * decodes, each of which is validated in the same pass and handed on to the caller's handler, plus
 * the decoding problems and rejected records, which become {@code IO-*} issues of the report. It
 * counts records read, accepted and rejected, and tells a strict or limited read when to stop.
 * Identifier text goes through {@link #residentIdNumber} and its siblings, which report an invalid
 * value at its location and take the masks our own exports write as "withheld" (absent, no issue).
 * The importer implements it; readers only call it.
 */
public interface ReadContext extends RecordVisitor<Location> {

  /** The options of the import: the date, the limits, a given charset. */
  ImportOptions options();

  /**
   * True when a strict import has met an error, or this input was ended early (a limit, a syntax
   * error, a header that cannot be followed): the reader returns. Another file of the same import
   * is still read, unless the import is strict and has met an error.
   */
  boolean shouldStop();

  /** Marks that reading ended before the end of the input (a limit, or strict mode). */
  void stoppedEarly();

  /**
   * Reports a decoding problem at {@code location}; {@code value} must already be masked where
   * personal, and {@code arguments} fill the problem's message.
   */
  void problem(
      InputProblem problem, Location location, String value, Map<String, String> arguments);

  /**
   * Accepts a decoded record of {@code kind}, read at {@code location}: validates it and hands it
   * on. The visitor's method of each kind ({@link #member} ...) arrives here too.
   */
  @Override
  void record(RecordKind kind, Object record, Location location);

  /**
   * Accepts a decoded record like {@link #record(RecordKind, Object, Location)}, with where each of
   * its fields was read (a roster's cells), so that the issues of a field name its cell. By default
   * the locator is not used.
   */
  default void record(RecordKind kind, Object record, Location location, FieldLocator fields) {
    record(kind, record, location);
  }

  /**
   * Rejects a record that could not be decoded, after its problems were reported: reports {@code
   * IO-REJECTED} with the raw content, which must already be masked where personal.
   */
  void reject(Location location, String maskedRaw);

  /** Parses a resident ID number; a mask written by our exports gives empty without an issue. */
  Optional<ResidentIdNumber> residentIdNumber(String text, Location location);

  /** Parses a mobile number; a mask written by our exports gives empty without an issue. */
  Optional<MobileNumber> mobileNumber(String text, Location location);

  /** Parses a unified social credit code (not personal, never masked). */
  Optional<SocialCreditCode> creditCode(String text, Location location);

  /**
   * The organizations accepted so far in this import, id to name, from every input read before this
   * one and from this one: lets a member roster whose organization column holds names (所在支部 {@code
   * 第一党支部}) resolve them against an organization roster in another file named earlier. Empty by
   * default.
   */
  default Map<String, String> organizationNames() {
    return Map.of();
  }

  /**
   * The units (单位) accepted so far in this import, id → name, so that a member roster can give a
   * member whose 工作单位 names one of them its {@code unitId}. Empty by default.
   */
  default Map<String, String> unitNames() {
    return Map.of();
  }
}
