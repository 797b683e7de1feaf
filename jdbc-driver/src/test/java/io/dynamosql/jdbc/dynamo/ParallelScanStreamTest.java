package io.dynamosql.jdbc.dynamo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The parallel scan's hand-off, over page sources that answer at once (so the segment threads would
 * race ahead of a slow reader if nothing held them back): however many segments, no more than
 * {@link ParallelScanStream#PAGES_AHEAD} pages are fetched beyond those the reader has taken.
 */
class ParallelScanStreamTest {

  private static final int SEGMENTS = 4;
  private static final int PAGES_PER_SEGMENT = 25;
  private static final int ITEMS_PER_PAGE = 5;

  private final AtomicInteger fetches = new AtomicInteger();

  /** Segment {@code s} answers pages 0..24, each of five items {@code s-page-i}. */
  private PageSource segment(int s) {
    return start -> {
      int page = start.isEmpty() ? 0 : Integer.parseInt(start.get("page").n());
      fetches.incrementAndGet();
      List<Map<String, Object>> items = new ArrayList<>();
      for (int i = 0; i < ITEMS_PER_PAGE; i++) {
        items.add(Map.of("id", s + "-" + page + "-" + i));
      }
      return new Page(
          items,
          page + 1 < PAGES_PER_SEGMENT
              ? Map.of("page", AttributeValue.fromN(Integer.toString(page + 1)))
              : Map.of());
    };
  }

  @Test
  void aSlowReaderHoldsTheSegmentsBackToTheBound() throws Exception {
    Set<Object> seen = new HashSet<>();
    try (ParallelScanStream stream = new ParallelScanStream("bounded", SEGMENTS, this::segment)) {
      // Let the segment threads run as far as they are allowed before the first page is taken.
      Thread.sleep(300);
      assertTrue(fetches.get() <= ParallelScanStream.PAGES_AHEAD, "fetched " + fetches.get());
      int taken = 0;
      while (stream.hasNext()) {
        seen.add(stream.next().get("id"));
        taken++;
        int pagesTaken = (taken + ITEMS_PER_PAGE - 1) / ITEMS_PER_PAGE;
        assertTrue(
            fetches.get() <= pagesTaken + ParallelScanStream.PAGES_AHEAD,
            fetches.get() + " pages fetched when the reader had taken " + pagesTaken);
        if (taken % ITEMS_PER_PAGE == 0 && taken % (ITEMS_PER_PAGE * 10) == 0) {
          Thread.sleep(50);
        }
      }
    }
    assertEquals(SEGMENTS * PAGES_PER_SEGMENT * ITEMS_PER_PAGE, seen.size());
    assertEquals(SEGMENTS * PAGES_PER_SEGMENT, fetches.get());
  }

  @Test
  void closingStopsTheSegmentThreads() throws SQLException {
    try (ParallelScanStream stream = new ParallelScanStream("closing", SEGMENTS, this::segment)) {
      stream.next();
    }
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          while (Thread.getAllStackTraces().keySet().stream()
              .anyMatch(t -> t.getName().startsWith("dynamosql-scan-closing-"))) {
            Thread.sleep(20);
          }
        });
    assertTrue(
        fetches.get() <= 1 + ParallelScanStream.PAGES_AHEAD,
        "fetched " + fetches.get() + " pages for a reader that took one item");
  }
}
