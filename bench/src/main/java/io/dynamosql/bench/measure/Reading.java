package io.dynamosql.bench.measure;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the AWS SDK calls of one period cost, as DynamoDB answered them.
 *
 * @param calls round trips per operation ({@code Query}, {@code BatchGetItem}, ...)
 * @param itemsRead items DynamoDB evaluated: {@code ScannedCount} of a Query or Scan, the items of
 *     a GetItem or BatchGetItem answer
 * @param partiqlItems items returned by {@code ExecuteStatement}, which reports neither a scanned
 *     count nor (on DynamoDB Local) consumed capacity: the only count it gives
 */
public record Reading(Map<String, Long> calls, long itemsRead, long partiqlItems) {

  public Reading {
    calls = Map.copyOf(calls);
  }

  /** This reading minus an earlier one. */
  public Reading since(Reading earlier) {
    Map<String, Long> delta = new TreeMap<>();
    calls.forEach(
        (operation, count) -> {
          long d = count - earlier.calls.getOrDefault(operation, 0L);
          if (d != 0) {
            delta.put(operation, d);
          }
        });
    return new Reading(delta, itemsRead - earlier.itemsRead, partiqlItems - earlier.partiqlItems);
  }

  public long calls(String operation) {
    return calls.getOrDefault(operation, 0L);
  }

  public long totalCalls() {
    return calls.values().stream().mapToLong(Long::longValue).sum();
  }
}
