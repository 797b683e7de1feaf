package io.dynamosql.bench.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Round trips grouped by a name (the tool, or the query kind), thread-safe. */
final class Latencies {

  private final Map<String, List<Long>> nanos = new TreeMap<>();

  synchronized void add(String name, long roundTrip) {
    nanos.computeIfAbsent(name, n -> new ArrayList<>()).add(roundTrip);
  }

  synchronized Map<String, Summary> summaries() {
    Map<String, Summary> result = new TreeMap<>();
    nanos.forEach((name, values) -> result.put(name, Summary.of(values)));
    return result;
  }

  /** Count and percentiles (nearest rank) in milliseconds. */
  record Summary(int count, double p50, double p95, double p99) {
    static Summary of(List<Long> values) {
      List<Long> sorted = new ArrayList<>(values);
      Collections.sort(sorted);
      return new Summary(sorted.size(), at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99));
    }

    private static double at(List<Long> sorted, double quantile) {
      if (sorted.isEmpty()) {
        return Double.NaN;
      }
      int rank = (int) Math.ceil(quantile * sorted.size());
      return sorted.get(Math.max(rank - 1, 0)) / 1e6;
    }
  }
}
