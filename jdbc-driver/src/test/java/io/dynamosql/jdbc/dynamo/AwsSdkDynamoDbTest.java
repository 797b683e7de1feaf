package io.dynamosql.jdbc.dynamo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamosql.fixture.DemoDataset;
import io.dynamosql.jdbc.config.DriverConfig;
import io.dynamosql.jdbc.schema.IndexType;
import io.dynamosql.jdbc.support.DemoDynamoDb;
import io.dynamosql.jdbc.support.DemoDynamoDbExtension;
import io.dynamosql.jdbc.support.DynamoDbCall;
import io.dynamosql.jdbc.support.ScriptedDynamoDb;
import io.dynamosql.jdbc.type.SetValue;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SDK side of the driver against DynamoDB Local, each claim checked from what the recording
 * proxy saw on the wire: lazy pages, parallel segments that stop on close, batches of 100 keys in
 * key order, the costs recorded, and DynamoDB's failures as SQLStates.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(DemoDynamoDbExtension.class)
class AwsSdkDynamoDbTest {

  private final DemoDynamoDb dynamo;
  private AwsSdkDynamoDb reader;

  AwsSdkDynamoDbTest(DemoDynamoDb dynamo) {
    this.dynamo = dynamo;
  }

  @BeforeAll
  void start() throws SQLException {
    reader = AwsSdkDynamoDb.shared(DriverConfig.of(dynamo.jdbcUrl()));
  }

  @AfterAll
  void stop() {
    reader.close();
  }

  @Test
  void listsAndDescribesTables() throws SQLException {
    assertEquals(
        new HashSet<>(DemoDataset.TABLES), new HashSet<>(reader.listTableNames()), "every table");
    TableDescription orders = reader.describe(DemoDataset.ORDERS);
    assertEquals("customer_id", orders.partitionKey());
    assertEquals(Optional.of("order_id"), orders.sortKey());
    assertEquals("S", orders.attributeTypes().get("order_id"));
    List<String> indexes =
        orders.indexes().stream()
            .map(i -> i.type() + ":" + i.name() + ":" + i.projection())
            .toList();
    assertEquals(
        List.of(
            "GSI:status-created_at-index:ALL",
            "GSI:channel-total-index:INCLUDE",
            "LSI:date-index:KEYS_ONLY"),
        indexes);
    assertEquals(
        List.of("status"),
        orders.indexes().stream()
            .filter(i -> i.name().equals("channel-total-index"))
            .findFirst()
            .orElseThrow()
            .nonKeyAttributes());
    assertTrue(orders.indexes().stream().anyMatch(i -> i.type() == IndexType.LSI));
  }

  @Test
  void sameSettingsShareOneClient() throws SQLException {
    AwsSdkDynamoDb again =
        AwsSdkDynamoDb.shared(DriverConfig.of(dynamo.jdbcUrl() + ";sampleSize=10;tables=orders"));
    assertTrue(again == reader, "only schema settings differ: the SDK client is shared");
  }

  @Test
  void queryFetchesAPageOnlyWhenThePreviousIsConsumed() throws SQLException {
    ReadControl control = ReadControl.unlimited();
    int mark = dynamo.proxy().mark();
    try (ItemStream stream =
        reader.query(
            new QueryRead(
                DemoDataset.ORDERS,
                Optional.empty(),
                "customer_id = :c",
                Optional.empty(),
                Optional.empty(),
                new ExpressionParameters(Map.of(), Map.of(":c", "c001")),
                true,
                OptionalInt.of(1),
                false,
                Optional.empty()),
            control)) {
      assertTrue(stream.hasNext());
      stream.next();
      assertEquals(1, dynamo.proxy().callsSince(mark).size(), "one page of Limit 1 so far");
      assertTrue(stream.hasNext());
      stream.next();
      assertEquals(2, dynamo.proxy().callsSince(mark).size(), "the second page only now");
      assertEquals(2, control.itemsRead());
    }
    List<DynamoDbCall> calls = dynamo.proxy().callsSince(mark);
    assertTrue(
        calls.get(0).text("ReturnConsumedCapacity").isEmpty(),
        "no consumed capacity asked for: nothing reports it, and it slows the answer");
    assertTrue(calls.get(1).request().has("ExclusiveStartKey"), "the second page continues");
  }

  @Test
  void valuesArriveInTheValueModel() throws SQLException {
    Map<String, Object> product =
        reader
            .getItem(
                new GetItemRead(
                    DemoDataset.PRODUCTS,
                    Map.of("sku", "p001"),
                    Optional.empty(),
                    ExpressionParameters.NONE,
                    true),
                ReadControl.unlimited())
            .orElseThrow();
    assertEquals("p001", product.get("sku"));
    assertTrue(product.get("price") instanceof BigDecimal, product.toString());
    assertTrue(product.values().stream().anyMatch(v -> v instanceof SetValue), "sets: " + product);
    assertEquals(
        Optional.empty(),
        reader.getItem(
            new GetItemRead(
                DemoDataset.PRODUCTS,
                Map.of("sku", "nope"),
                Optional.empty(),
                ExpressionParameters.NONE,
                false),
            ReadControl.unlimited()));
  }

