package org.dangjian.io.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.dangjian.core.id.MobileNumber;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.id.SocialCreditCode;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.Unit;
import org.dangjian.core.record.FieldLocator;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.RecordHandler;
import org.dangjian.io.spi.ReadContext;
import org.dangjian.validation.InputProblem;
import org.dangjian.validation.ValidationRun;
import org.dangjian.validation.report.InputSummary;

/**
 * The importer's {@link ReadContext}: it validates each accepted record with the import's {@link
 * ValidationRun} and passes it on to the caller's handler, reports rejected records and decoding
 * problems to the run, and counts records read, accepted and rejected for the report's {@link
 * #summary()}.
 */
public final class ImportContext implements ReadContext {

  private final ImportOptions options;
  private final ValidationRun run;
  private final RecordHandler handler;
  private final Map<String, String> organizationNames = new LinkedHashMap<>();
  private final Map<String, String> unitNames = new LinkedHashMap<>();
  private long accepted;
  private long rejected;
  private boolean stoppedEarly;
  private boolean fileStopped;

  /** A context validating with {@code run} and handing accepted records to {@code handler}. */
  public ImportContext(ImportOptions options, ValidationRun run, RecordHandler handler) {
    this.options = options;
    this.run = run;
    this.handler = handler;
  }

  @Override
  public ImportOptions options() {
    return options;
  }

  @Override
  public boolean shouldStop() {
    return fileStopped || strictStop();
  }

  @Override
  public void stoppedEarly() {
    stoppedEarly = true;
    fileStopped = true;
  }

  /**
   * Starts the next input of a multi-file import: a stop of the previous input (a header that
   * cannot be followed, a syntax error, a limit) ends that input only, so that every file's
   * problems are reported in one pass; the summary still says that reading stopped early.
   */
  public void startInput() {
    fileStopped = false;
  }

  /** True when a strict import has met an error: no further input is read. */
  public boolean strictStop() {
    return options.strict() && run.errorCount() > 0;
  }

  @Override
  public void problem(
      InputProblem problem, Location location, String value, Map<String, String> arguments) {
    run.input(problem, location, value, arguments);
  }

  /** Validates the record and hands it on to the handler's method for its kind. */
  @Override
  public void record(RecordKind kind, Object record, Location location) {
    record(kind, record, location, null);
  }

  /**
   * Like {@link #record(RecordKind, Object, Location)}; field issues go where {@code fields} says.
   */
  @Override
  public void record(RecordKind kind, Object record, Location location, FieldLocator fields) {
    accepted++;
    if (record instanceof Organization organization && !organization.isPlaceholder()) {
      organizationNames.putIfAbsent(organization.id(), organization.name());
    }
    if (record instanceof Unit unit) {
      unitNames.putIfAbsent(unit.id(), unit.name());
    }
    if (fields == null) {
      run.record(kind, record, location);
    } else {
      run.record(kind, record, location, fields);
    }
    kind.accept(record, location, handler);
  }

  /**
   * Makes the organizations {@code names} (id to name, in file order) known as if read before this
   * context's first input: for a part of an import read on its own (a roster read on a cluster),
   * the organizations of the inputs before it.
   */
  public void organizationsReadBefore(Map<String, String> names) {
    names.forEach(organizationNames::putIfAbsent);
  }

  @Override
  public Map<String, String> organizationNames() {
    return Collections.unmodifiableMap(organizationNames);
  }

  @Override
  public Map<String, String> unitNames() {
    return Collections.unmodifiableMap(unitNames);
  }

  @Override
  public void reject(Location location, String maskedRaw) {
    rejected++;
    run.input(InputProblem.REJECTED, location, maskedRaw, Map.of());
  }

  @Override
  public Optional<ResidentIdNumber> residentIdNumber(String text, Location location) {
    if (PersonalData.isMaskedIdNumber(text)) {
      return Optional.empty();
    }
    return run.residentIdNumber(text, location);
  }

  @Override
  public Optional<MobileNumber> mobileNumber(String text, Location location) {
    if (PersonalData.isMaskedMobileNumber(text)) {
      return Optional.empty();
    }
    return run.mobileNumber(text, location);
  }

  @Override
  public Optional<SocialCreditCode> creditCode(String text, Location location) {
    return run.creditCode(text, location);
  }

  /** The counts so far. */
  public InputSummary summary() {
    return new InputSummary(accepted + rejected, accepted, rejected, stoppedEarly);
  }
}
