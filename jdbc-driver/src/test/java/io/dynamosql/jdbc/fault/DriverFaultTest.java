package io.dynamosql.jdbc.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.dynamosql.jdbc.support.DemoDynamoDb;
import io.dynamosql.jdbc.support.SqlEngineAvailability;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The driver between faults and DynamoDB Local: every query, on every access path, either completes
 * with exactly its rows after retries ({@code maxRetries}) or fails with the documented
 * SQLException (40001 after throttling, a transient failure after 5xx, 28000 for access denied,
 * SQLTimeoutException within its query timeout, 08001/08006 when DynamoDB is unreachable); never a
 * hang, never a partial result that looks complete. Behind the fault proxy sits the recording
 * proxy, which checks that no write ever reached DynamoDB.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DriverFaultTest {

  private static final int MAX_RETRIES = 2;
  private static final Duration HANG_GUARD = Duration.ofSeconds(60);
  private static final Set<String> TRANSIENT_FAILURE = Set.of("08006", "40001");
  private static final Set<String> UNREACHABLE = Set.of("08001", "08006");

  private DemoDynamoDb dynamo;
  private FaultProxy faults;

  @BeforeAll
  void start() {
    dynamo = DemoDynamoDb.start();
    SqlEngineAvailability.assumeSqlEngine(dynamo);
    faults = FaultProxy.start(dynamo.proxy().endpoint());
  }

  @AfterEach
  void clearFaults() {
    faults.clear();
  }

  @AfterAll
  void stop() {
    if (faults != null) {
      faults.close();
      assertEquals(List.of(), dynamo.proxy().nonReadCalls(), "no write reached DynamoDB");
    }
    dynamo.close();
  }

  static Stream<ReadCase> cases() {
    return ReadCase.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void transientThrottlingIsRetriedAway(ReadCase read) throws SQLException {
    try (Connection connection = warmConnection(read)) {
      faults.inject(new Fault.Throttle(), read.operation(), MAX_RETRIES);
      assertEquals(read.rows(), rows(connection, read.sql()));
      assertEquals(MAX_RETRIES, faults.faulted(read.operation()), faults.attempts().toString());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void transientServerErrorsAndDroppedConnectionsAreRetriedAway(ReadCase read) throws SQLException {
    for (Fault fault :
        List.of(new Fault.ServerError(500), new Fault.ServerError(503), new Fault.Drop())) {
      try (Connection connection = warmConnection(read)) {
        faults.inject(fault, read.operation(), 1);
        assertEquals(read.rows(), rows(connection, read.sql()), fault.toString());
        assertEquals(1, faults.faulted(read.operation()), fault.toString());
      }
      faults.clear();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void persistentThrottlingIs40001AfterTheRetries(ReadCase read) throws SQLException {
    try (Connection connection = warmConnection(read)) {
      faults.injectAlways(new Fault.Throttle(), read.operation());
      assertFailure(failure(connection, read.sql()), SQLTransientException.class, Set.of("40001"));
      long attempts = faults.attempts(read.operation());
      assertTrue(
          attempts >= MAX_RETRIES + 1,
          "maxRetries=" + MAX_RETRIES + " means " + (MAX_RETRIES + 1) + " attempts: " + attempts);
      if (!read.operation().equals("Scan")) {
        assertEquals(MAX_RETRIES + 1, attempts, faults.attempts().toString());
      }
      faults.clear();
      assertEquals(read.rows(), rows(connection, read.sql()), "the connection works again");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void persistentServerErrorsAreTransientFailures(ReadCase read) throws SQLException {
    try (Connection connection = warmConnection(read)) {
      faults.injectAlways(new Fault.ServerError(503), read.operation());
      assertFailure(
          failure(connection, read.sql()), SQLTransientException.class, TRANSIENT_FAILURE);
      assertTrue(
          faults.attempts(read.operation()) >= MAX_RETRIES + 1, faults.attempts().toString());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aTruncatedAnswerIsNeverTakenForAComplete(ReadCase read) throws SQLException {
    try (Connection connection = warmConnection(read)) {
      faults.inject(new Fault.Truncate(), read.operation(), 1);
      List<String> got = new ArrayList<>();
      SQLException failed = readAll(connection, read.sql(), got);
      if (failed == null) {
        assertEquals(read.rows(), got, "completed after the truncated answer: all rows or none");
      } else {
        assertTrue(TRANSIENT_FAILURE.contains(failed.getSQLState()), describe(failed));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void accessDeniedIs28000WithoutRetries(ReadCase read) throws SQLException {
    try (Connection connection = warmConnection(read)) {
      faults.injectAlways(new Fault.AccessDenied(), read.operation());
      assertFailure(
          failure(connection, read.sql()),
          SQLInvalidAuthorizationSpecException.class,
          Set.of("28000"));
      if (!read.operation().equals("Scan")) {
        assertEquals(1, faults.attempts(read.operation()), faults.attempts().toString());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aSlowAnswerPastTheQueryTimeoutIsSQLTimeoutException(ReadCase read) throws SQLException {
    try (Connection connection = warmConnection(read);
        Statement statement = connection.createStatement()) {
      faults.injectAlways(new Fault.Slow(Duration.ofSeconds(8)), read.operation());
      statement.setQueryTimeout(1);
      long start = System.nanoTime();
      SQLException failed =
          assertThrows(
              SQLException.class,
              () -> assertTimeoutPreemptively(HANG_GUARD, () -> drain(statement, read.sql())));
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertInstanceOf(SQLTimeoutException.class, failed, describe(failed));
      // A liveness bound, not a speed claim: the 8 s answer must not be waited for.
      assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "a 1 s query timeout took " + took);
    }
  }

  @Test
  void aSlowAnswerWithinTheTimeoutCompletes() throws SQLException {
    ReadCase read = ReadCase.all().findFirst().orElseThrow();
    try (Connection connection = warmConnection(read);
        Statement statement = connection.createStatement()) {
      faults.inject(new Fault.Slow(Duration.ofMillis(300)), read.operation(), 1);
      statement.setQueryTimeout(30);
      assertEquals(read.rows(), drain(statement, read.sql()));
    }
  }

  @Test
  void theRequestTimeoutPropertyBoundsEachCall() throws SQLException {
    ReadCase read = ReadCase.all().findFirst().orElseThrow();
    try (Connection connection = connect(";requestTimeout=500ms")) {
      rows(connection, read.sql());
      faults.injectAlways(new Fault.Slow(Duration.ofSeconds(8)), read.operation());
      SQLException failed = failure(connection, read.sql());
      assertInstanceOf(SQLTimeoutException.class, failed, describe(failed));
    }
  }

  /**
   * The first page of a paged Scan arrives, every later page fails: reading must end in an
   * SQLException, not in a short result that looks complete.
   */
  @Test
  void aFailureAfterTheFirstPageIsRaisedNotSwallowed() throws SQLException {
    String sql = "SELECT order_id FROM orders";
    try (Connection connection = connect(";scanSegments=1");
        Statement statement = connection.createStatement()) {
      int total = rows(connection, sql).size();
      long scansBefore = faults.attempts("Scan");
      faults.injectAfter(1, new Fault.ServerError(503), "Scan", Integer.MAX_VALUE);
      statement.setFetchSize(20);
      List<String> got = new ArrayList<>();
      SQLException failed =
          assertTimeoutPreemptively(HANG_GUARD, () -> readAll(statement, sql, got));
      assertTrue(
          faults.faulted("Scan") > 0,
          "setFetchSize(20) must page the Scan lazily (pages of 20), so the "
              + total
              + " orders take more than one Scan call; Scan calls of this run: "
              + (faults.attempts("Scan") - scansBefore));
      if (failed == null) {
        fail(
            "a failing second page ended the result quietly after "
                + got.size()
                + " of "
                + total
                + " rows");
      }
      assertTrue(got.size() < total, "rows before the failure: " + got.size());
      assertTrue(TRANSIENT_FAILURE.contains(failed.getSQLState()), describe(failed));
    }
  }

  @Test
  void anUnreachableEndpointIs08001() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String url =
        dynamo
                .jdbcUrl()
                .replace(dynamo.proxy().endpoint().toString(), "http://127.0.0.1:" + closedPort)
            + ";maxRetries=1;connectTimeout=2s";
    SQLException failed =
        failsWithinGuard(
            () -> {
              try (Connection connection = DriverManager.getConnection(url)) {
                rows(connection, ReadCase.all().findFirst().orElseThrow().sql());
              }
            });
    assertTrue(UNREACHABLE.contains(failed.getSQLState()), describe(failed));
  }

  @Test
  void dynamoDbGoingAwayMidSessionIs08001Or08006() throws SQLException {
    ReadCase read = ReadCase.all().findFirst().orElseThrow();
    FaultProxy vanishing = FaultProxy.start(dynamo.proxy().endpoint());
    String url =
        dynamo
                .jdbcUrl()
                .replace(dynamo.proxy().endpoint().toString(), vanishing.endpoint().toString())
            + ";maxRetries=1;connectTimeout=2s";
    try (Connection connection = DriverManager.getConnection(url)) {
      assertEquals(read.rows(), rows(connection, read.sql()));
      vanishing.close();
      SQLException failed = failure(connection, read.sql());
      assertTrue(UNREACHABLE.contains(failed.getSQLState()), describe(failed));
    } finally {
      vanishing.close();
    }
  }

  /** Connecting may already fail (the driver lists tables); if it does not, using it must. */
  @Test
  void failingMetadataCallsAreSQLExceptionsToo() {
    faults.injectAlways(new Fault.Throttle(), "DescribeTable");
    faults.injectAlways(new Fault.ServerError(500), "ListTables");
    SQLException failed =
        failsWithinGuard(
            () -> {
              try (Connection connection = connect("")) {
                try {
                  rows(connection, "SELECT customer_id FROM customers");
                } catch (SQLException queryFailed) {
                  assertFailure(queryFailed, SQLTransientException.class, TRANSIENT_FAILURE);
                }
                try (ResultSet all = connection.getMetaData().getTables(null, null, "%", null)) {
                  while (all.next()) {
                    all.getString("TABLE_NAME");
                  }
                }
              }
            });
    assertFailure(failed, SQLTransientException.class, TRANSIENT_FAILURE);
  }

  /**
   * One segment of a parallel Scan answers, the others keep failing: the statement must fail as a
   * whole, not return the one segment's rows as if they were the table.
   */
  @Test
  void aFailingSegmentFailsTheWholeScan() throws SQLException {
    ReadCase scan =
        ReadCase.all().filter(c -> c.operation().equals("Scan")).findFirst().orElseThrow();
    try (Connection connection = warmConnection(scan)) {
      faults.injectAfter(1, new Fault.ServerError(503), "Scan", Integer.MAX_VALUE);
      List<String> got = new ArrayList<>();
      SQLException failed = readAll(connection, scan.sql(), got);
      if (failed == null) {
        fail(
            "a parallel Scan with failing segments answered "
                + got.size()
                + " of "
                + scan.rows().size()
                + " rows");
      }
      assertFailure(failed, SQLTransientException.class, TRANSIENT_FAILURE);
    }
  }

  /** A connection through the fault proxy whose schema is already cached (a fault-free run). */
  private Connection warmConnection(ReadCase read) throws SQLException {
    Connection connection = connect("");
    assertEquals(read.rows(), rows(connection, read.sql()), "fault-free run");
    faults.clear();
    return connection;
  }

  private Connection connect(String extra) throws SQLException {
    String url =
        dynamo.jdbcUrl().replace(dynamo.proxy().endpoint().toString(), faults.endpoint().toString())
            + ";maxRetries="
            + MAX_RETRIES
            + extra;
    return DriverManager.getConnection(url);
  }

  private static List<String> rows(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      return assertTimeoutPreemptively(HANG_GUARD, () -> drain(statement, sql));
    }
  }

  /** The first column of every row, sorted. */
  private static List<String> drain(Statement statement, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        rows.add(result.getString(1));
      }
    }
    rows.sort(null);
    return rows;
  }

  /** Reads all it can into {@code rows}; the SQLException that stopped it, or null. */
  private static SQLException readAll(Connection connection, String sql, List<String> rows)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      return assertTimeoutPreemptively(HANG_GUARD, () -> readAll(statement, sql, rows));
    }
  }

  private static SQLException readAll(Statement statement, String sql, List<String> rows) {
    try (ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        rows.add(result.getString(1));
      }
    } catch (SQLException e) {
      return e;
    }
    rows.sort(null);
    return null;
  }

  /** The SQLException {@code attempt} ends in, which must come before the hang guard runs out. */
  private static SQLException failsWithinGuard(Executable attempt) {
    return assertThrows(SQLException.class, () -> assertTimeoutPreemptively(HANG_GUARD, attempt));
  }

  private static SQLException failure(Connection connection, String sql) {
    return assertThrows(SQLException.class, () -> rows(connection, sql), "must fail: " + sql);
  }

  private static void assertFailure(
      SQLException failed, Class<? extends SQLException> type, Set<String> states) {
    assertInstanceOf(type, failed, describe(failed));
    assertTrue(
        states.contains(failed.getSQLState()), "SQLState in " + states + ": " + describe(failed));
  }

  private static String describe(SQLException e) {
    return e.getClass().getSimpleName() + " [" + e.getSQLState() + "] " + e.getMessage();
  }
}
