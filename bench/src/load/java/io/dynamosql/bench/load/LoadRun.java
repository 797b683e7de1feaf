package io.dynamosql.bench.load;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The mixed load: well-behaved clients paced at a fixed rate (within their bucket) and greedy
 * clients sending bursts beyond theirs, all at once for a fixed time. Every {@code run_sql} answer
 * is checked against the driver's rows; latencies of successful calls are kept per tool and per
 * query kind for the well-behaved clients.
 */
final class LoadRun {

  private static final List<String> RATE_LIMIT_HEADERS =
      List.of("Retry-After", "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset");

  /** Calls a greedy client sends at once: more than the bucket holds. */
  static final int BURST = 80;

  private final Map<Operation.RunSql, ResultRows> expected;

  final Latencies byTool = new Latencies();
  final Latencies byQuery = new Latencies();
  final Tally wellBehaved = new Tally();
  final Tally greedy = new Tally();
  long elapsedNanos;

  LoadRun(Map<Operation.RunSql, ResultRows> expected) {
    this.expected = expected;
  }

  void run(List<McpClient> paced, List<McpClient> unpaced, double rate, Duration duration)
      throws InterruptedException {
    ExecutorService threads = Executors.newFixedThreadPool(paced.size() + unpaced.size());
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    List<Future<?>> running = new ArrayList<>();
    long interval = (long) (1e9 / rate);
    for (int i = 0; i < paced.size(); i++) {
      McpClient client = paced.get(i);
      // Spread the clients over one interval so that they do not call in lockstep.
      long first = start + interval * i / paced.size();
      SplittableRandom random = new SplittableRandom(i);
      running.add(threads.submit(() -> loop(client, random, wellBehaved, first, interval, end)));
    }
    for (int i = 0; i < unpaced.size(); i++) {
      McpClient client = unpaced.get(i);
      running.add(threads.submit(() -> bursts(client, end)));
    }
    threads.shutdown();
    if (!threads.awaitTermination(duration.toSeconds() + 120, TimeUnit.SECONDS)) {
      threads.shutdownNow();
      throw new IllegalStateException("clients did not finish within two minutes of the end");
    }
    elapsedNanos = System.nanoTime() - start;
    for (Future<?> future : running) {
      try {
        future.get();
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException("a client thread failed", e.getCause());
      }
    }
  }

  private Void loop(
      McpClient client, SplittableRandom random, Tally tally, long first, long interval, long end)
      throws InterruptedException {
    long next = first;
    while (true) {
      long now = System.nanoTime();
      if (now >= end) {
        return null;
      }
      if (next > now) {
        TimeUnit.NANOSECONDS.sleep(Math.min(next - now, end - now));
        continue;
      }
      // Behind schedule: go on from now rather than catching up in a burst.
      next = Math.max(next + interval, now);
      Operation operation = QueryMix.next(random);
      tally.calls.incrementAndGet();
      try {
        record(operation, client.call(operation), tally);
      } catch (IOException e) {
        tally.errors.incrementAndGet();
        tally.problem(operation.label() + ": " + e);
      }
    }
  }

  /**
   * A client ignoring its limit: {@link #BURST} calls at once, every second, whatever the server's
   * speed, so that its bucket (60) is always exceeded.
   */
  private Void bursts(McpClient client, long end) throws InterruptedException {
    Operation operation = new Operation.ListTables();
    while (System.nanoTime() < end) {
      try {
        for (McpCall call : client.burst(operation, BURST)) {
          greedy.calls.incrementAndGet();
          record(operation, call, greedy);
        }
      } catch (IOException e) {
        greedy.errors.incrementAndGet();
        greedy.problem("burst: " + e);
      }
      TimeUnit.SECONDS.sleep(1);
    }
    return null;
  }

  private void record(Operation operation, McpCall call, Tally tally) {
    if (call.status() == 429) {
      tally.rateLimited.incrementAndGet();
      if (!RATE_LIMIT_HEADERS.stream().allMatch(h -> call.headers().firstValue(h).isPresent())) {
        tally.malformedRateLimits.incrementAndGet();
        tally.problem("429 without the rate-limit headers: " + call.headers().map());
      }
      return;
    }
    if (!call.succeeded()) {
      tally.errors.incrementAndGet();
      tally.problem(operation.label() + ": " + call.problem());
      return;
    }
    if (operation instanceof Operation.RunSql query) {
      ResultRows want = expected.get(query);
      ResultRows got = ResultRows.of(call.body().path("result"));
      tally.rowsChecked.addAndGet(want.rows().size());
      int lost = want.missingFrom(got);
      int extra = want.extraIn(got);
      tally.lostRows.addAndGet(lost);
      tally.extraRows.addAndGet(extra);
      if (lost + extra > 0) {
        tally.problem(query.label() + ": " + lost + " rows lost, " + extra + " extra");
      }
      if (tally == wellBehaved) {
        byQuery.add(query.label(), call.nanos());
      }
    }
    if (tally == wellBehaved) {
      byTool.add(operation.tool(), call.nanos());
    }
  }
}
