package io.dynamosql.jdbc.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamosql.jdbc.DynamoSqlDataSource;
import io.dynamosql.jdbc.support.DemoDynamoDb;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The recent request counts a health check reads through {@code Connection.getClientInfo}: every
 * throttled attempt and every call that still failed after the retries (5xx, dropped connection) is
 * counted, a refusal of the request (access denied), a statement out of its own time and throttling
 * are not failures, and every connection of the same client (through DriverManager or the
 * DataSource) sees the same figures. Each test has its own fault proxy, hence its own endpoint and
 * client and counts from zero.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecentRequestCountsTest {

  private static final int MAX_RETRIES = 2;
  private static final String LOOKUP =
      "SELECT customer_id FROM customers WHERE customer_id = 'c007'";

  private DemoDynamoDb dynamo;
  private FaultProxy faults;

  @BeforeAll
  void start() {
    dynamo = DemoDynamoDb.start();
  }

  @BeforeEach
  void newEndpoint() {
    faults = FaultProxy.start(dynamo.proxy().endpoint());
  }

  @AfterEach
  void closeEndpoint() {
    faults.close();
  }

  @AfterAll
  void stop() {
    dynamo.close();
  }

  @Test
  void aFreshClientReportsZeroesOverSixtySeconds() throws SQLException {
    try (Connection connection = connect()) {
      assertEquals("0", connection.getClientInfo("RecentThrottledRequests"));
      assertEquals("0", connection.getClientInfo("RecentFailedRequests"));
      assertEquals("60", connection.getClientInfo("RecentRequestWindowSeconds"));
    }
  }

  @Test
  void throttledAttemptsAreCountedEvenWhenTheRetrySucceeds() throws SQLException {
    try (Connection connection = connect()) {
      Map<String, Long> before = counts(connection);
      faults.inject(new Fault.Throttle(), "GetItem", MAX_RETRIES);
      assertEquals(List.of("c007"), rows(connection, LOOKUP));
      Map<String, Long> delta = delta(before, counts(connection));
      assertEquals(MAX_RETRIES, delta.get("RecentThrottledRequests"), delta.toString());
      assertEquals(MAX_RETRIES, delta.get("RecentRetriedAttempts"), delta.toString());
      assertEquals(1, delta.get("RecentRequests"), delta.toString());
      assertEquals(0, delta.get("RecentFailedRequests"), "throttling is no failure: " + delta);
    }
  }

  @Test
  void persistentThrottlingIsThrottlingNotAFailure() throws SQLException {
    try (Connection connection = connect()) {
      Map<String, Long> before = counts(connection);
      faults.injectAlways(new Fault.Throttle(), "GetItem");
      assertEquals("40001", failure(connection).getSQLState());
      Map<String, Long> delta = delta(before, counts(connection));
      assertEquals(MAX_RETRIES + 1, delta.get("RecentThrottledRequests"), delta.toString());
      assertEquals(0, delta.get("RecentFailedRequests"), delta.toString());
    }
  }

  @Test
  void serverErrorsAndDroppedConnectionsPastTheRetriesAreFailures() throws SQLException {
    try (Connection connection = connect()) {
      Map<String, Long> before = counts(connection);
      faults.injectAlways(new Fault.ServerError(503), "GetItem");
      failure(connection);
      faults.clear();
      faults.injectAlways(new Fault.ServerError(500), "GetItem");
      failure(connection);
      faults.clear();
      faults.injectAlways(new Fault.Drop(), "GetItem");
      failure(connection);
      Map<String, Long> delta = delta(before, counts(connection));
      assertEquals(3, delta.get("RecentFailedRequests"), delta.toString());
      assertEquals(3 * MAX_RETRIES, delta.get("RecentRetriedAttempts"), delta.toString());
      assertEquals(0, delta.get("RecentThrottledRequests"), delta.toString());
    }
  }

  @Test
  void aServerErrorRetriedAwayIsARetryNotAFailure() throws SQLException {
    try (Connection connection = connect()) {
      Map<String, Long> before = counts(connection);
      faults.inject(new Fault.ServerError(500), "GetItem", 1);
      assertEquals(List.of("c007"), rows(connection, LOOKUP));
      Map<String, Long> delta = delta(before, counts(connection));
      assertEquals(1, delta.get("RecentRetriedAttempts"), delta.toString());
      assertEquals(0, delta.get("RecentFailedRequests"), delta.toString());
    }
  }

  @Test
  void aRefusedRequestIsNotAFailureOfTheInstance() throws SQLException {
    try (Connection connection = connect()) {
      Map<String, Long> before = counts(connection);
      faults.injectAlways(new Fault.AccessDenied(), "GetItem");
      assertEquals("28000", failure(connection).getSQLState());
      Map<String, Long> delta = delta(before, counts(connection));
      assertEquals(1, delta.get("RecentRequests"), delta.toString());
      assertEquals(0, delta.get("RecentFailedRequests"), delta.toString());
    }
  }

  @Test
  void aStatementOutOfItsQueryTimeoutIsNotAFailureOfTheInstance() throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      Map<String, Long> before = counts(connection);
      faults.injectAlways(new Fault.Slow(Duration.ofSeconds(4)), "GetItem");
      statement.setQueryTimeout(1);
      assertThrows(SQLTimeoutException.class, () -> statement.executeQuery(LOOKUP).next());
      Map<String, Long> delta = delta(before, counts(connection));
      assertEquals(1, delta.get("RecentRequests"), delta.toString());
      assertEquals(0, delta.get("RecentFailedRequests"), delta.toString());
    }
  }

  @Test
  void everyConnectionOfTheClientSeesTheSameFigures() throws SQLException {
    DynamoSqlDataSource dataSource = new DynamoSqlDataSource();
    dataSource.setUrl(url());
    try (Connection first = connect();
        Connection pooledLike = dataSource.getConnection()) {
      faults.injectAlways(new Fault.ServerError(503), "GetItem");
      failure(first);
      assertEquals("1", pooledLike.getClientInfo("RecentFailedRequests"));
      assertEquals(
          first.getClientInfo().getProperty("RecentFailedRequests"),
          pooledLike.getClientInfo().getProperty("RecentFailedRequests"));
    }
  }

  @Test
  void theFiguresAreListedAndCannotBeSet() throws SQLException {
    try (Connection connection = connect()) {
      List<String> listed = new ArrayList<>();
      try (ResultSet properties = connection.getMetaData().getClientInfoProperties()) {
        while (properties.next()) {
          listed.add(properties.getString("NAME"));
        }
      }
      assertTrue(
          listed.containsAll(
              List.of(
                  "RecentRequests",
                  "RecentRetriedAttempts",
                  "RecentThrottledRequests",
                  "RecentFailedRequests",
                  "RecentRequestWindowSeconds")),
          listed.toString());
      connection.setClientInfo("RecentFailedRequests", "42");
      Properties reset = new Properties();
      reset.setProperty("RecentThrottledRequests", "42");
      reset.setProperty("ApplicationName", "pool");
      connection.setClientInfo(reset);
      assertEquals("0", connection.getClientInfo("RecentFailedRequests"));
      assertEquals("0", connection.getClientInfo("RecentThrottledRequests"));
      assertEquals("pool", connection.getClientInfo("ApplicationName"));
    }
  }

  private Connection connect() throws SQLException {
    Connection connection = DriverManager.getConnection(url());
    // The schema is read once, so that a test's counts are its own statement's calls.
    connection.getMetaData().getTables(null, null, "%", null).close();
    rows(connection, LOOKUP);
    return connection;
  }

  private String url() {
    return dynamo
            .jdbcUrl()
            .replace(dynamo.proxy().endpoint().toString(), faults.endpoint().toString())
        + ";maxRetries="
        + MAX_RETRIES;
  }

  private static Map<String, Long> counts(Connection connection) throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    for (String name :
        List.of(
            "RecentRequests",
            "RecentRetriedAttempts",
            "RecentThrottledRequests",
            "RecentFailedRequests")) {
      counts.put(name, Long.parseLong(connection.getClientInfo(name)));
    }
    return counts;
  }

  private static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
    Map<String, Long> delta = new TreeMap<>();
    after.forEach((name, value) -> delta.put(name, value - before.get(name)));
    return delta;
  }

  private static List<String> rows(Connection connection, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        rows.add(result.getString(1));
      }
    }
    return rows;
  }

  private static SQLException failure(Connection connection) {
    return assertThrows(SQLException.class, () -> rows(connection, LOOKUP));
  }
}
