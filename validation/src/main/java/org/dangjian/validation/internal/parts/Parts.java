package org.dangjian.validation.internal.parts;

import java.time.LocalDate;
import java.util.function.Function;
import org.dangjian.validation.ValidationRun;
import org.dangjian.validation.ValidationSettings;
import org.dangjian.validation.internal.RecordCodec;
import org.dangjian.validation.internal.Run;
import org.dangjian.validation.internal.Segment;
import org.dangjian.validation.internal.rules.RuleGroups;
import org.dangjian.validation.report.InputSummary;
import org.dangjian.validation.report.ValidationReport;

/**
 * Validation fed in parts, for engines that spread an input over threads or machines
 * (dangjian-spark): {@link #recording} gives the {@link ValidationRun} a reader feeds with one
 * part, which runs the field and record checks and keeps a {@link Segment}; {@link #join} replays
 * the segments of every part, in input order, into one run with the dataset checks and returns its
 * report, the same as that of one run fed the whole input. The rules stay here: an engine only
 * moves segments. Not API: exported to dangjian-spark only.
 */
public final class Parts {

  private static volatile Function<Run, ValidationRun> wrapper;

  private Parts() {}

  /** Called once by {@link ValidationRun}, whose constructor is not public, to wrap runs. */
  public static void wrapper(Function<Run, ValidationRun> wrap) {
    wrapper = wrap;
  }

  /** A run of the field and record checks over one part of {@code source}, kept in a segment. */
  public static Recording recording(
      ValidationSettings settings, String source, LocalDate asOf, RecordCodec codec) {
    Run run = Run.recording(RuleGroups.all(), source, asOf, settings, codec);
    return new Recording(run, wrap(run));
  }

  /**
   * The report of {@code source}: the segments of its parts, in input order, replayed into one run
   * with the dataset checks, finished with their readers' summary of the input.
   */
  public static ValidationReport join(
      ValidationSettings settings,
      String source,
      LocalDate asOf,
      Iterable<Segment> segments,
      RecordCodec codec) {
    Run run = Run.joining(RuleGroups.all(), source, asOf, settings);
    long read = 0;
    long accepted = 0;
    long rejected = 0;
    boolean stoppedEarly = false;
    for (Segment segment : segments) {
      run.replay(segment, codec);
      InputSummary input = segment.input();
      read += input.read();
      accepted += input.accepted();
      rejected += input.rejected();
      stoppedEarly |= input.stoppedEarly();
    }
    return run.finish(new InputSummary(read, accepted, rejected, stoppedEarly));
  }

  private static ValidationRun wrap(Run run) {
    if (wrapper == null) {
      try {
        Class.forName(ValidationRun.class.getName(), true, ValidationRun.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return wrapper.apply(run);
  }

  /** A recording run: the {@link #run()} a reader feeds, and the {@link #segment()} it keeps. */
  public static final class Recording {
    private final Run run;
    private final ValidationRun validationRun;

    Recording(Run run, ValidationRun validationRun) {
      this.run = run;
      this.validationRun = validationRun;
    }

    /** The run a reader feeds with the records of the part. */
    public ValidationRun run() {
      return validationRun;
    }

    /** The segment of the part, with the readers' {@code input} summary. */
    public Segment segment(InputSummary input) {
      return run.segment().withInput(input);
    }
  }
}
