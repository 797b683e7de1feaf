package io.dynamosql.jdbc.readonly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.dynamosql.fixture.DemoDataset;
import io.dynamosql.jdbc.readonly.RefusedStatements.Refusal;
import io.dynamosql.jdbc.support.DemoDynamoDb;
import io.dynamosql.jdbc.support.DynamoDbCall;
import io.dynamosql.jdbc.support.SqlEngineAvailability;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The read-only gate: every non-query is refused through every JDBC entry point, with a SQLState
 * and a message that says what is allowed; nothing but reads ever reaches DynamoDB (as the
 * recording proxy saw it), and the demo data is unchanged afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadOnlyGateTest {

  private static final List<String> DATA_READS =
      List.of("GetItem", "BatchGetItem", "Query", "Scan");

  private static final String SELECT_ALL = "SELECT customer_id FROM customers";

  private DemoDynamoDb dynamo;
  private Connection connection;
  private Map<String, List<Map<String, AttributeValue>>> before;

  @BeforeAll
  void start() throws SQLException {
    dynamo = DemoDynamoDb.start();
    SqlEngineAvailability.assumeSqlEngine(dynamo);
    before = dynamo.snapshot();
    connection = dynamo.connection();
  }

  @AfterAll
  void stop() throws SQLException {
    if (connection != null) {
      connection.close();
    }
    dynamo.close();
  }

  @TestFactory
  Stream<DynamicTest> everyNonQueryIsRefused() {
    Stream<DynamicTest> refusals =
        RefusedStatements.all().stream()
            .map(
                refusal -> dynamicTest(refusal.toString(), () -> assertRefusedEverywhere(refusal)));
    Stream<DynamicTest> tricks =
        Stream.of(
            dynamicTest(
                "executeUpdate of a SELECT",
                () -> assertUpdateOfSelectRefused(s -> s.executeUpdate(SELECT_ALL))),
            dynamicTest(
                "executeLargeUpdate of a SELECT",
                () -> assertUpdateOfSelectRefused(s -> s.executeLargeUpdate(SELECT_ALL))),
            dynamicTest("a batch of writes", this::batchOfWritesIsRefused),
            dynamicTest("setReadOnly(false) does not open the gate", this::readOnlyCannotBeLifted));
    // Dynamic tests run in stream order: the checks of the side effects come last.
    Stream<DynamicTest> aftermath =
        Stream.of(
            dynamicTest("queries still work and go through the proxy", this::queriesStillWork),
            dynamicTest("no write call reached DynamoDB", this::noWriteCallReachedDynamoDb),
            dynamicTest("the demo data is unchanged", this::demoDataIsUnchanged));
    return Stream.of(refusals, tricks, aftermath).flatMap(s -> s);
  }

  private void assertRefusedEverywhere(Refusal refusal) throws SQLException {
    int mark = dynamo.proxy().mark();
    String sql = refusal.sql();
    assertRefused(refusal, "Statement.execute", () -> execute(s -> s.execute(sql)));
    assertRefused(refusal, "Statement.executeQuery", () -> execute(s -> s.executeQuery(sql)));
    assertRefused(refusal, "Statement.executeUpdate", () -> execute(s -> s.executeUpdate(sql)));
    assertRefused(
        refusal,
        "PreparedStatement.execute",
        () -> {
          try (PreparedStatement prepared = connection.prepareStatement(sql)) {
            prepared.execute();
          }
        });
    List<DynamoDbCall> reads =
        dynamo.proxy().callsSince(mark).stream()
            .filter(call -> !call.isRead() || DATA_READS.contains(call.operation()))
            .toList();
    assertEquals(List.of(), reads, "a refused statement must not reach DynamoDB's data");
  }

  private static void assertRefused(Refusal refusal, String entryPoint, Executable attempt) {
    SQLException refused =
        assertThrows(SQLException.class, attempt, entryPoint + " must refuse: " + refusal);
    assertTrue(
        refusal.sqlStates().contains(refused.getSQLState()),
        entryPoint
            + " refused with SQLState "
            + refused.getSQLState()
            + ", expected one of "
            + refusal.sqlStates()
            + ": "
            + refused.getMessage());
    assertSaysWhatIsAllowed(refused);
  }

  private static void assertSaysWhatIsAllowed(SQLException refused) {
    String message = String.valueOf(refused.getMessage());
    assertTrue(
        message.toUpperCase(Locale.ROOT).contains("SELECT"),
        "the message should say what is allowed (SELECT ...): " + message);
  }

  private void assertUpdateOfSelectRefused(StatementAction update) {
    SQLException refused = assertThrows(SQLException.class, () -> execute(update));
    assertTrue(refused.getSQLState() != null, "no SQLState: " + refused.getMessage());
  }

  private void batchOfWritesIsRefused() {
    SQLException refused =
        assertThrows(
            SQLException.class,
            () ->
                execute(
                    s -> {
                      s.addBatch("DELETE FROM customers");
                      s.addBatch("DROP TABLE orders");
                      return s.executeBatch();
                    }));
    assertTrue(
        List.of("25006", "42000", "0A000").contains(refused.getSQLState()),
        "a batch is refused as a write or as not supported: "
            + refused.getSQLState()
            + " "
            + refused.getMessage());
  }

  private void readOnlyCannotBeLifted() throws SQLException {
    try (Connection writable = dynamo.connection()) {
      try {
        writable.setReadOnly(false);
      } catch (SQLException refusedToo) {
        // Refusing to leave read-only mode is as good as ignoring the request.
      }
      try (Statement statement = writable.createStatement()) {
        SQLException refused =
            assertThrows(
                SQLException.class,
                () -> statement.execute("DELETE FROM customers WHERE customer_id = 'c001'"));
        assertEquals("25006", refused.getSQLState(), refused.getMessage());
      }
    }
  }

  private void queriesStillWork() throws SQLException {
    int mark = dynamo.proxy().mark();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT customer_id FROM customers"
                    + " WHERE name = '; DROP TABLE customers' OR customer_id = 'c001'"
                    + " /* DELETE FROM customers */")) {
      assertTrue(rows.next(), "c001 exists");
      assertEquals("c001", rows.getString(1));
      assertFalse(rows.next());
    }
    assertFalse(
        dynamo.proxy().callsSince(mark).isEmpty(),
        "the driver must reach DynamoDB through the recording proxy");
  }

  private void noWriteCallReachedDynamoDb() {
    assertEquals(List.of(), dynamo.proxy().nonReadCalls());
  }

  private void demoDataIsUnchanged() {
    Map<String, List<Map<String, AttributeValue>>> after = dynamo.snapshot();
    assertEquals(before.keySet(), after.keySet(), "tables");
    assertEquals(DemoDataset.TABLES.size(), after.size(), "only the demo tables exist");
    for (String table : DemoDataset.TABLES) {
      assertEquals(
          DemoDataset.create().items(table).size(), after.get(table).size(), table + " items");
      assertEquals(before.get(table), after.get(table), table + " content");
    }
  }

  private Object execute(StatementAction action) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      return action.apply(statement);
    }
  }

  /** Something done with a fresh Statement. */
  @FunctionalInterface
  private interface StatementAction {
    Object apply(Statement statement) throws SQLException;
  }
}
