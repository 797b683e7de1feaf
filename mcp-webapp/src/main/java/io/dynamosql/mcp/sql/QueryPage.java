package io.dynamosql.mcp.sql;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One page of a query result.
 *
 * @param columns the result columns
 * @param rows the rows, values in column order
 * @param hasMore whether rows follow this page
 * @param itemsRead DynamoDB items this page's execution read (the rows it skipped included, when it
 *     could not resume), or null when the driver does not say
 * @param next where the page after this one starts
 * @param plan the plan the driver chose (its EXPLAIN text) on a result's first page, else null
 * @param warnings the statement's SQL warnings (a full table scan, for example)
 * @param planMillis time until the statement was parsed, planned and started, in milliseconds
 * @param elapsedMillis time from the statement's start to the page's last row, in milliseconds
 */
public record QueryPage(
    List<ResultColumn> columns,
    List<List<JsonNode>> rows,
    boolean hasMore,
    Long itemsRead,
    Continuation next,
    String plan,
    List<String> warnings,
    long planMillis,
    long elapsedMillis) {

  public QueryPage {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    warnings = List.copyOf(warnings);
  }
}
