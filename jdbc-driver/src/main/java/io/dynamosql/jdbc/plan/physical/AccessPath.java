package io.dynamosql.jdbc.plan.physical;

/**
 * How one table reference reads DynamoDB, cheapest first: {@link GetItemPath}, {@link
 * BatchGetPath}, {@link QueryPath} (table or index), {@link ScanPath}.
 */
public sealed interface AccessPath permits GetItemPath, BatchGetPath, QueryPath, ScanPath {

  /** The operation name EXPLAIN shows, e.g. {@code Query(index status-created_at-index)}. */
  String operation();
}
