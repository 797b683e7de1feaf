package io.dynamosql.jdbc.dynamo;

import io.dynamosql.jdbc.error.SqlState;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A Scan in parallel segments, one daemon thread per segment. At most {@link #PAGES_AHEAD} pages
 * are being fetched or wait for the reader, whatever the number of segments: a segment thread takes
 * a permit before it sends a request and the reader returns it when it takes the page, so the heap
 * holds those pages plus the one being read, and the threads wait while the reader lags instead of
 * reading the table ahead of it. Closing the stream stops the threads (interrupted, their pages
 * dropped); a failure in any segment ends the stream with that failure.
 */
final class ParallelScanStream extends BufferedItemStream {

  /**
   * Pages fetched ahead of the reader. One reader cannot use more than the page it reads and the
   * next; each page is up to 1 MB of DynamoDB data, several times that as Java objects.
   */
  static final int PAGES_AHEAD = 2;

  /** What a segment thread hands over: a page, its end, or its failure. */
  private sealed interface Signal permits PageSignal, SegmentDone, SegmentFailed {}

  private record PageSignal(List<Map<String, Object>> items) implements Signal {}

  private record SegmentDone() implements Signal {}

  private record SegmentFailed(SQLException failure) implements Signal {}

  /** How often a segment thread waiting for a permit looks whether the stream was closed. */
  private static final long PERMIT_POLL_MILLIS = 100;

  /** Unbounded: the permits bound the pages in it, and an end or a failure never waits. */
  private final BlockingQueue<Signal> handOver = new LinkedBlockingQueue<>();

  private final Semaphore pagesAhead = new Semaphore(PAGES_AHEAD);
  private final List<Thread> threads = new ArrayList<>();
  private int running;
  private volatile boolean stopping;

  /**
   * @param segmentSource the page source of each segment number
   */
  ParallelScanStream(String table, int segments, IntFunction<PageSource> segmentSource) {
    this.running = segments;
    for (int segment = 0; segment < segments; segment++) {
      PageSource source = segmentSource.apply(segment);
      Thread thread = new Thread(() -> run(source), "dynamosql-scan-" + table + "-" + segment);
      thread.setDaemon(true);
      threads.add(thread);
    }
    threads.forEach(Thread::start);
  }

  private void run(PageSource source) {
    try {
      Map<String, AttributeValue> start = Map.of();
      while (awaitPermit()) {
        Page page = source.fetch(start);
        if (page.items().isEmpty()) {
          pagesAhead.release();
        } else {
          handOver.add(new PageSignal(page.items()));
        }
        if (page.isLast()) {
          handOver.add(new SegmentDone());
          return;
        }
        start = page.lastEvaluatedKey();
      }
    } catch (InterruptedException stopped) {
      // close() interrupts the threads: nobody wants the rest.
    } catch (SQLException failure) {
      handOver.add(new SegmentFailed(failure));
    } catch (RuntimeException | Error failure) {
      // The reader must not wait forever for a segment that died.
      handOver.add(
          new SegmentFailed(
              SqlState.GENERAL_ERROR.exception("A scan segment failed: " + failure, failure)));
      if (failure instanceof Error fatal) {
        throw fatal;
      }
    }
  }

  /** Waits for room for one more page; false once the stream is closed. */
  private boolean awaitPermit() throws InterruptedException {
    while (!stopping) {
      if (pagesAhead.tryAcquire(PERMIT_POLL_MILLIS, TimeUnit.MILLISECONDS)) {
        return true;
      }
    }
    return false;
  }

  @Override
  boolean fill() throws SQLException {
    Signal signal;
    try {
      signal = handOver.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw SqlState.QUERY_CANCELLED.exception("Interrupted while waiting for the scan", e);
    }
    if (signal instanceof PageSignal page) {
      buffer(page.items());
      pagesAhead.release();
    } else if (signal instanceof SegmentFailed failed) {
      close();
      throw failed.failure();
    } else {
      running--;
    }
    return running > 0;
  }

  @Override
  void stop() {
    stopping = true;
    threads.forEach(Thread::interrupt);
    handOver.clear();
  }
}
