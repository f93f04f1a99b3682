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
import org.dangjian.validation.ImmutableValidationSettings;
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

  /** The part being recorded by a run fed in parts ({@link #recording}), else null. */
  private final Segment.Builder recording;

  private final RecordCodec codec;

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
    this(groups, source, asOf, settings, withDatasetChecks, null);
  }

  private Run(
      List<RuleGroup> groups,
      String source,
      LocalDate asOf,
      ValidationSettings settings,
      boolean withDatasetChecks,
      RecordCodec codec) {
    this.groups = groups;
    this.codec = codec;
    this.recording = codec == null ? null : new Segment.Builder();
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

  /**
   * A run over one part of an input: every record's field and record checks run here, and the
   * record, its location and its reports are kept, with the problems reported between records, in
   * the {@link #segment()} of the part; nothing is reported and no dataset check runs. {@link
   * #replay} joins the parts in one run of the whole input.
   */
  public static Run recording(
      List<RuleGroup> groups,
      String source,
      LocalDate asOf,
      ValidationSettings settings,
      RecordCodec codec) {
    return new Run(
        groups,
        source,
        asOf,
        ImmutableValidationSettings.copyOf(settings).withThreads(1),
        false,
        java.util.Objects.requireNonNull(codec, "codec"));
  }

  /** The part a {@link #recording} run has kept so far. */
  public Segment segment() {
    if (recording == null) {
      throw new IllegalStateException("not a recording run");
    }
    return recording.build();
  }

  /**
   * Feeds a part recorded elsewhere: for each record, in the part's order, opens it in this run (at
   * its index among all the records of its kind fed so far), reports what its record checks
   * reported and hands it to the dataset checks; a problem found between records is reported in its
   * place. Fed every part of an input in order, then {@link #finish(InputSummary)}, a run makes the
   * same calls, and so the same report, as a run fed the whole input record by record.
   */
  public void replay(Segment segment, RecordCodec decoder) {
    if (recording != null || parallel != null) {
      throw new IllegalStateException("a part is replayed into a run on one thread");
    }
    for (Segment.Entry entry : segment.entries()) {
      if (entry.kind == null) {
        Segment.Report report = entry.reports.get(0);
        context
            .collector()
            .report(
                rule(report.code), entry.place.toLocation(), report.value, report.argumentMap());
        continue;
      }
      Object record = decoder.decode(entry.kind, entry.encoded);
      RecordContext at = open(entry.kind, entry.kind.idOf(record), entry.place.toLocation(), null);
      for (Segment.Report report : entry.reports) {
        at.report(rule(report.code), report.field, report.value, report.argumentArray());
      }
      datasetStep(entry.kind, record, at);
    }
  }

  /**
   * A run that joins parts recorded elsewhere ({@link #replay}): dataset checks on, record checks
   * never run here, everything on the caller's thread.
   */
  public static Run joining(
      List<RuleGroup> groups, String source, LocalDate asOf, ValidationSettings settings) {
    return new Run(
        groups, source, asOf, ImmutableValidationSettings.copyOf(settings).withThreads(1));
  }

  private static Rule rule(String code) {
    return org.dangjian.validation.rule.RuleCatalogue.defaults().require(code);
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
    if (recording != null) {
      at.record();
      for (RuleGroup group : groups) {
        kind.accept(record, at, group);
      }
      recording.record(kind, codec.encode(kind, record), location, at.stopRecording());
      return;
    }
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
    if (recording != null) {
      recording.report(rule.code(), location, value, arguments);
      return;
    }
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
