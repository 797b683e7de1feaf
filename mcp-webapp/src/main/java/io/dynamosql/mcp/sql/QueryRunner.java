package io.dynamosql.mcp.sql;

import com.fasterxml.jackson.databind.JsonNode;
import io.dynamosql.jdbc.ExecutionReport;
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
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Runs one read-only query through the DataSource and reads one page of it. The statement's row
 * limit is set to the end of the page plus one row, so the driver stops reading DynamoDB as soon as
 * it knows whether more rows exist.
 *
 * <p>A page continues where the previous one ended. When the driver named the position of that
 * page's last row (DynamoSQL's resume token, for plans that are one sequential DynamoDB read) the
 * new execution starts right after it and reads nothing twice; otherwise it runs the query again
 * and skips the rows already returned.
 */
public final class QueryRunner {

  /** SQLState of a resume token the driver refuses (the table's plan changed, for example). */
  private static final String REFUSED_TOKEN = "22023";

  private final DataSource dataSource;
  private final Duration timeout;

  public QueryRunner(DataSource dataSource, Duration timeout) {
    this.dataSource = dataSource;
    this.timeout = timeout;
  }

  /**
   * Reads the {@code maxRows} rows of a query that follow {@code from}.
   *
   * @param schema the schema unqualified names resolve in, or null for the connection's default
   * @throws SQLException the driver's error (syntax, unknown table, read-only violation, ...)
   */
  public QueryPage page(String sql, String schema, Continuation from, int maxRows)
      throws SQLException {
    long started = System.nanoTime();
    try (Connection connection = open(schema)) {
      if (from.resumeToken() != null) {
        try {
          return read(connection, sql, from, maxRows, started);
        } catch (SQLException e) {
          if (!REFUSED_TOKEN.equals(e.getSQLState())) {
            throw e;
          }
          // The driver no longer accepts the position: continue by skipping rows instead.
        }
      }
      return read(connection, sql, new Continuation(from.rowsReturned(), null), maxRows, started);
    }
  }

  private QueryPage read(
      Connection connection, String sql, Continuation from, int maxRows, long started)
      throws SQLException {
    boolean resuming = from.resumeToken() != null;
    long skip = resuming ? 0 : from.rowsReturned();
    try (Statement statement = connection.createStatement()) {
      statement.setQueryTimeout((int) timeout.toSeconds());
      statement.setMaxRows((int) Math.min(Integer.MAX_VALUE, skip + maxRows + 1));
      statement.setFetchSize(Math.min(maxRows + 1, 1000));
      if (resuming) {
        statement.setCursorName(from.resumeToken());
      }
      try (ResultSet rows = statement.executeQuery(sql)) {
        long executed = System.nanoTime();
        Optional<ExecutionReport> report = report(rows);
        List<ResultColumn> columns = columns(rows.getMetaData());
        for (long skipped = 0; skipped < skip && rows.next(); skipped++) {
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
        String position;
        if (page.size() < maxRows) {
          // The result ended: there is nothing to continue.
          position = null;
        } else if (page.isEmpty()) {
          // max_rows 0: the next page starts where this one did.
          position = from.resumeToken();
        } else {
          // The last row of the page is still the current one. Only the DynamoSQL driver's cursor
          // names are positions to resume from.
          position = report.isPresent() ? rows.getCursorName() : null;
        }
        boolean hasMore = page.size() == maxRows && rows.next();
        Set<String> warnings = new LinkedHashSet<>();
        collect(statement.getWarnings(), warnings);
        collect(rows.getWarnings(), warnings);
        // The plan is news on the first page only.
        String plan = from.rowsReturned() > 0 ? null : plan(connection, sql, report);
        return new QueryPage(
            columns,
            page,
            hasMore,
            report.map(ExecutionReport::itemsRead).orElse(null),
            new Continuation(from.rowsReturned() + page.size(), position),
            plan,
            List.copyOf(warnings),
            millis(executed - started),
            millis(System.nanoTime() - started));
      }
    }
  }

  /** The driver's report on the execution, when the DataSource is DynamoSQL's. */
  private static Optional<ExecutionReport> report(ResultSet rows) throws SQLException {
    return rows.isWrapperFor(ExecutionReport.class)
        ? Optional.of(rows.unwrap(ExecutionReport.class))
        : Optional.empty();
  }

  /** The executed plan as the driver reports it, else an EXPLAIN of the query (null if none). */
  private static String plan(Connection connection, String sql, Optional<ExecutionReport> report) {
    if (report.isPresent()) {
      return String.join("\n", report.get().plan());
    }
    try {
      return explain(connection, sql);
    } catch (SQLException e) {
      return null;
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
