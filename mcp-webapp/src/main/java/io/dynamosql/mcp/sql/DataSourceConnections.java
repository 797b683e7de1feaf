package io.dynamosql.mcp.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Opens connections from the container's DataSource. A pool that cannot hand one out says why in
 * words that name classes, hosts and pool settings; that stays in the server log, and the caller
 * sees SQLState {@value #UNAVAILABLE_STATE} with a plain message.
 */
final class DataSourceConnections {

  /** SQLState of a connection that could not be opened (SQL standard class 08). */
  static final String UNAVAILABLE_STATE = "08001";

  private static final Logger LOG = Logger.getLogger(DataSourceConnections.class.getName());

  private DataSourceConnections() {}

  static Connection open(DataSource dataSource) throws SQLException {
    try {
      return dataSource.getConnection();
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "No connection from the DataSource", e);
      throw new SQLNonTransientConnectionException(
          "The database is unavailable", UNAVAILABLE_STATE, e);
    }
  }
}
