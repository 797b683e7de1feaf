package io.dynamosql.mcp.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamosql.mcp.support.H2Database;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Readiness over a real JDBC database (H2 has none of the DynamoSQL driver's extra metadata). */
class DataSourceProbeTest {

  private static HealthSettings tables(String... names) {
    return new HealthSettings(Duration.ofSeconds(2), List.of(names));
  }

  private static CheckResult probe(DataSource dataSource, HealthSettings settings) {
    return new DataSourceProbe(dataSource, settings, Executors.newCachedThreadPool()).probe();
  }

  @Test
  void downWithinTheTimeoutWhenTheDriverHangs() {
    CountDownLatch never = new CountDownLatch(1);
    DataSource hanging =
        (DataSource)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                  never.await();
                  return null;
                });
    DataSourceProbe probe =
        new DataSourceProbe(
            hanging,
            new HealthSettings(Duration.ofSeconds(1), List.of()),
            Executors.newCachedThreadPool());

    CheckResult first = probe.probe();
    CheckResult second = probe.probe();

    assertFalse(first.up());
    assertEquals("DynamoDB did not answer within 1 s", first.data().get("error"));
    assertFalse(second.up());
  }

  @Test
  void upWhenTheRequiredTablesAreListed() throws SQLException {
    CheckResult result = probe(H2Database.create(), tables("customers", "orders"));

    assertTrue(result.up(), result.data().toString());
    assertEquals(DataSourceProbe.NAME, result.name());
    assertEquals(true, result.data().get("connection_valid"));
    assertEquals(2, result.data().get("tables_checked"));
  }

  @Test
  void everyListedTableIsRequiredWhenNoneIsConfigured() throws SQLException {
    CheckResult result = probe(H2Database.create(), tables());

    assertTrue(result.up(), result.data().toString());
    assertTrue((Integer) result.data().get("tables_checked") > 200, result.data().toString());
  }

  @Test
  void downAndNamedWhenARequiredTableIsMissing() throws SQLException {
    CheckResult result = probe(H2Database.create(), tables("customers", "invoices"));

    assertFalse(result.up());
    assertEquals("invoices=MISSING", result.data().get("tables_not_ready"));
  }

  @Test
  void downWithTheDriversMessageWhenTheDatabaseIsUnreachable() {
    JdbcDataSource unreachable = new JdbcDataSource();
    unreachable.setURL("jdbc:h2:tcp://127.0.0.1:1/nowhere");

    CheckResult result = probe(unreachable, tables("customers"));

    assertFalse(result.up());
    assertTrue(result.data().containsKey("error"), result.data().toString());
    assertTrue(result.data().containsKey("sql_state"), result.data().toString());
    assertFalse(result.data().containsKey("tables_checked"));
  }

  /** H2 whose connections answer the DynamoSQL driver's recent request counts. */
  private static DataSource reporting(long throttled, long failed) throws SQLException {
    DataSource h2 = H2Database.create();
    Map<String, String> figures =
        Map.of(
            "RecentRequests", "500",
            "RecentRetriedAttempts", "7",
            "RecentThrottledRequests", Long.toString(throttled),
            "RecentFailedRequests", Long.toString(failed),
            "RecentRequestWindowSeconds", "60");
    return (DataSource)
        Proxy.newProxyInstance(
            DataSourceProbeTest.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              Object result = invoke(method, h2, args);
              if (!method.getName().equals("getConnection")) {
                return result;
              }
              Connection connection = (Connection) result;
              return Proxy.newProxyInstance(
                  DataSourceProbeTest.class.getClassLoader(),
                  new Class<?>[] {Connection.class},
                  (c, m, a) ->
                      m.getName().equals("getClientInfo")
                              && a != null
                              && figures.containsKey((String) a[0])
                          ? figures.get((String) a[0])
                          : invoke(m, connection, a));
            });
  }

  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Test
  void theDriversRecentCountsAreReported() throws SQLException {
    CheckResult result = probe(reporting(3, 0), tables("customers"));

    assertTrue(result.up(), result.data().toString());
    assertEquals(500L, result.data().get("recent_requests"));
    assertEquals(7L, result.data().get("recent_retried_attempts"));
    assertEquals(3L, result.data().get("recent_throttled_requests"));
    assertEquals(0L, result.data().get("recent_failed_requests"));
    assertEquals(60L, result.data().get("recent_window_seconds"));
    assertEquals(10L, result.data().get("max_recent_failed_requests"));
  }

  @Test
  void upAtTheFailureThresholdAndThrottledWithoutLimit() throws SQLException {
    CheckResult result = probe(reporting(100_000, 10), tables("customers"));

    assertTrue(result.up(), result.data().toString());
  }

  @Test
  void downPastTheFailureThresholdWithTheReason() throws SQLException {
    HealthSettings strict = new HealthSettings(Duration.ofSeconds(2), List.of("customers"), 2);

    CheckResult result = probe(reporting(0, 3), strict);

    assertFalse(result.up(), result.data().toString());
    assertEquals(true, result.data().get("connection_valid"));
    assertEquals(
        "3 DynamoDB requests failed after their retries in the last 60 s"
            + " (more than dynamosql.health.max-recent-failed-requests=2)",
        result.data().get("error"));
  }

  @Test
  void reportIsDownWhenOneCheckIsDown() {
    HealthReport report =
        new HealthReport(
            List.of(
                new CheckResult("a", true, Map.of()),
                new CheckResult("b", false, Map.of("error", "x"))));

    assertEquals(503, report.httpStatus());
    assertEquals("DOWN", report.toJson().get("status"));
  }

  @Test
  void settingsRejectABadTimeoutByName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> HealthSettings.from(Map.of(HealthSettings.TIMEOUT_SECONDS, "soon")::get));

    assertEquals(
        "Configuration 'dynamosql.health.timeout-seconds' value is invalid: soon"
            + " (a positive number of seconds is required)",
        e.getMessage());
  }

  @Test
  void settingsRejectANegativeFailureThresholdByName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                HealthSettings.from(Map.of(HealthSettings.MAX_RECENT_FAILED_REQUESTS, "-1")::get));

    assertEquals(
        "Configuration 'dynamosql.health.max-recent-failed-requests' value is invalid: -1"
            + " (a number of requests, 0 or more is required)",
        e.getMessage());
  }

  @Test
  void settingsDefaults() {
    HealthSettings settings = HealthSettings.from(key -> null);

    assertEquals(Duration.ofSeconds(5), settings.timeout());
    assertEquals(List.of(), settings.tables());
    assertEquals(10, settings.maxRecentFailedRequests());
  }
}
