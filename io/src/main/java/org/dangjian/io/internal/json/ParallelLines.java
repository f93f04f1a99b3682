package org.dangjian.io.internal.json;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.dangjian.core.record.RecordKind;
import org.dangjian.io.ReadLimits;
import org.dangjian.io.internal.DeferredContext;
import org.dangjian.io.spi.ReadContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decodes the lines after a JSON Lines header on several threads: the caller's thread cuts the file
 * into chunks of whole lines, each chunk is decoded on a pool thread into a {@link
 * DeferredContext}, and the caller's thread replays the chunks in input order into the import's
 * context, so that the handler and the validation see the records, problems and line numbers that
 * the sequential reader gives. At most two chunks per thread are in flight, which bounds memory.
 */
final class ParallelLines {

  private static final int CHUNK_LINES = 512;
  private static final int CHUNK_CHARS = 1 << 20;
  private static final TextLine BLANK = new TextLine.Copy(0, 0, false, 0, new char[0]);

  private final int threads;
  private final String source;
  private final ReadContext context;
  private final JsonMapper mapper;
  private final ReadLimits limits;
  private final long[] before = new long[RecordKind.values().length];

  /** A reader with {@code threads} decoding threads; {@code counts} are the records read so far. */
  ParallelLines(int threads, String source, ReadContext context, JsonMapper mapper, long[] counts) {
    this.threads = threads;
    this.source = source;
    this.context = context;
    this.mapper = mapper;
    this.limits = context.options().limits();
    for (int i = 0; i < counts.length; i++) {
      before[RecordSession.KINDS.get(i).ordinal()] += counts[i];
    }
  }

  private record Chunk(DeferredContext events, long[] counts) {}

  /** Reads the remaining lines of {@code lines}. */
  void read(Lines lines) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, new Daemons());
    Deque<Future<Chunk>> pending = new ArrayDeque<>();
    try {
      List<TextLine> chunk = new ArrayList<>();
      long chars = 0;
      boolean more = true;
      while (more) {
        more = lines.next();
        if (more) {
          chunk.add(lines.isBlank() ? BLANK : TextLine.copyOf(lines));
          chars += lines.charCount();
          // Reading ends at a line over the size limit: what follows is never decoded.
          more = !lines.tooLong();
        }
        if (chunk.size() >= CHUNK_LINES || chars >= CHUNK_CHARS || (!more && !chunk.isEmpty())) {
          List<TextLine> taken = chunk;
          pending.add(pool.submit(() -> decode(taken)));
          chunk = new ArrayList<>();
          chars = 0;
          while (pending.size() > 2 * threads) {
            if (!replay(pending.poll())) {
              return;
            }
          }
        }
      }
      while (!pending.isEmpty()) {
        if (!replay(pending.poll())) {
          return;
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Decodes a chunk on a pool thread, as the sequential reader would decode its lines. */
  private Chunk decode(List<TextLine> chunk) {
    DeferredContext events = new DeferredContext(context.options());
    RecordSession session = new RecordSession(events, source, mapper);
    for (TextLine line : chunk) {
      events.nextLine();
      if (line != BLANK && !JsonLinesReader.line(mapper, session, limits, line)) {
        events.stoppedEarly();
        break;
      }
    }
    return new Chunk(events, session.counts());
  }

  /** Waits for a chunk and replays it; false when reading ends in it. */
  private boolean replay(Future<Chunk> next) throws IOException {
    Chunk chunk;
    try {
      chunk = next.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while decoding " + source);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      } else if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
    if (!chunk.events().replay(context, before)) {
      return false;
    }
    long[] counts = chunk.counts();
    for (int i = 0; i < counts.length; i++) {
      before[RecordSession.KINDS.get(i).ordinal()] += counts[i];
    }
    return true;
  }

  /** Daemon threads, so that an abandoned import never keeps the virtual machine alive. */
  private static final class Daemons implements ThreadFactory {
    private static final AtomicInteger NUMBER = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "dangjian-decode-" + NUMBER.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
