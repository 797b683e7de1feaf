package io.dynamosql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamosql.jdbc.config.DriverConfig;
import io.dynamosql.jdbc.dynamo.AwsSdkDynamoDb;
import io.dynamosql.jdbc.dynamo.ExpressionParameters;
import io.dynamosql.jdbc.dynamo.ItemStream;
import io.dynamosql.jdbc.dynamo.ScanRead;
import io.dynamosql.jdbc.query.ExecutionOptions;
import io.dynamosql.jdbc.query.PreparedQuery;
import io.dynamosql.jdbc.query.QueryContext;
import io.dynamosql.jdbc.query.QueryEngine;
import io.dynamosql.jdbc.result.ResultColumn;
import io.dynamosql.jdbc.result.RowCursor;
import io.dynamosql.jdbc.schema.CachingCatalog;
import io.dynamosql.jdbc.schema.RefreshMode;
import io.dynamosql.jdbc.support.DemoDynamoDb;
import io.dynamosql.jdbc.support.DemoDynamoDbExtension;
import io.dynamosql.jdbc.support.DynamoDbCall;
import io.dynamosql.jdbc.type.SqlType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The JDBC statements over the {@code query} seam, with a small engine of the test's own that
 * really reads DynamoDB Local (a one-item-per-page Scan through the driver's ItemReader under the
 * statement's ReadControl): max rows, fetch size, cancel from another thread, query timeout,
 * warnings, parameters and their metadata, all as an application sees them and as the proxy saw
 * them on the wire.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(DemoDynamoDbExtension.class)
class StatementFacadeTest {

  private final DemoDynamoDb dynamo;
  private ScanEngine engine;
  private Connection connection;

  StatementFacadeTest(DemoDynamoDb dynamo) {
    this.dynamo = dynamo;
  }

  @BeforeEach
  void connect() throws SQLException {
    DriverConfig config = DriverConfig.of(dynamo.jdbcUrl());
    AwsSdkDynamoDb reader = AwsSdkDynamoDb.shared(config);
    engine = new ScanEngine();
    connection =
        new DynamoSqlConnection(
            new ConnectionEnvironment(config, reader, new CachingCatalog(config, reader), engine),
            dynamo.jdbcUrl());
  }

  @AfterEach
  void disconnect() throws SQLException {
    connection.close();
  }

  @Test
  void aQueryIsAResultSetAndNoUpdateCount() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      assertTrue(statement.execute("customers"));
      ResultSet rows = statement.getResultSet();
      assertEquals(-1, statement.getUpdateCount());
      int count = 0;
      while (rows.next()) {
        assertTrue(rows.getString("id").startsWith("c"));
        count++;
      }
      assertEquals(60, count);
      assertFalse(statement.getMoreResults());
      assertTrue(rows.isClosed(), "getMoreResults closes the current result");
      assertNull(statement.getResultSet());
    }
  }

  @Test
  void maxRowsCutsTheResultAndStopsTheReads() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.setMaxRows(3);
      statement.setFetchSize(25);
      int mark = dynamo.proxy().mark();
      List<String> ids = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery("customers")) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
      assertEquals(3, ids.size());
      assertEquals(3, engine.lastOptions.maxRows());
      assertEquals(25, engine.lastOptions.fetchSize());
      long scans =
          dynamo.proxy().callsSince(mark).stream()
              // The statement's own one-item pages, not the schema discovery's sampling scans.
              .filter(c -> c.operation().equals("Scan") && !c.request().has("TotalSegments"))
              .count();
      assertTrue(scans <= 4, "pages are read only as rows are taken: " + scans + " scans");
    }
  }

  @Test
  void cancelFromAnotherThreadStopsTheReads() throws Exception {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("customers")) {
      assertTrue(rows.next());
      Thread canceller =
          new Thread(
              () -> {
                try {
                  statement.cancel();
                } catch (SQLException e) {
                  throw new IllegalStateException(e);
                }
              });
      canceller.start();
      canceller.join();
      int mark = dynamo.proxy().mark();
      SQLException cancelled = assertThrows(SQLException.class, rows::next);
      assertEquals("57014", cancelled.getSQLState(), cancelled.getMessage());
      assertEquals(
          List.of(),
          dynamo.proxy().callsSince(mark).stream().map(DynamoDbCall::operation).toList(),
          "nothing is sent after the cancel");
    }
  }

  @Test
  void theQueryTimeoutEndsAReadThatTakesTooLong() throws Exception {
    try (Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(1);
      try (ResultSet rows = statement.executeQuery("customers")) {
        assertTrue(rows.next());
        // The application dawdles past the timeout; the next page is not fetched.
        Thread.sleep(1_100);
        SQLException timedOut = assertThrows(SQLException.class, rows::next);
        assertTrue(timedOut instanceof SQLTimeoutException, timedOut.getClass().getName());
        assertEquals("57014", timedOut.getSQLState());
      }
    }
  }

  @Test
  void warningsOfTheCursorReachTheStatementAfterTheResultIsClosed() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      try (ResultSet rows = statement.executeQuery("products")) {
        while (rows.next()) {
          // read everything
        }
      }
      SQLWarning warning = statement.getWarnings();
      assertNotNull(warning);
      assertEquals("full scan of products", warning.getMessage());
      statement.clearWarnings();
      assertNull(statement.getWarnings());
    }
  }

  @Test
  void closeOnCompletionClosesTheStatementWithItsResult() throws SQLException {
    Statement statement = connection.createStatement();
    statement.closeOnCompletion();
    ResultSet rows = statement.executeQuery("products");
    rows.close();
    assertTrue(statement.isClosed());
  }

  @Test
  void closingTheConnectionClosesItsStatements() throws SQLException {
    Statement statement = connection.createStatement();
    ResultSet rows = statement.executeQuery("products");
    connection.close();
    assertTrue(statement.isClosed());
    assertTrue(rows.isClosed());
    assertEquals(
        "08003",
        assertThrows(SQLException.class, () -> statement.executeQuery("products")).getSQLState());
  }

  @Test
  void preparedParametersMustAllBeSetAndArriveInTheValueModel() throws SQLException {
    try (PreparedStatement prepared = connection.prepareStatement("customers ? ?")) {
      ParameterMetaData parameters = prepared.getParameterMetaData();
      assertEquals(2, parameters.getParameterCount());
      assertEquals(Types.VARCHAR, parameters.getParameterType(1));
      assertEquals("VARCHAR", parameters.getParameterTypeName(2));
      assertEquals(ParameterMetaData.parameterModeIn, parameters.getParameterMode(1));
      assertEquals(1, prepared.getMetaData().getColumnCount());
      assertEquals("id", prepared.getMetaData().getColumnLabel(1));

      prepared.setString(1, "customer_id");
      SQLException unset = assertThrows(SQLException.class, prepared::executeQuery);
      assertEquals("07001", unset.getSQLState());
      assertTrue(unset.getMessage().contains("Parameter 2"), unset.getMessage());

      prepared.setInt(2, 42);
      try (ResultSet rows = prepared.executeQuery()) {
        assertTrue(rows.next());
      }
      assertEquals(List.of("customer_id", new BigDecimal(42)), engine.lastParameters);

      prepared.setNull(2, Types.VARCHAR);
      prepared.executeQuery().close();
      assertEquals(java.util.Arrays.asList("customer_id", null), engine.lastParameters);

      prepared.clearParameters();
      assertEquals("07001", assertThrows(SQLException.class, prepared::execute).getSQLState());
      assertEquals(
          "07009",
          assertThrows(SQLException.class, () -> prepared.setString(3, "x")).getSQLState());
      assertEquals(
          "25006", assertThrows(SQLException.class, prepared::executeUpdate).getSQLState());
      assertEquals("25006", assertThrows(SQLException.class, prepared::addBatch).getSQLState());
      assertThrows(SQLException.class, () -> prepared.executeQuery("customers"));
    }
  }

  /**
   * The test's engine: the SQL text is a table name (plus one {@code ?} per parameter); a query
   * scans the table one item per page and returns its partition key as column {@code id}.
   */
  private static final class ScanEngine implements QueryEngine {

    volatile ExecutionOptions lastOptions;
    volatile List<Object> lastParameters;

    @Override
    public PreparedQuery prepare(String sql, QueryContext context) throws SQLException {
      String table = sql.split(" ")[0];
      // Names resolve when the statement is prepared, before its query timeout starts.
      String key =
          context
              .catalog()
              .table("dynamodb", table, RefreshMode.SKIP)
              .orElseThrow()
              .primaryKey()
              .partitionKey();
      int markers = (int) sql.chars().filter(c -> c == '?').count();
      return new PreparedQuery() {
        @Override
        public List<SqlType> parameterTypes() {
          return java.util.Collections.nCopies(markers, SqlType.VARCHAR);
        }

        @Override
        public List<ResultColumn> columns() {
          return List.of(ResultColumn.computed("id", SqlType.VARCHAR));
        }

        @Override
        public RowCursor execute(List<Object> parameters, ExecutionOptions options)
            throws SQLException {
          lastOptions = options;
          lastParameters = parameters;
          ItemStream items =
              context
                  .reader()
                  .scan(
                      new ScanRead(
                          table,
                          Optional.empty(),
                          Optional.empty(),
                          Optional.empty(),
                          ExpressionParameters.NONE,
                          1,
                          OptionalInt.of(1),
                          false,
                          Optional.empty()),
                      options.control());
          return new RowCursor() {
            @Override
            public List<ResultColumn> columns() {
              return PreparedQueryColumns.ID;
            }

            @Override
            public Object[] next() throws SQLException {
              if (!items.hasNext()) {
                return null;
              }
              Map<String, Object> item = items.next();
              return new Object[] {item.get(key)};
            }

            @Override
            public SQLWarning warnings() {
              return new SQLWarning("full scan of " + table, "01000");
            }

            @Override
            public void close() {
              items.close();
            }
          };
        }
      };
    }
  }

  private static final class PreparedQueryColumns {
    static final List<ResultColumn> ID = List.of(ResultColumn.computed("id", SqlType.VARCHAR));
  }
}
