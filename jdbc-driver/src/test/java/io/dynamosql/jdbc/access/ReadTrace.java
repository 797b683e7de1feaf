package io.dynamosql.jdbc.access;

import io.dynamosql.jdbc.support.DynamoDbCall;
import java.util.List;
import java.util.Set;

/**
 * The data reads (GetItem, BatchGetItem, Query, Scan) one statement sent, as the proxy saw them.
 */
record ReadTrace(List<DynamoDbCall> calls) {

  private static final Set<String> DATA_READS = Set.of("GetItem", "BatchGetItem", "Query", "Scan");

  static ReadTrace of(List<DynamoDbCall> allCalls) {
    return new ReadTrace(
        allCalls.stream().filter(c -> DATA_READS.contains(c.operation())).toList());
  }

  /** The calls on one table. */
  List<DynamoDbCall> on(String table) {
    return calls.stream().filter(c -> c.table().orElse("").equals(table)).toList();
  }

  /** Items DynamoDB evaluated over all calls. */
  long itemsRead() {
    return calls.stream().mapToLong(DynamoDbCall::itemsRead).sum();
  }

  /** Items DynamoDB evaluated on one table. */
  long itemsRead(String table) {
    return on(table).stream().mapToLong(DynamoDbCall::itemsRead).sum();
  }

  /** The distinct operations sent, e.g. {@code [Query]}. */
  Set<String> operations() {
    return Set.copyOf(calls.stream().map(DynamoDbCall::operation).toList());
  }

  @Override
  public String toString() {
    return calls.stream()
        .map(DynamoDbCall::toString)
        .reduce((a, b) -> a + "\n" + b)
        .orElse("(none)");
  }
}
