package io.dynamosql.jdbc.dynamo;

import io.dynamosql.jdbc.error.SqlState;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A Scan in parallel segments, one daemon thread per segment. Each thread sends its next request
 * only once its previous page has been handed over, and the hand-over queue holds at most one page
 * more than there are segments, so the threads wait while the reader lags instead of reading the
 * table ahead of it. Closing the stream stops the threads (interrupted, their pages dropped); a
 * failure in any segment ends the stream with that failure.
 */
final class ParallelScanStream extends BufferedItemStream {

  /** What a segment thread hands over: a page, its end, or its failure. */
  private sealed interface Signal permits PageSignal, SegmentDone, SegmentFailed {}

  private record PageSignal(List<Map<String, Object>> items) implements Signal {}

  private record SegmentDone() implements Signal {}

  private record SegmentFailed(SQLException failure) implements Signal {}

  /** How often a segment thread waiting for room looks whether the stream was closed. */
  private static final long HAND_OVER_POLL_MILLIS = 100;

  private final BlockingQueue<Signal> handOver;
  private final List<Thread> threads = new ArrayList<>();
  private int running;
  private volatile boolean stopping;

  /**
   * @param segmentSource the page source of each segment number
   */
  ParallelScanStream(
      String table, int segments, IntFunction<PageSource> segmentSource, ReadTally tally) {
    super(tally);
    this.handOver = new ArrayBlockingQueue<>(segments + 1);
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
      while (!stopping) {
        Page page = source.fetch(start);
        if (!page.items().isEmpty()) {
          deliver(new PageSignal(page.items()));
        }
        if (page.isLast()) {
          break;
        }
        start = page.lastEvaluatedKey();
      }
      deliver(new SegmentDone());
    } catch (InterruptedException stopped) {
      // close() interrupts the threads: nobody wants the rest.
    } catch (SQLException failure) {
      deliverQuietly(new SegmentFailed(failure));
    } catch (RuntimeException | Error failure) {
      // The reader must not wait forever for a segment that died.
      deliverQuietly(
          new SegmentFailed(
              SqlState.GENERAL_ERROR.exception("A scan segment failed: " + failure, failure)));
      if (failure instanceof Error fatal) {
        throw fatal;
      }
    }
  }

  /** Hands a signal to the reader, waiting for room; gives up once the stream is closed. */
  private void deliver(Signal signal) throws InterruptedException {
    while (!stopping) {
      if (handOver.offer(signal, HAND_OVER_POLL_MILLIS, TimeUnit.MILLISECONDS)) {
        return;
      }
    }
  }

  private void deliverQuietly(Signal signal) {
    try {
      deliver(signal);
    } catch (InterruptedException stopped) {
      // Closed while failing: the failure has no reader any more.
    }
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
