package io.dynamosql.mcp.sql;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientException;

/** Whose fault a failed query is, read from the driver's exception and its SQLState. */
public enum QueryFailure {
  /** No connection to the database: not the query's fault (SQLState class 08). */
  UNAVAILABLE,
  /** The statement ran out of time. */
  TIMEOUT,
  /** A transient failure (throttling, for example): the same query may work later. */
  TRANSIENT,
  /** The query itself is wrong: syntax, unknown names, types, the read-only rule. */
  INVALID_QUERY;

  public static QueryFailure of(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (state.startsWith("08")) {
      return UNAVAILABLE;
    }
    if (e instanceof SQLTimeoutException || state.equals("HYT00") || state.equals("57014")) {
      return TIMEOUT;
    }
    return e instanceof SQLTransientException ? TRANSIENT : INVALID_QUERY;
  }
}
