package io.dynamosql.mcp.security;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client, kept in this instance's memory: {@code capacity} requests in a burst,
 * refilled at {@code perMinute}. Behind a load balancer each instance enforces its own share.
 */
public final class InMemoryTokenBucketRateLimiter implements RateLimiter {

  private static final long NANOS_PER_MINUTE = 60_000_000_000L;

  private final int capacity;
  private final double tokensPerNano;
  private final LongSupplier clock;
  private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  /**
   * @param clock nanosecond time source ({@code System::nanoTime})
   */
  public InMemoryTokenBucketRateLimiter(int capacity, int perMinute, LongSupplier clock) {
    this.capacity = capacity;
    this.tokensPerNano = perMinute / (double) NANOS_PER_MINUTE;
    this.clock = clock;
  }

  private static final class Bucket {
    double tokens;
    long updated;

    Bucket(double tokens, long updated) {
      this.tokens = tokens;
      this.updated = updated;
    }
  }

  @Override
  public Decision acquire(String clientId) {
    long now = clock.getAsLong();
    Bucket bucket = buckets.computeIfAbsent(clientId, id -> new Bucket(capacity, now));
    synchronized (bucket) {
      bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updated) * tokensPerNano);
      bucket.updated = now;
      boolean allowed = bucket.tokens >= 1;
      if (allowed) {
        bucket.tokens -= 1;
      }
      long reset = seconds((capacity - bucket.tokens) / tokensPerNano);
      long retry = allowed ? 0 : Math.max(1, seconds((1 - bucket.tokens) / tokensPerNano));
      return new Decision(allowed, capacity, (int) Math.floor(bucket.tokens), reset, retry);
    }
  }

  private static long seconds(double nanos) {
    return (long) Math.ceil(nanos / 1_000_000_000d);
  }
}
