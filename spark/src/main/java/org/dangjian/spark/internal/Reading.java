package org.dangjian.spark.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.dangjian.core.record.RecordKind;
import org.dangjian.spark.ValidationSettingsSource;
import org.dangjian.validation.internal.Segment;

/**
 * A reading of files on Spark, for a validation or for statistics: plans the tasks ({@link
 * Splits}), reads every JSON Lines and JSON task in one job, in parallel, and then each roster in a
 * job of its own, in file order, knowing the organizations of the files before it (a member row
 * names its organization). {@link #parts()} gives the parts in reading order on the driver, as the
 * single machine would have read them: the record indexes of a split raised by the records of the
 * splits before it, and the splits after one whose reader stopped early left out.
 */
public final class Reading implements AutoCloseable {

  private final List<ReadTask> tasks;
  private final JavaRDD<Part> parallel;
  private final Map<Integer, Part> rosters = new HashMap<>();

  private Reading(List<ReadTask> tasks, JavaRDD<Part> parallel) {
    this.tasks = tasks;
    this.parallel = parallel;
  }

  /**
   * Reads {@code files}; {@code figures}: for statistics (tallies, no segments).
   *
   * @param splitBytes the size above which a JSON Lines file is read in splits
   */
  public static Reading of(
      SparkSession session,
      List<String> files,
      ValidationSettingsSource settings,
      LocalDate asOf,
      long splitBytes,
      boolean figures) {
    JavaSparkContext spark = JavaSparkContext.fromSparkContext(session.sparkContext());
    Map<String, String> hadoop = new HashMap<>();
    for (Map.Entry<String, String> entry : session.sparkContext().hadoopConfiguration()) {
      hadoop.put(entry.getKey(), entry.getValue());
    }
    List<ReadTask> tasks = Splits.plan(spark, files, hadoop, splitBytes, asOf);
    List<ReadTask> first = new ArrayList<>();
    for (ReadTask task : tasks) {
      if (!PartReader.isRoster(task.path())) {
        first.add(task);
      }
    }
    JavaRDD<Part> parallel =
        spark
            .parallelize(first, Math.max(1, first.size()))
            .map(task -> PartReader.read(task, hadoop, settings.get(), asOf, figures))
            .persist(StorageLevel.DISK_ONLY());
    Reading reading = new Reading(tasks, parallel);
    parallel.count();
    if (first.size() < tasks.size()) {
      reading.readRosters(spark, hadoop, settings, asOf, figures);
    }
    return reading;
  }

  private void readRosters(
      JavaSparkContext spark,
      Map<String, String> hadoop,
      ValidationSettingsSource settings,
      LocalDate asOf,
      boolean figures) {
    Iterator<LinkedHashMap<String, String>> namesOf =
        parallel.map(Part::names).collect().iterator();
    LinkedHashMap<String, String> before = new LinkedHashMap<>();
    for (int i = 0; i < tasks.size(); i++) {
      ReadTask task = tasks.get(i);
      if (PartReader.isRoster(task.path())) {
        ReadTask withNames = task.withNamesBefore(before);
        Part part =
            spark
                .parallelize(List.of(withNames), 1)
                .map(t -> PartReader.read(t, hadoop, settings.get(), asOf, figures))
                .collect()
                .get(0);
        rosters.put(i, part);
        part.names().forEach(before::putIfAbsent);
      } else {
        namesOf.next().forEach(before::putIfAbsent);
      }
    }
  }

  /** The parts in reading order, fetched from the executors one task at a time. */
  public Iterator<Part> parts() {
    Iterator<Part> fromParallel = parallel.toLocalIterator();
    return ordered(
        new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < tasks.size();
          }

          @Override
          public Part next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            Part roster = rosters.get(next++);
            return roster != null ? roster : fromParallel.next();
          }
        });
  }

  /** The segments of {@link #parts()}, for the join of a validation. */
  public Iterator<Segment> segments() {
    Iterator<Part> parts = parts();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return parts.hasNext();
      }

      @Override
      public Segment next() {
        return parts.next().segment();
      }
    };
  }

  /**
   * {@code parts} as one machine reads their files: a split's record indexes raised by the splits
   * of its file before it; after a part whose reader stopped early, the rest of its file left out.
   */
  static Iterator<Part> ordered(Iterator<Part> parts) {
    return new Iterator<>() {
      private int file = -1;
      private boolean stopped;
      private Map<RecordKind, Long> before = new EnumMap<>(RecordKind.class);
      private Part pending;

      @Override
      public boolean hasNext() {
        while (pending == null && parts.hasNext()) {
          Part part = parts.next();
          if (part.task().file() != file) {
            file = part.task().file();
            stopped = false;
            before = new EnumMap<>(RecordKind.class);
          }
          if (stopped) {
            continue;
          }
          Segment segment =
              part.segment() == null || before.isEmpty()
                  ? part.segment()
                  : part.segment().withRecordIndexesRaised(before);
          part.counts().forEach((kind, count) -> before.merge(kind, count, Long::sum));
          stopped = part.stoppedEarly();
          pending =
              new Part(part.task(), segment, part.counts(), part.names(), part.tally(), stopped);
        }
        return pending != null;
      }

      @Override
      public Part next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Part part = pending;
        pending = null;
        return part;
      }
    };
  }

  @Override
  public void close() {
    parallel.unpersist(false);
  }
}
