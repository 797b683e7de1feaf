package io.dynamosql.mcp.tool;

import io.dynamosql.mcp.sql.QueryFailure;
import java.sql.SQLException;

/** What a tool tells the model about a failed statement. */
final class SqlErrorText {

  private SqlErrorText() {}

  /** The driver's message, which says what to fix; connection trouble is not the query's fault. */
  static String of(SQLException e) {
    String state = e.getSQLState() == null ? "" : " (SQLState " + e.getSQLState() + ")";
    return switch (QueryFailure.of(e)) {
      case UNAVAILABLE -> "The database is unavailable right now" + state + "; try again later.";
      case TIMEOUT ->
          "The query ran out of time"
              + state
              + ": constrain a partition key or an index key, or aggregate, so that it reads"
              + " fewer items.";
      case TRANSIENT -> "The query failed for now" + state + ": " + e.getMessage();
      case INVALID_QUERY -> "The query failed" + state + ": " + e.getMessage();
    };
  }
}
