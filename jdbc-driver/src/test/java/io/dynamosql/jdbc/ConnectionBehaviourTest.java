package io.dynamosql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.dynamosql.jdbc.config.DriverConfig;
import io.dynamosql.jdbc.dynamo.AwsSdkDynamoDb;
import io.dynamosql.jdbc.support.DemoDynamoDb;
import io.dynamosql.jdbc.support.DemoDynamoDbExtension;
import io.dynamosql.jdbc.support.DynamoDbCall;
import io.dynamosql.jdbc.support.RecordingProxy;
import io.dynamosql.jdbc.support.ScriptedDynamoDb;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A connection as tools use it: valid when DynamoDB answers, read-only whatever it is told, closed
 * objects refusing with 08003, DBeaver's set-up calls never failing, and a failing DynamoDB turned
 * into a clear SQLState within the configured time instead of a hang.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(DemoDynamoDbExtension.class)
class ConnectionBehaviourTest {

  private final DemoDynamoDb dynamo;

  ConnectionBehaviourTest(DemoDynamoDb dynamo) {
    this.dynamo = dynamo;
  }

  @Test
  void isValidReallyAsksDynamoDb() throws SQLException {
    try (Connection connection = dynamo.connection()) {
      int mark = dynamo.proxy().mark();
      assertTrue(connection.isValid(2));
      List<DynamoDbCall> calls = dynamo.proxy().callsSince(mark);
      assertEquals(List.of("ListTables"), calls.stream().map(DynamoDbCall::operation).toList());
      assertThrows(SQLException.class, () -> connection.isValid(-1));
      connection.close();
      assertFalse(connection.isValid(2), "a closed connection is not valid");
    }
  }

