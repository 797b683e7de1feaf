package io.dynamosql.mcp.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class InMemoryTokenBucketRateLimiterTest {

  private final AtomicLong now = new AtomicLong();
  private final RateLimiter limiter = new InMemoryTokenBucketRateLimiter(3, 60, now::get);

  @Test
  void aBurstUpToTheCapacityPassesThenRequestsWait() {
    for (int remaining = 2; remaining >= 0; remaining--) {
      RateLimiter.Decision d = limiter.acquire("a");
      assertTrue(d.allowed());
      assertEquals(remaining, d.remaining());
      assertEquals(3, d.limit());
    }
    RateLimiter.Decision refused = limiter.acquire("a");
    assertFalse(refused.allowed());
    assertEquals(1, refused.retryAfterSeconds());
    assertEquals(3, refused.resetSeconds());
  }

  @Test
  void tokensRefillOverTimeAndClientsAreIndependent() {
    for (int i = 0; i < 3; i++) {
      limiter.acquire("a");
    }
    assertTrue(limiter.acquire("b").allowed());
    assertFalse(limiter.acquire("a").allowed());
    now.addAndGet(1_000_000_000L);
    assertTrue(limiter.acquire("a").allowed());
    assertFalse(limiter.acquire("a").allowed());
  }
}
