package io.dynamosql.jdbc.dynamo;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.LongSupplier;

/**
 * Request counts of the last {@value #SECONDS} seconds: a ring of one bucket per second, reused as
 * the seconds come round, so the memory is fixed whatever the traffic. Lock-free: a thread that
 * finds its second's slot holding an older second swaps in a fresh bucket with one compare-and-set
 * (at most once per slot and second), then adds with atomic increments.
 */
final class RequestWindow {

  /** The window's length. */
  static final int SECONDS = 60;

  /** One second's counts. */
  private static final class Bucket {
    private final long second;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong throttled = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    private Bucket(long second) {
      this.second = second;
    }
  }

  private final LongSupplier clockMillis;
  private final AtomicReferenceArray<Bucket> buckets = new AtomicReferenceArray<>(SECONDS);

  /**
   * @param clockMillis the wall clock in milliseconds ({@code System::currentTimeMillis}); tests
   *     pass their own to move time on
   */
  RequestWindow(LongSupplier clockMillis) {
    this.clockMillis = clockMillis;
  }

  /** Adds one completed API call. */
  void record(int retries, int throttled, boolean failed) {
    Bucket bucket = bucket(now());
    bucket.requests.incrementAndGet();
    if (retries > 0) {
      bucket.retries.addAndGet(retries);
    }
    if (throttled > 0) {
      bucket.throttled.addAndGet(throttled);
    }
    if (failed) {
      bucket.failed.incrementAndGet();
    }
  }

  /** The sums over the buckets of the last {@value #SECONDS} seconds, this one included. */
  RequestCounts counts() {
    long now = now();
    long requests = 0;
    long retries = 0;
    long throttled = 0;
    long failed = 0;
    for (int slot = 0; slot < SECONDS; slot++) {
      Bucket bucket = buckets.get(slot);
      if (bucket != null && bucket.second > now - SECONDS && bucket.second <= now) {
        requests += bucket.requests.get();
        retries += bucket.retries.get();
        throttled += bucket.throttled.get();
        failed += bucket.failed.get();
      }
    }
    return new RequestCounts(requests, retries, throttled, failed, Duration.ofSeconds(SECONDS));
  }

  private long now() {
    return TimeUnit.MILLISECONDS.toSeconds(clockMillis.getAsLong());
  }

  private Bucket bucket(long second) {
    int slot = (int) Math.floorMod(second, (long) SECONDS);
    while (true) {
      Bucket held = buckets.get(slot);
      if (held != null && held.second >= second) {
        // This second's bucket, or (the clock was set back) a newer one: count there.
        return held;
      }
      Bucket fresh = new Bucket(second);
      if (buckets.compareAndSet(slot, held, fresh)) {
        return fresh;
      }
    }
  }
}
