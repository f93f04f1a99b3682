package org.dangjian.validation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.record.FieldLocator;
import org.dangjian.core.record.Location;
import org.dangjian.validation.DevelopmentEdition;
import org.dangjian.validation.ValidationSettings;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.rule.Rule;

/**
 * What a record check sees besides the record: the run (reference date, settings, organizations
 * seen so far) and the record's location, at which {@link #report} places issues.
 */
public final class RecordContext {

  private final RunContext run;
  private final Location location;
  private final int index;

  /** Where the record's fields were read, or null when only the record's location is known. */
  private final FieldLocator fields;

  /**
   * True while the record checks of a parallel run look at the record on a worker thread: reports
   * are then made into issues at once and held in {@link #held} until the run's own thread accepts
   * them in record order.
   */
  private boolean holding;

  private List<Issue> held;

  /**
   * Non-null while the record checks of a run fed in parts ({@link Run#recording}) look at the
   * record: reports are kept as calls, to be replayed where the parts are joined.
   */
  private List<Segment.Report> recorded;

  RecordContext(RunContext run, Location location, int index, FieldLocator fields) {
    this.run = run;
    this.location = location;
    this.index = index;
    this.fields = fields;
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
   * Reports an issue of {@code rule} at this record, or at the field's cell when the reader said
   * where its fields were.
   *
   * @param field the field path in domain names, or null for the record as a whole
   * @param value the offending value, already masked when personal, or null
   * @param arguments alternating names and values of the message's placeholders
   */
  public void report(Rule rule, String field, String value, Object... arguments) {
    if (recorded != null) {
      recorded.add(Segment.Report.of(rule.code(), field, value, RunContext.toMap(arguments)));
      return;
    }
    Location at =
        field == null
            ? location
            : fields == null ? location.atField(field) : fields.locate(location, field);
    if (!holding) {
      run.report(rule, at, value, arguments);
      return;
    }
    Issue issue = run.collector().prepare(rule, at, value, RunContext.toMap(arguments));
    if (issue != null) {
      if (held == null) {
        held = new ArrayList<>(4);
      }
      held.add(issue);
    }
  }

  /** From now on, keeps the reports as calls, until {@link #stopRecording()}. */
  void record() {
    recorded = new ArrayList<>(2);
  }

  /** Stops keeping the reports as calls and returns those kept, in the order they were made. */
  List<Segment.Report> stopRecording() {
    List<Segment.Report> reports = recorded;
    recorded = null;
    return reports;
  }

  /** From now on, holds the reports instead of handing them to the collector. */
  void hold() {
    holding = true;
  }

  /**
   * Stops holding and returns the issues held, in the order they were reported (empty when none);
   * later reports, those of the dataset checks, go to the collector again.
   */
  List<Issue> release() {
    holding = false;
    List<Issue> issues = held == null ? List.of() : held;
    held = null;
    return issues;
  }
}
