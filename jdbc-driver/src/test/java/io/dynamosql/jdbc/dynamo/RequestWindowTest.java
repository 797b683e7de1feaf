package io.dynamosql.jdbc.dynamo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The window's counts leave it when their second is more than 60 s old, on a clock the test moves.
 */
class RequestWindowTest {

  private final AtomicLong clock = new AtomicLong(1_000_000_000L);
  private final RequestWindow window = new RequestWindow(clock::get);

  @Test
  void countsStayForSixtySecondsThenLeave() {
    window.record(2, 2, false);
    window.record(3, 0, true);
    assertEquals(new RequestCounts(2, 5, 2, 1, Duration.ofSeconds(60)), window.counts());

    clock.addAndGet(59_999);
    assertEquals(2, window.counts().requests(), "still within 60 s");

    clock.addAndGet(1);
    assertEquals(new RequestCounts(0, 0, 0, 0, Duration.ofSeconds(60)), window.counts());
  }

  @Test
  void eachSecondLeavesOnItsOwn() {
    for (int second = 0; second < 3; second++) {
      window.record(0, 0, true);
      clock.addAndGet(1_000);
    }
    assertEquals(3, window.counts().failed());
    clock.addAndGet(57_000);
    assertEquals(2, window.counts().failed(), "the first second has left");
    clock.addAndGet(1_000);
    assertEquals(1, window.counts().failed());
  }

  @Test
  void aSlotComingRoundAgainStartsFromZero() {
    window.record(0, 1, false);
    clock.addAndGet(60_000);
    window.record(0, 0, false);
    assertEquals(new RequestCounts(1, 0, 0, 0, Duration.ofSeconds(60)), window.counts());
  }

  @Test
  void aClockSetBackCountsInTheNewerSecond() {
    clock.addAndGet(60_000);
    window.record(0, 0, true);
    clock.addAndGet(-60_000);
    window.record(0, 0, true);
    clock.addAndGet(60_000);
    assertEquals(2, window.counts().failed());
  }
}
