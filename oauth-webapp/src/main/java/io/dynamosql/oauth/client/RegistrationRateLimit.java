package io.dynamosql.oauth.client;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many Dynamic Client Registrations one remote address may make per minute, counted per
 * instance in fixed one-minute windows. The table's cap bounds the total across instances.
 */
public final class RegistrationRateLimit {

  private record Window(long minute, int count) {}

  private final int perMinute;
  private final Clock clock;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  public RegistrationRateLimit(int perMinute, Clock clock) {
    this.perMinute = perMinute;
    this.clock = clock;
  }

  /** Counts one registration of {@code address}; false when its minute is used up. */
  public boolean tryAcquire(String address) {
    long minute = clock.instant().getEpochSecond() / 60;
    if (windows.size() > 10_000) {
      // Forget finished windows so that many distinct addresses cannot grow the map for ever.
      windows.values().removeIf(w -> w.minute() < minute);
    }
    Window window =
        windows.merge(
            address,
            new Window(minute, 1),
            (old, fresh) -> old.minute() == minute ? new Window(minute, old.count() + 1) : fresh);
    return window.count() <= perMinute;
  }

  /** Seconds until the current window ends, for Retry-After. */
  public long secondsToNextWindow() {
    Instant now = clock.instant();
    return 60 - now.getEpochSecond() % 60;
  }
}