  @Test
  void parallelScanReadsEveryItemOnceAndStopsItsThreadsOnClose() throws Exception {
    ReadControl control = ReadControl.unlimited();
    List<Object> ids = new ArrayList<>();
    try (ItemStream stream =
        reader.scan(scan(DemoDataset.CUSTOMERS, 4, OptionalInt.empty()), control)) {
      while (stream.hasNext()) {
        ids.add(stream.next().get("customer_id"));
      }
      assertEquals(DemoDataset.CUSTOMER_COUNT, control.itemsRead());
    }
    assertEquals(DemoDataset.CUSTOMER_COUNT, ids.size());
    assertEquals(DemoDataset.CUSTOMER_COUNT, new HashSet<>(ids).size());

    ItemStream abandoned =
        reader.scan(scan(DemoDataset.CUSTOMERS, 4, OptionalInt.of(1)), ReadControl.unlimited());
    assertTrue(abandoned.hasNext());
    abandoned.close();
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (scanThreads() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertEquals(0, scanThreads(), "closing the scan stops its segment threads");
  }

  private static long scanThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("dynamosql-scan-" + DemoDataset.CUSTOMERS))
        .count();
  }

  @Test
  void batchGetSplitsInHundredsAndKeepsKeyOrder() throws SQLException {
    List<Map<String, Object>> keys = new ArrayList<>();
    for (int i = 150; i >= 1; i--) {
      keys.add(Map.of("customer_id", String.format("c%03d", i)));
    }
    int mark = dynamo.proxy().mark();
    List<Object> ids = new ArrayList<>();
    try (ItemStream stream =
        reader.batchGet(
            new BatchGetRead(
                DemoDataset.CUSTOMERS,
                keys,
                Optional.of("#n"),
                new ExpressionParameters(Map.of("#n", "name"), Map.of()),
                false),
            ReadControl.unlimited())) {
      while (stream.hasNext()) {
        ids.add(stream.next().get("customer_id"));
      }
    }
    List<Object> expected = new ArrayList<>();
    for (int i = DemoDataset.CUSTOMER_COUNT; i >= 1; i--) {
      expected.add(String.format("c%03d", i));
    }
    assertEquals(expected, ids, "existing keys, in the order asked");
    List<DynamoDbCall> calls = dynamo.proxy().callsSince(mark);
    assertEquals(2, calls.size(), "150 keys: two calls");
    assertEquals(
        100, calls.get(0).request().path("RequestItems").path("customers").path("Keys").size());
  }

  @Test
  void aBatchProjectionThatNamesTheKeyAlreadyIsAccepted() throws SQLException {
    List<Object> names = new ArrayList<>();
    try (ItemStream stream =
        reader.batchGet(
            new BatchGetRead(
                DemoDataset.CUSTOMERS,
                List.of(Map.of("customer_id", "c002"), Map.of("customer_id", "c001")),
                Optional.of("#id, #n"),
                new ExpressionParameters(Map.of("#id", "customer_id", "#n", "name"), Map.of()),
                false),
            ReadControl.unlimited())) {
      while (stream.hasNext()) {
        Map<String, Object> item = stream.next();
        assertEquals(Set.of("customer_id", "name"), item.keySet());
        names.add(item.get("customer_id"));
      }
    }
    assertEquals(List.of("c002", "c001"), names);
  }

  @Test
  void readBudgetAndCancellationStopTheNextRequest() throws SQLException {
    ReadControl budget = new ReadControl(0, 5);
    ItemStream stream = reader.scan(scan(DemoDataset.CUSTOMERS, 1, OptionalInt.empty()), budget);
    SQLException over = assertThrows(SQLException.class, stream::hasNext);
    assertEquals("53400", over.getSQLState());

    ReadControl cancelled = ReadControl.unlimited();
    cancelled.cancel();
    SQLException stopped =
        assertThrows(
            SQLException.class,
            () ->
                reader
                    .scan(scan(DemoDataset.CUSTOMERS, 1, OptionalInt.empty()), cancelled)
                    .hasNext());
    assertEquals("57014", stopped.getSQLState());
  }

  @Test
  void dynamoDbFailuresBecomeSqlStates() throws SQLException {
    SQLException missing = assertThrows(SQLException.class, () -> reader.describe("no_such_table"));
    assertEquals("42S02", missing.getSQLState(), missing.getMessage());

    AwsSdkDynamoDb nowhere =
        AwsSdkDynamoDb.shared(
            DriverConfig.of(
                "jdbc:dynamosql:endpoint=http://127.0.0.1:1;region=us-east-1;user=a;password=b;"
                    + "maxRetries=0;connectTimeout=500ms;requestTimeout=2s"));
    try {
      SQLException unreachable = assertThrows(SQLException.class, nowhere::listTableNames);
      assertEquals("08001", unreachable.getSQLState(), unreachable.getMessage());
      assertTrue(unreachable.getMessage().contains("127.0.0.1:1"), unreachable.getMessage());
    } finally {
      nowhere.close();
    }
    assertFalse(missing.getMessage().contains("local"), "no credential in messages");
  }

  @Test
  void aKeyDynamoDbCannotHoldIsAnInvalidParameterWithDynamoDbsReason() {
    SQLException tooLong =
        assertThrows(
            SQLException.class,
            () ->
                reader.getItem(
                    new GetItemRead(
                        DemoDataset.CUSTOMERS,
                        Map.of("customer_id", "k".repeat(3_000)),
                        Optional.empty(),
                        ExpressionParameters.NONE,
                        false),
                    ReadControl.unlimited()));
    assertEquals("22023", tooLong.getSQLState(), tooLong.getMessage());
    assertTrue(tooLong instanceof java.sql.SQLDataException, tooLong.getClass().getName());
    assertTrue(tooLong.getMessage().contains("2048 bytes"), tooLong.getMessage());
    assertTrue(tooLong.getMessage().contains("GetItem on table 'customers'"), tooLong.getMessage());
  }

  private static ScanRead scan(String table, int segments, OptionalInt limit) {
    return new ScanRead(
        table,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        ExpressionParameters.NONE,
        segments,
        limit,
        false,
        Optional.empty());
  }

  @Test
  void unprocessedKeysAreSentAgainAndTheKeyOrderHolds() throws SQLException {
    String first =
        "{\"Responses\":{\"customers\":[{\"customer_id\":{\"S\":\"c001\"}}]},"
            + "\"UnprocessedKeys\":{\"customers\":{\"Keys\":[{\"customer_id\":{\"S\":\"c002\"}}]}}}";
    String second =
        "{\"Responses\":{\"customers\":[{\"customer_id\":{\"S\":\"c002\"}}]},"
            + "\"UnprocessedKeys\":{}}";
    try (ScriptedDynamoDb scripted = ScriptedDynamoDb.answering(first, second)) {
      AwsSdkDynamoDb overloaded = AwsSdkDynamoDb.shared(DriverConfig.of(scripted.jdbcUrl("")));
      List<Object> ids = new ArrayList<>();
      try (ItemStream stream =
          overloaded.batchGet(customers("c002", "c001"), ReadControl.unlimited())) {
        while (stream.hasNext()) {
          ids.add(stream.next().get("customer_id"));
        }
      } finally {
        overloaded.close();
      }
      assertEquals(List.of("c002", "c001"), ids, "the order of the keys, not of the answers");
      List<String> requests = scripted.requestBodies();
      assertEquals(2, requests.size());
      assertTrue(
          requests.get(1).contains("c002") && !requests.get(1).contains("c001"), requests.get(1));
    }
  }

  @Test
  void keysLeftUnprocessedAfterTheRetriesAreATransientFailure() throws SQLException {
    String nothing =
        "{\"Responses\":{\"customers\":[]},"
            + "\"UnprocessedKeys\":{\"customers\":{\"Keys\":[{\"customer_id\":{\"S\":\"c001\"}}]}}}";
    try (ScriptedDynamoDb scripted = ScriptedDynamoDb.answering(nothing)) {
      AwsSdkDynamoDb overloaded =
          AwsSdkDynamoDb.shared(DriverConfig.of(scripted.jdbcUrl(";maxRetries=2")));
      try (ItemStream stream = overloaded.batchGet(customers("c001"), ReadControl.unlimited())) {
        SQLException gaveUp = assertThrows(SQLException.class, stream::hasNext);
        assertEquals("40001", gaveUp.getSQLState(), gaveUp.getMessage());
        assertTrue(gaveUp instanceof java.sql.SQLTransientException);
      } finally {
        overloaded.close();
      }
      assertEquals(3, scripted.requests(), "the first call and two retries");
    }
  }

  private static BatchGetRead customers(String... ids) {
    List<Map<String, Object>> keys = new ArrayList<>();
    for (String id : ids) {
      keys.add(Map.of("customer_id", id));
    }
    return new BatchGetRead(
        DemoDataset.CUSTOMERS, keys, Optional.empty(), ExpressionParameters.NONE, false);
  }
}
