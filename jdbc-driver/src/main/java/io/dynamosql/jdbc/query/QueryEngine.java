package io.dynamosql.jdbc.query;

import java.sql.SQLException;

/**
 * Turns SQL text into a query the JDBC statements can run; one instance serves every connection.
 */
public interface QueryEngine {

  /**
   * Parses {@code sql}, refuses anything but a read (25006 / 42000, before DynamoDB is asked
   * anything), and resolves its names against {@code context.catalog()}.
   *
   * @throws SQLException 42000 syntax, 25006 not a read, 42S02 / 42S22 unknown names, 0A000 a
   *     feature the engine does not have
   */
  PreparedQuery prepare(String sql, QueryContext context) throws SQLException;
}
