package org.dangjian.validation.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dangjian.core.record.RecordKind;
import org.dangjian.validation.report.Issue;

/**
 * The record checks of a run on several threads. The run's own thread (the one that feeds the
 * records, in their order) opens each record's context and appends the record to a chunk; a full
 * chunk goes to a worker, which runs every group's record checks over its records and holds the
 * issues they report (already made into {@link Issue}s: masking and building are the costly part).
 * The run's thread then takes the chunks back in the order they were made and, record by record,
 * accepts the held issues and hands the record to the dataset checks ({@link Step}), so that the
 * issue collector and the dataset checks see exactly the calls of a run on one thread: the report
 * is the same, byte for byte, whatever the number of threads. Record checks read only their record
 * and its {@link RecordContext}, never what other records left behind, which is what makes them
 * safe to run out of order. At most {@code 4 × threads} chunks are in flight, so memory stays
 * bounded.
 */
final class ParallelChecks {

  /** Records per chunk handed to a worker. */
  static final int CHUNK = 256;

  /** What the run's thread does with each record once its record checks are done, in order. */
  interface Step {

    /** Accepts the held {@code issues} of the record, then hands it to the dataset checks. */
    void accept(RecordKind kind, Object record, RecordContext context, List<Issue> issues);

    /** Accepts an issue reported between records (a reader's problem), in its place. */
    void accept(Issue issue);
  }

  private final List<RuleGroup> groups;
  private final Step step;
  private final ThreadPoolExecutor workers;
  private final int maxInFlight;
  private final Deque<Future<Chunk>> inFlight = new ArrayDeque<>();
  private Chunk current = new Chunk();

  ParallelChecks(List<RuleGroup> groups, int threads, Step step) {
    this.groups = groups;
    this.step = step;
    this.maxInFlight = 4 * threads;
    this.workers =
        new ThreadPoolExecutor(
            threads, threads, 2, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), new Workers());
    // A run that is never finished leaves no thread behind.
    workers.allowCoreThreadTimeOut(true);
  }

  /** True when records or issues wait for their turn: a new issue must queue behind them. */
  boolean busy() {
    return current.size > 0 || !inFlight.isEmpty();
  }

  /** Queues a record whose context is open; may hand back earlier records to the run's thread. */
  void add(RecordKind kind, Object record, RecordContext context) {
    current.add(kind, record, context, null);
    if (current.size == CHUNK) {
      submit();
    }
  }

  /** Queues an issue reported between records, to be accepted after the records before it. */
  void add(Issue issue) {
    current.add(null, null, null, issue);
    if (current.size == CHUNK) {
      submit();
    }
  }

  /** Finishes every queued record: after this, the collector has seen every report so far. */
  void drain() {
    while (!inFlight.isEmpty()) {
      takeOldest();
    }
    if (current.size > 0) {
      // The records not yet handed out are checked here: a caller that drains after every record
      // (a strict import asks for the error count each time) pays no hand-over per record.
      accept(check(current));
      current.clear();
    }
  }

  /** Drains and lets the worker threads go. */
  void close() {
    try {
      drain();
    } finally {
      workers.shutdown();
    }
  }

  private void submit() {
    Chunk chunk = current;
    current = new Chunk();
    inFlight.addLast(workers.submit(() -> check(chunk)));
    while (inFlight.size() > maxInFlight) {
      takeOldest();
    }
  }

  /** On a worker: the record checks of every record of the chunk, their issues held. */
  private Chunk check(Chunk chunk) {
    for (int i = 0; i < chunk.size; i++) {
      Object record = chunk.records[i];
      if (record == null) {
        continue;
      }
      RecordKind kind = chunk.kinds[i];
      RecordContext context = chunk.contexts[i];
      context.hold();
      for (RuleGroup group : groups) {
        kind.accept(record, context, group);
      }
    }
    return chunk;
  }

  private void takeOldest() {
    accept(await(inFlight.removeFirst()));
  }

  /** On the run's thread, in order: the held issues of each record, then its dataset step. */
  private void accept(Chunk chunk) {
    for (int i = 0; i < chunk.size; i++) {
      if (chunk.records[i] == null) {
        step.accept(chunk.issues[i]);
      } else {
        RecordContext context = chunk.contexts[i];
        step.accept(chunk.kinds[i], chunk.records[i], context, context.release());
      }
    }
  }

  private static Chunk await(Future<Chunk> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the record checks", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Records (or, where the record is null, an issue reported between records) in feed order. */
  private static final class Chunk {
    final RecordKind[] kinds = new RecordKind[CHUNK];
    final Object[] records = new Object[CHUNK];
    final RecordContext[] contexts = new RecordContext[CHUNK];
    final Issue[] issues = new Issue[CHUNK];
    int size;

    void add(RecordKind kind, Object record, RecordContext context, Issue issue) {
      kinds[size] = kind;
      records[size] = record;
      contexts[size] = context;
      issues[size] = issue;
      size++;
    }

    /** Empties the chunk for reuse, letting go of its records. */
    void clear() {
      java.util.Arrays.fill(kinds, 0, size, null);
      java.util.Arrays.fill(records, 0, size, null);
      java.util.Arrays.fill(contexts, 0, size, null);
      java.util.Arrays.fill(issues, 0, size, null);
      size = 0;
    }
  }

  /** Daemon threads named after the SDK, so that a thread dump tells what they are. */
  private static final class Workers implements ThreadFactory {
    private static final AtomicInteger NEXT = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "dangjian-validation-" + NEXT.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
