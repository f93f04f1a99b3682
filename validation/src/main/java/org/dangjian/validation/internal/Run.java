package org.dangjian.validation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.record.FieldLocator;
import org.dangjian.core.record.ImmutableLocation;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.record.RecordVisitor;
import org.dangjian.validation.ValidationSettings;
import org.dangjian.validation.report.InputSummary;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.report.ValidationReport;
import org.dangjian.validation.rule.Rule;

/**
 * The engine behind {@code ValidationRun}, a visitor of records: for each record, remembers its
 * location, runs the record checks of every group, then hands the record to every group's dataset
 * check; {@link #finish()} lets the dataset checks report and builds the report.
 */
public final class Run implements RecordVisitor<Location> {

  private final List<RuleGroup> groups;
  private final List<DatasetCheck> datasetChecks = new ArrayList<>();
  private final RunContext context;
  private final String source;

  /** The record checks on worker threads, or null when the run checks on the caller's thread. */
  private final ParallelChecks parallel;

  private boolean finished;

  /** Starts a run of {@code groups} over the records of {@code source}. */
  public Run(List<RuleGroup> groups, String source, LocalDate asOf, ValidationSettings settings) {
    this(groups, source, asOf, settings, true);
  }

  private Run(
      List<RuleGroup> groups,
      String source,
      LocalDate asOf,
      ValidationSettings settings,
      boolean withDatasetChecks) {
    this.groups = groups;
    this.source = source;
    this.context = new RunContext(source, asOf, settings);
    if (withDatasetChecks) {
      for (RuleGroup group : groups) {
        DatasetCheck check = group.newDatasetCheck(context);
        if (check != null) {
          datasetChecks.add(check);
        }
      }
    }
    this.parallel =
        withDatasetChecks && settings.threads() > 1
            ? new ParallelChecks(groups, settings.threads(), new InOrder())
            : null;
  }

  /** A run of the field and record rules only, for records checked on their own. */
  public static Run recordRulesOnly(
      List<RuleGroup> groups, String source, LocalDate asOf, ValidationSettings settings) {
    return new Run(groups, source, asOf, settings, false);
  }

  /** The run's shared state. */
  public RunContext context() {
    return context;
  }

  /**
   * Validates one record of any kind: remembers where it is, runs every group's record checks for
   * its kind, then hands it to every dataset check.
   */
  @Override
  public void record(RecordKind kind, Object record, Location location) {
    record(kind, record, location, null);
  }

  /**
   * Validates one record like {@link #record(RecordKind, Object, Location)}; the issues of its
   * fields are placed where {@code fields} (null: nowhere better than the record) says.
   */
  public void record(RecordKind kind, Object record, Location location, FieldLocator fields) {
    RecordContext at = open(kind, kind.idOf(record), location, fields);
    if (parallel != null) {
      parallel.add(kind, record, at);
      return;
    }
    for (RuleGroup group : groups) {
      kind.accept(record, at, group);
    }
    datasetStep(kind, record, at);
  }

  /**
   * What follows the record checks, always on the run's own thread and in feed order: the summary
   * of an organization, then the dataset checks. Record checks never read the summaries, so that
   * they may run ahead of this step on other threads.
   */
  private void datasetStep(RecordKind kind, Object record, RecordContext at) {
    if (kind == RecordKind.ORGANIZATION) {
      context.remember(OrgInfo.of((Organization) record, at.index()));
    }
    for (DatasetCheck check : datasetChecks) {
      kind.accept(record, at, check);
    }
  }

  /** Records an issue found outside the checks, for example while decoding a file. */
  public void report(Rule rule, Location location, String value, Map<String, String> arguments) {
    if (parallel != null && parallel.busy()) {
      Issue issue = context.collector().prepare(rule, location, value, arguments);
      if (issue != null) {
        parallel.add(issue);
      }
      return;
    }
    context.collector().report(rule, location, value, arguments);
  }

  /**
   * The number of ERROR issues reported so far; a parallel run first waits for the record checks of
   * every record fed so far.
   */
  public long errorCount() {
    if (parallel != null) {
      parallel.drain();
    }
    return context.collector().errorCount();
  }

  /** The run's side of {@link ParallelChecks}: issues accepted and dataset checks fed in order. */
  private final class InOrder implements ParallelChecks.Step {
    @Override
    public void accept(RecordKind kind, Object record, RecordContext at, List<Issue> issues) {
      for (Issue issue : issues) {
        context.collector().accept(issue);
      }
      datasetStep(kind, record, at);
    }

    @Override
    public void accept(Issue issue) {
      context.collector().accept(issue);
    }
  }

  /** Lets the dataset checks report and returns the report; a run finishes once. */
  public ValidationReport finish() {
    return finish(null);
  }

  /** Like {@link #finish()}, with the readers' summary of the input, or null without one. */
  public ValidationReport finish(InputSummary input) {
    if (finished) {
      throw new IllegalStateException("the run has finished");
    }
    if (parallel != null) {
      parallel.close();
    }
    finished = true;
    try {
      for (DatasetCheck check : datasetChecks) {
        check.finish();
      }
    } finally {
      context.locations().close();
    }
    Map<RecordKind, Long> counts = new EnumMap<>(RecordKind.class);
    for (RecordKind type : RecordKind.values()) {
      int n = context.locations().count(type);
      if (n > 0) {
        counts.put(type, (long) n);
      }
    }
    IssueCollector collector = context.collector();
    return ValidationReport.builder()
        .source(source)
        .asOf(context.asOf())
        .profile(context.settings().profile().name())
        .addAllIssues(collector.sortedIssues())
        .addAllTallies(collector.tallies())
        .putAllRecordCounts(counts)
        .omittedIssues(collector.omitted())
        .input(Optional.ofNullable(input))
        .build();
  }

  private RecordContext open(RecordKind type, String id, Location given, FieldLocator fields) {
    if (finished) {
      throw new IllegalStateException("the run has finished");
    }
    Location base = given == null ? Location.unknown() : given;
    int index = context.locations().add(type, id, base);
    ImmutableLocation full = ImmutableLocation.copyOf(base).withRecordKind(type);
    if (base.source().isEmpty()) {
      full = full.withSource(source);
    }
    if (base.recordIndex().isEmpty()) {
      full = full.withRecordIndex(index);
    }
    if (base.recordId().isEmpty()) {
      full = full.withRecordId(id);
    }
    return new RecordContext(context, full, index, fields);
  }
}
