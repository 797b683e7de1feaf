package io.dynamosql.jdbc.query;

import io.dynamosql.jdbc.result.ResultColumn;
import io.dynamosql.jdbc.result.RowCursor;
import io.dynamosql.jdbc.type.SqlType;
import java.sql.SQLException;
import java.util.List;

/** One prepared read: parsed, checked and bound, executable any number of times. */
public interface PreparedQuery {

  /**
   * The type of each {@code ?} marker, in order, as its context implies ({@code VARCHAR} if none).
   */
  List<SqlType> parameterTypes();

  /** The result's columns, known before anything is read. */
  List<ResultColumn> columns();

  /**
   * The plan the query executes, one line per element, as {@code EXPLAIN} shows it; empty when the
   * engine does not say.
   */
  default List<String> plan() {
    return List.of();
  }

  /**
   * Runs the query. Nothing is read from DynamoDB until the cursor is asked for rows, and then only
   * page by page.
   *
   * @param parameters one value per {@code ?} marker, as the application set it (String, Number,
   *     Boolean, byte[], java.sql date/time types, java.time types, List, Map, or null for NULL)
   * @throws SQLException 07001 when a parameter is missing; 22023 when {@code
   *     options.resumeToken()} is not a token of this query with these parameters
   */
  RowCursor execute(List<Object> parameters, ExecutionOptions options) throws SQLException;
}
