package io.dynamosql.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** What a group of clients saw: counts, checked rows and the first problems, thread-safe. */
final class Tally {

  private static final int KEPT_PROBLEMS = 10;

  final AtomicLong calls = new AtomicLong();
  final AtomicLong errors = new AtomicLong();
  final AtomicLong rateLimited = new AtomicLong();

  /** 429s lacking Retry-After or an X-RateLimit-* header. */
  final AtomicLong malformedRateLimits = new AtomicLong();

  final AtomicLong rowsChecked = new AtomicLong();
  final AtomicLong lostRows = new AtomicLong();
  final AtomicLong extraRows = new AtomicLong();
  private final List<String> problems = new ArrayList<>();

  synchronized void problem(String text) {
    if (problems.size() < KEPT_PROBLEMS) {
      problems.add(text);
    }
  }

  synchronized List<String> problems() {
    return List.copyOf(problems);
  }
}