  @Test
  void staysReadOnlyWhateverItIsTold() throws SQLException {
    try (Connection connection = dynamo.connection()) {
      assertTrue(connection.isReadOnly());
      connection.setReadOnly(false);
      assertTrue(
          connection.isReadOnly(), "setReadOnly(false) is a hint; the driver stays read-only");
      connection.setAutoCommit(false);
      connection.commit();
      connection.rollback();
      connection.setAutoCommit(true);
      try (Statement statement = connection.createStatement()) {
        SQLException refused =
            assertThrows(SQLException.class, () -> statement.executeUpdate("DELETE FROM orders"));
        assertEquals("25006", refused.getSQLState());
        assertTrue(refused.getMessage().contains("SELECT"), refused.getMessage());
        assertEquals(
            "25006", assertThrows(SQLException.class, () -> statement.addBatch("x")).getSQLState());
        assertEquals(-1, statement.getUpdateCount());
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> dbeaverHabitsNeverThrow() throws SQLException {
    Connection connection = dynamo.connection();
    Statement statement = connection.createStatement();
    Map<String, Executable> habits =
        Map.ofEntries(
            Map.entry("setReadOnly(true)", () -> connection.setReadOnly(true)),
            Map.entry("setAutoCommit(true)", () -> connection.setAutoCommit(true)),
            Map.entry(
                "setTransactionIsolation(NONE)",
                () -> connection.setTransactionIsolation(Connection.TRANSACTION_NONE)),
            Map.entry(
                "setTransactionIsolation(READ_COMMITTED)",
                () -> connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED)),
            Map.entry(
                "setClientInfo(ApplicationName)",
                () -> connection.setClientInfo("ApplicationName", "DBeaver 24.2")),
            Map.entry("setClientInfo(unknown)", () -> connection.setClientInfo("Whatever", "x")),
            Map.entry("setCatalog", () -> connection.setCatalog("other")),
            Map.entry("statement.setFetchSize(200)", () -> statement.setFetchSize(200)),
            Map.entry("statement.setQueryTimeout(30)", () -> statement.setQueryTimeout(30)),
            Map.entry("statement.setMaxRows(200)", () -> statement.setMaxRows(200)),
            Map.entry("statement.setEscapeProcessing", () -> statement.setEscapeProcessing(false)),
            Map.entry("getAutoCommit", connection::getAutoCommit),
            Map.entry("getTransactionIsolation", connection::getTransactionIsolation),
            Map.entry("getHoldability", connection::getHoldability),
            Map.entry("getClientInfo", connection::getClientInfo),
            Map.entry("getWarnings", connection::getWarnings),
            Map.entry(
                "createStatement(SCROLL_INSENSITIVE, READ_ONLY)",
                () ->
                    connection
                        .createStatement(
                            ResultSet.TYPE_SCROLL_INSENSITIVE, ResultSet.CONCUR_READ_ONLY)
                        .close()));
    return habits.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(habit -> dynamicTest(habit.getKey(), habit.getValue()));
  }

  @Test
  void clientInfoIsKept() throws SQLException {
    try (Connection connection = dynamo.connection()) {
      connection.setClientInfo("ApplicationName", "SQLLine");
      assertEquals("SQLLine", connection.getClientInfo("ApplicationName"));
      assertEquals("SQLLine", connection.getClientInfo().getProperty("ApplicationName"));
    }
  }

  @Test
  void schemaIsTheDefaultAndCanBeSetToAnExistingOne() throws SQLException {
    try (Connection connection = dynamo.connection()) {
      assertEquals("dynamodb", connection.getSchema());
      connection.setSchema("DYNAMODB");
      assertEquals("dynamodb", connection.getSchema());
      SQLException unknown = assertThrows(SQLException.class, () -> connection.setSchema("nope"));
      assertEquals("3F000", unknown.getSQLState());
      assertEquals("us-east-1", connection.getCatalog());
    }
  }

  @Test
  void unwrapsToItself() throws SQLException {
    try (Connection connection = dynamo.connection()) {
      assertTrue(connection.isWrapperFor(DynamoSqlConnection.class));
      assertSame(connection, connection.unwrap(DynamoSqlConnection.class));
      assertThrows(SQLException.class, () -> connection.unwrap(String.class));
    }
  }

  @TestFactory
  Stream<DynamicTest> closedObjectsRefuseWith08003() throws SQLException {
    Connection connection = dynamo.connection();
    Statement statement = connection.createStatement();
    connection.close();
    assertTrue(statement.isClosed() || connection.isClosed());
    Map<String, Executable> calls =
        Map.of(
            "createStatement",
            connection::createStatement,
            "prepareStatement",
            () -> connection.prepareStatement("SELECT 1"),
            "getMetaData",
            connection::getMetaData,
            "setAutoCommit",
            () -> connection.setAutoCommit(true),
            "getSchema",
            connection::getSchema,
            "commit",
            connection::commit,
            "statement.executeQuery",
            () -> statement.executeQuery("SELECT 1"),
            "statement.setFetchSize",
            () -> statement.setFetchSize(1));
    return calls.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(
            call ->
                dynamicTest(
                    call.getKey(),
                    () ->
                        assertEquals(
                            "08003",
                            assertThrows(SQLException.class, call.getValue()).getSQLState())));
  }

  @Test
  void prepareStatementWithTypeAndConcurrencyIsAccepted() throws SQLException {
    try (Connection connection = dynamo.connection()) {
      // The placeholder engine answers 0A000; the real one prepares the statement.
      try (PreparedStatement prepared =
          connection.prepareStatement(
              "SELECT customer_id FROM customers",
              ResultSet.TYPE_SCROLL_INSENSITIVE,
              ResultSet.CONCUR_READ_ONLY)) {
        assertEquals(ResultSet.TYPE_FORWARD_ONLY, prepared.getResultSetType());
      } catch (SQLException notYet) {
        assertEquals("0A000", notYet.getSQLState(), notYet.getMessage());
      }
      assertNotNull(connection.getWarnings(), "the downgrade to forward-only is a warning");
    }
  }

  @Test
  void connectionsOfOneConfigurationShareTheirEnvironment() throws SQLException {
    try (Connection a = dynamo.connection();
        Connection b = dynamo.connection()) {
      assertSame(
          a.unwrap(DynamoSqlConnection.class).environment(),
          b.unwrap(DynamoSqlConnection.class).environment());
    }
  }

  // ---- a failing DynamoDB

  @ParameterizedTest
  @ValueSource(strings = {"2s", "300ms"})
  void unreachableEndpointIs08001WithinTheConnectTimeout(String connectTimeout) {
    // 300ms runs out while the SDK is still retrying the refused connection: still 08001.
    long started = System.nanoTime();
    SQLException refused =
        assertThrows(
            SQLException.class,
            () ->
                DriverManager.getConnection(
                    "jdbc:dynamosql:endpoint=http://127.0.0.1:9;region=us-east-1;user=a;password=b;"
                        + "connectTimeout="
                        + connectTimeout));
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertEquals("08001", refused.getSQLState(), refused.getMessage());
    assertTrue(refused.getMessage().contains("http://127.0.0.1:9"), refused.getMessage());
    assertTrue(millis < 10_000, "gave up after " + millis + " ms");
  }

  @Test
  void accessDeniedIs28000() {
    try (ScriptedDynamoDb refusing =
        ScriptedDynamoDb.refusing(ScriptedDynamoDb.ACCESS_DENIED, 400)) {
      SQLException refused =
          assertThrows(SQLException.class, () -> DriverManager.getConnection(refusing.jdbcUrl("")));
      assertEquals("28000", refused.getSQLState(), refused.getMessage());
      assertTrue(refused.getMessage().contains("AccessDeniedException"), refused.getMessage());
      assertFalse(refused.getMessage().contains("refused;"), "no secret in the message");
      assertEquals(1, refusing.requests(), "a refusal is not retried");
    }
  }

  @Test
  void badCredentialsAre28000() {
    try (ScriptedDynamoDb refusing =
        ScriptedDynamoDb.refusing(ScriptedDynamoDb.UNRECOGNIZED_CLIENT, 400)) {
      Properties keys = new Properties();
      SQLException refused =
          assertThrows(
              SQLException.class, () -> new DynamoSqlDriver().connect(refusing.jdbcUrl(""), keys));
      assertEquals("28000", refused.getSQLState(), refused.getMessage());
      assertTrue(
          refused.getMessage().contains("UnrecognizedClientException"), refused.getMessage());
    }
  }

  @Test
  void throttlingAfterTheRetriesIsTransient40001() throws SQLException {
    try (ScriptedDynamoDb refusing = ScriptedDynamoDb.refusing(ScriptedDynamoDb.THROTTLED, 400)) {
      SQLException refused =
          assertThrows(
              SQLException.class,
              () -> DriverManager.getConnection(refusing.jdbcUrl(";maxRetries=2")));
      assertEquals("40001", refused.getSQLState(), refused.getMessage());
      assertTrue(refused instanceof SQLTransientException, refused.getClass().getName());
      assertEquals(1, refusing.requests(), "the connect-time probe is not retried");

      AwsSdkDynamoDb reader =
          AwsSdkDynamoDb.shared(DriverConfig.of(refusing.jdbcUrl(";maxRetries=2")));
      SQLException read = assertThrows(SQLException.class, reader::listTableNames);
      assertEquals("40001", read.getSQLState(), read.getMessage());
      assertEquals(1 + 3, refusing.requests(), "a read: the first try and two retries");
      reader.close();
    }
  }

  @Test
  void aServerThatNeverAnswersIsATimeoutNotAHang() throws Exception {
    try (java.net.ServerSocket silent =
        new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      long started = System.nanoTime();
      SQLException refused =
          assertThrows(
              SQLException.class,
              () ->
                  DriverManager.getConnection(
                      "jdbc:dynamosql:endpoint=http://127.0.0.1:"
                          + silent.getLocalPort()
                          + ";region=us-east-1;user=a;password=b;connectTimeout=1s;maxRetries=0"));
      long millis = (System.nanoTime() - started) / 1_000_000;
      assertTrue(refused instanceof SQLTimeoutException, refused + " after " + millis + " ms");
      assertTrue(millis < 10_000, "gave up after " + millis + " ms");
    }
  }

  @Test
  void metadataCallsFailClearlyWhenDynamoDbGoesAway() throws SQLException {
    RecordingProxy door = RecordingProxy.start(dynamo.local().endpoint());
    String url =
        "jdbc:dynamosql:endpoint="
            + door.endpoint()
            + ";region=us-east-1;user=local;password=local;requestTimeout=5s";
    try (Connection connection = DriverManager.getConnection(url)) {
      door.close();
      connection.setClientInfo("MetadataRefresh", "FORCE");
      long started = System.nanoTime();
      SQLException gone =
          assertThrows(
              SQLException.class, () -> connection.getMetaData().getTables(null, null, "%", null));
      long millis = (System.nanoTime() - started) / 1_000_000;
      assertEquals("08001", gone.getSQLState(), gone.getMessage());
      assertTrue(millis < 10_000, "gave up after " + millis + " ms");
      assertFalse(connection.isValid(2), "isValid tells the truth");
    }
  }
}
