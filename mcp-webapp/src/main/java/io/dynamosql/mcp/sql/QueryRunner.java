package io.dynamosql.mcp.sql;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Runs one read-only query through the DataSource and reads one page of it. The statement's row
 * limit is set to the end of the page plus one row, so the driver stops reading DynamoDB as soon as
 * it knows whether more rows exist.
 */
public final class QueryRunner {

  private final DataSource dataSource;
  private final Duration timeout;

  public QueryRunner(DataSource dataSource, Duration timeout) {
    this.dataSource = dataSource;
    this.timeout = timeout;
  }

  /**
   * Reads rows {@code offset} to {@code offset + maxRows - 1} of a query.
   *
   * @param schema the schema unqualified names resolve in, or null for the connection's default
   * @throws SQLException the driver's error (syntax, unknown table, read-only violation, ...)
   */
  public QueryPage page(String sql, String schema, long offset, int maxRows) throws SQLException {
    long started = System.nanoTime();
    try (Connection connection = open(schema)) {
      // The plan is news on the first page; continuations skip the extra planning round.
      String plan = offset == 0 ? explainQuietly(connection, sql) : null;
      long planned = System.nanoTime();
      try (Statement statement = connection.createStatement()) {
        statement.setQueryTimeout((int) timeout.toSeconds());
        statement.setMaxRows((int) Math.min(Integer.MAX_VALUE, offset + maxRows + 1));
        statement.setFetchSize(Math.min(maxRows + 1, 1000));
        try (ResultSet rows = statement.executeQuery(sql)) {
          List<ResultColumn> columns = columns(rows.getMetaData());
          for (long skipped = 0; skipped < offset && rows.next(); skipped++) {
            // rows before the page were returned by an earlier call
          }
          List<List<JsonNode>> page = new ArrayList<>();
          while (page.size() < maxRows && rows.next()) {
            List<JsonNode> row = new ArrayList<>(columns.size());
            for (int i = 1; i <= columns.size(); i++) {
              row.add(JsonValues.read(rows, i));
            }
            page.add(row);
          }
          boolean hasMore = page.size() == maxRows && rows.next();
          Set<String> warnings = new LinkedHashSet<>();
          collect(statement.getWarnings(), warnings);
          collect(rows.getWarnings(), warnings);
          return new QueryPage(
              columns,
              page,
              hasMore,
              null,
              plan,
              List.copyOf(warnings),
              millis(planned - started),
              millis(System.nanoTime() - started));
        }
      }
    }
  }

  /**
   * The driver's plan of a query and its normalised text, without running the query.
   *
   * @throws SQLException the driver's error (syntax, unknown table, read-only violation, ...)
   */
  public QueryPlan plan(String sql, String schema) throws SQLException {
    long started = System.nanoTime();
    try (Connection connection = open(schema)) {
      String plan = explain(connection, sql);
      return new QueryPlan(plan, connection.nativeSQL(sql), millis(System.nanoTime() - started));
    }
  }

  private Connection open(String schema) throws SQLException {
    Connection connection = DataSourceConnections.open(dataSource);
    try {
      connection.setReadOnly(true);
      if (schema != null) {
        connection.setSchema(schema);
      }
      return connection;
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
  }

  private static String explain(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("EXPLAIN " + sql)) {
      StringBuilder plan = new StringBuilder();
      int columns = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        for (int i = 1; i <= columns; i++) {
          if (plan.length() > 0) {
            plan.append('\n');
          }
          plan.append(rows.getString(i));
        }
      }
      return plan.toString();
    }
  }

  /**
   * The plan, or null when the driver cannot explain this statement; the statement's own execution
   * then reports the real error.
   */
  private static String explainQuietly(Connection connection, String sql) {
    try {
      return explain(connection, sql);
    } catch (SQLException e) {
      return null;
    }
  }

  private static List<ResultColumn> columns(ResultSetMetaData meta) throws SQLException {
    List<ResultColumn> columns = new ArrayList<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      columns.add(new ResultColumn(meta.getColumnLabel(i), meta.getColumnTypeName(i)));
    }
    return columns;
  }

  private static void collect(SQLWarning warning, Set<String> into) {
    for (SQLWarning w = warning; w != null; w = w.getNextWarning()) {
      into.add(w.getMessage());
    }
  }

  private static long millis(long nanos) {
    return Duration.ofNanos(nanos).toMillis();
  }
}
