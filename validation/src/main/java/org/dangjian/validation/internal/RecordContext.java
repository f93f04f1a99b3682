package org.dangjian.validation.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.dangjian.core.record.Location;
import org.dangjian.validation.DevelopmentEdition;
import org.dangjian.validation.ValidationSettings;
import org.dangjian.validation.rule.Rule;

/**
 * What a record check sees besides the record: the run (reference date, settings, organizations
 * seen so far) and the record's location, at which {@link #report} places issues.
 */
public final class RecordContext {

  private final RunContext run;
  private final Location location;
  private final int index;

  RecordContext(RunContext run, Location location, int index) {
    this.run = run;
    this.location = location;
    this.index = index;
  }

  /** The run. */
  public RunContext run() {
    return run;
  }

  /** The reference date. */
  public LocalDate asOf() {
    return run.asOf();
  }

  /** The settings. */
  public ValidationSettings settings() {
    return run.settings();
  }

  /** The development edition for an application date, empty when the policy skips the case. */
  public Optional<DevelopmentEdition> edition(LocalDate application) {
    return run.edition(application);
  }

  /** The record's index among the records of its type. */
  public int index() {
    return index;
  }

  /** The record's location. */
  public Location location() {
    return location;
  }

  /** True when {@code rule} is switched on. */
  public boolean isEnabled(Rule rule) {
    return run.isEnabled(rule);
  }

  /**
   * Reports an issue of {@code rule} at this record.
   *
   * @param field the field path in domain names, or null for the record as a whole
   * @param value the offending value, already masked when personal, or null
   * @param arguments alternating names and values of the message's placeholders
   */
  public void report(Rule rule, String field, String value, Object... arguments) {
    run.report(rule, field == null ? location : location.atField(field), value, arguments);
  }
}
