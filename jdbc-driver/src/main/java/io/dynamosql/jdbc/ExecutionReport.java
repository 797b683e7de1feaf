package io.dynamosql.jdbc;

import java.util.List;

/**
 * What a DynamoSQL result set says about the execution behind it, beyond JDBC. Reach it through
 * {@code resultSet.unwrap(ExecutionReport.class)}, which connection pools pass through to the
 * driver's result set.
 */
public interface ExecutionReport {

  /**
   * The plan the statement executes, one line per element, as {@code EXPLAIN} of the same SQL shows
   * it (no second planning round); empty for metadata results.
   */
  List<String> plan();

  /**
   * Items DynamoDB evaluated for this result so far ({@code ScannedCount} of Query and Scan, items
   * found by GetItem and BatchGetItem): what read capacity is charged for. A continuation started
   * from a resume token counts only what it read itself.
   */
  long itemsRead();
}
