package io.dynamosql.bench.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A read through the JDBC driver, exactly as an application does it: a PreparedStatement prepared
 * once and executed per read (or a plain Statement, parsed per read), every column read with {@code
 * getString}.
 */
public final class DriverAccess implements Access {

  private final Connection connection;
  private final String sql;
  private final List<Object> parameters;
  private final List<String> keyColumns;
  private final boolean prepared;
  private PreparedStatement statement;

  private DriverAccess(
      Connection connection,
      String sql,
      List<Object> parameters,
      List<String> keyColumns,
      boolean prepared) {
    this.connection = connection;
    this.sql = sql;
    this.parameters = parameters;
    this.keyColumns = keyColumns;
    this.prepared = prepared;
  }

  /** A PreparedStatement with {@code ?} parameters, prepared on first use and reused. */
  public static DriverAccess prepared(
      Connection connection, String sql, List<Object> parameters, List<String> keyColumns) {
    return new DriverAccess(connection, sql, parameters, keyColumns, true);
  }

  /** A plain Statement: the SQL text is parsed and planned on every read. */
  public static DriverAccess plain(Connection connection, String sql, List<String> keyColumns) {
    return new DriverAccess(connection, sql, List.of(), keyColumns, false);
  }

  @Override
  public Outcome read() throws SQLException {
    if (!prepared) {
      try (Statement plain = connection.createStatement();
          ResultSet rows = plain.executeQuery(sql)) {
        return consume(rows);
      }
    }
    if (statement == null) {
      statement = connection.prepareStatement(sql);
    }
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
    try (ResultSet rows = statement.executeQuery()) {
      return consume(rows);
    }
  }

  private Outcome consume(ResultSet rows) throws SQLException {
    int columns = rows.getMetaData().getColumnCount();
    int[] keys = new int[keyColumns.size()];
    for (int k = 0; k < keys.length; k++) {
      keys[k] = rows.findColumn(keyColumns.get(k));
    }
    Outcome.Builder outcome = new Outcome.Builder();
    StringBuilder key = new StringBuilder();
    while (rows.next()) {
      for (int c = 1; c <= columns; c++) {
        outcome.value(rows.getString(c));
      }
      key.setLength(0);
      for (int k : keys) {
        key.append(rows.getString(k)).append('\u0000');
      }
      outcome.row(key.toString());
    }
    return outcome.build();
  }
}
