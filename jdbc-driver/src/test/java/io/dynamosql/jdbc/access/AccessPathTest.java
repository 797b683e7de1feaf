package io.dynamosql.jdbc.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamosql.jdbc.support.DemoDynamoDb;
import io.dynamosql.jdbc.support.DynamoDbCall;
import io.dynamosql.jdbc.support.SqlEngineAvailability;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * One test per planning rule of {@code shared/design/sql.md}: the plan is checked from EXPLAIN, and
 * the read from DynamoDB's own answers as the recording proxy saw them (operation, table, index,
 * key condition, ScannedCount), against the minimum an SDK call counts independently.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessPathTest {

  private static final String ORDERS_BY_STATUS = "status-created_at-index";
  private static final String PRODUCTS_BY_CATEGORY = "category-price-index";

  private DemoDynamoDb dynamo;
  private Connection connection;

  @BeforeAll
  void start() throws SQLException {
    dynamo = DemoDynamoDb.start();
    SqlEngineAvailability.assumeSqlEngine(dynamo);
    connection = dynamo.connection();
  }

  @AfterAll
  void stop() throws SQLException {
    if (connection != null) {
      connection.close();
    }
    dynamo.close();
  }

  @Test
  void fullKeyEqualityIsOneGetItemOfOneItem() throws SQLException {
    String sql = "SELECT name, email FROM customers WHERE customer_id = 'c001'";
    assertTrue(explain(sql).contains("GetItem"), explain(sql));
    ReadTrace trace = run(sql, 1);
    assertEquals(Set.of("GetItem"), trace.operations(), trace.toString());
    assertEquals(1, trace.calls().size(), trace.toString());
    assertEquals(1, trace.itemsRead());
  }

  @Test
  void compositeKeyEqualityIsOneGetItem() throws SQLException {
    ReadTrace trace =
        run("SELECT total FROM orders WHERE customer_id = 'c001' AND order_id = 'o0003'", 1);
    assertEquals(Set.of("GetItem"), trace.operations(), trace.toString());
    assertEquals(1, trace.itemsRead());
  }

  @Test
  void parameterisedKeyLookupIsStillAGetItem() throws SQLException {
    int mark = dynamo.proxy().mark();
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT name FROM customers WHERE customer_id = ?")) {
      statement.setString(1, "c002");
      try (ResultSet rows = statement.executeQuery()) {
        assertTrue(rows.next());
        assertFalse(rows.next());
      }
    }
    ReadTrace trace = ReadTrace.of(dynamo.proxy().callsSince(mark));
    assertEquals(Set.of("GetItem"), trace.operations(), trace.toString());
    assertEquals(1, trace.itemsRead());
  }

  @Test
  void projectionAsksOnlyForTheNeededAttributes() throws SQLException {
    ReadTrace trace = run("SELECT name FROM customers WHERE customer_id = 'c003'", 1);
    DynamoDbCall get = trace.calls().get(0);
    String projection = resolvedNames(get, get.text("ProjectionExpression").orElse(""));
    assertTrue(projection.contains("name"), "projection: " + projection);
    assertFalse(projection.contains("email"), "projection: " + projection);
  }

  @Test
  void keyInListIsOneBatchGetItem() throws SQLException {
    String sql =
        "SELECT customer_id FROM customers WHERE customer_id IN ('c001', 'c002', 'c003', 'nobody')";
    assertTrue(explain(sql).contains("BatchGetItem"), explain(sql));
    ReadTrace trace = run(sql, 3);
    assertEquals(Set.of("BatchGetItem"), trace.operations(), trace.toString());
    assertEquals(1, trace.calls().size(), trace.toString());
    assertEquals(3, trace.itemsRead());
  }

  @Test
  void partitionKeyEqualityReadsOnlyThatPartition() throws SQLException {
    String sql = "SELECT order_id, total FROM orders WHERE customer_id = 'c004'";
    long partition = count("orders", null, "customer_id = :p", Map.of(":p", s("c004")));
    assertTrue(explain(sql).contains("Query"), explain(sql));
    ReadTrace trace = run(sql, partition);
    assertEquals(Set.of("Query"), trace.operations(), trace.toString());
    assertFalse(trace.calls().get(0).index().isPresent(), "the table itself, not an index");
    assertEquals(partition, trace.itemsRead());
  }

  @Test
  void sortKeyRangeGoesIntoTheKeyCondition() throws SQLException {
    String sql =
        "SELECT order_id FROM orders WHERE customer_id = 'c007' AND order_id BETWEEN 'o0035' AND 'o0040'";
    long matching =
        count(
            "orders",
            null,
            "customer_id = :p AND order_id BETWEEN :a AND :b",
            Map.of(":p", s("c007"), ":a", s("o0035"), ":b", s("o0040")));
    ReadTrace trace = run(sql, matching);
    assertEquals(Set.of("Query"), trace.operations(), trace.toString());
    assertEquals(matching, trace.itemsRead(), "only the range is read");
  }

  @Test
  void likePrefixOnTheSortKeyIsBeginsWith() throws SQLException {
    String sql = "SELECT sk FROM app_data WHERE pk = 'CUSTOMER#c001' AND sk LIKE 'ORDER#%'";
    long matching =
        count(
            "app_data",
            null,
            "PK = :p AND begins_with(SK, :s)",
            Map.of(":p", s("CUSTOMER#c001"), ":s", s("ORDER#")));
    String plan = explain(sql);
    assertTrue(plan.toLowerCase(Locale.ROOT).contains("begins_with"), plan);
    ReadTrace trace = run(sql, matching);
    assertEquals(Set.of("Query"), trace.operations(), trace.toString());
    assertTrue(
        trace.calls().get(0).text("KeyConditionExpression").orElse("").contains("begins_with"),
        trace.toString());
    assertEquals(matching, trace.itemsRead());
  }

  @Test
  void ordersByStatusUseTheirIndex() throws SQLException {
    String sql = "SELECT order_id, created_at FROM orders WHERE status = 'pending'";
    long pending = count("orders", ORDERS_BY_STATUS, "#status = :s", Map.of(":s", s("pending")));
    assertTrue(explain(sql).contains(ORDERS_BY_STATUS), explain(sql));
    ReadTrace trace = run(sql, pending);
    assertEquals(Set.of("Query"), trace.operations(), trace.toString());
    assertEquals(ORDERS_BY_STATUS, trace.calls().get(0).index().orElse(""), trace.toString());
    assertEquals(pending, trace.itemsRead());
  }

  @Test
  void productsByCategoryAndPriceUseTheirIndex() throws SQLException {
    String sql = "SELECT sku, price FROM products WHERE category = 'books' AND price < 100";
    long matching =
        count(
            "products",
            PRODUCTS_BY_CATEGORY,
            "category = :c AND price < :p",
            Map.of(":c", s("books"), ":p", AttributeValue.fromN("100")));
    assertTrue(explain(sql).contains(PRODUCTS_BY_CATEGORY), explain(sql));
    ReadTrace trace = run(sql, matching);
    assertEquals(Set.of("Query"), trace.operations(), trace.toString());
    assertEquals(PRODUCTS_BY_CATEGORY, trace.calls().get(0).index().orElse(""));
    assertEquals(matching, trace.itemsRead(), "the price range is in the key condition");
  }

  @Test
  void orderBySortKeyUsesScanIndexForwardInsteadOfASort() throws SQLException {
    String sql = "SELECT order_id FROM orders WHERE customer_id = 'c004' ORDER BY order_id DESC";
    String plan = explain(sql);
    assertFalse(hasLocalSort(plan), "no local sort: " + plan);
    ReadTrace trace = run(sql, count("orders", null, "customer_id = :p", Map.of(":p", s("c004"))));
    DynamoDbCall query = trace.calls().get(0);
    assertEquals("Query", query.operation());
    assertEquals("false", query.request().path("ScanIndexForward").asText(), query.toString());
  }

  @Test
  void orderByIndexSortKeyNeedsNoSortEither() throws SQLException {
    String sql =
        "SELECT order_id, created_at FROM orders WHERE status = 'cancelled' ORDER BY created_at";
    String plan = explain(sql);
    assertTrue(plan.contains(ORDERS_BY_STATUS), plan);
    assertFalse(hasLocalSort(plan), "no local sort: " + plan);
  }

  @Test
  void exactLimitIsPushedIntoTheQuery() throws SQLException {
    ReadTrace trace =
        run("SELECT order_id FROM orders WHERE customer_id = 'c004' ORDER BY order_id LIMIT 2", 2);
    assertEquals(Set.of("Query"), trace.operations(), trace.toString());
    assertEquals(2, trace.itemsRead(), "Limit=2 reads two items: " + trace);
  }

  @Test
  void parameterisedLimitIsPushedIntoTheQuery() throws SQLException {
    int mark = dynamo.proxy().mark();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT order_id FROM orders WHERE customer_id = ? ORDER BY order_id LIMIT ?")) {
      statement.setString(1, "c004");
      statement.setInt(2, 2);
      try (ResultSet rows = statement.executeQuery()) {
        assertTrue(rows.next());
        assertTrue(rows.next());
        assertFalse(rows.next());
      }
    }
    ReadTrace trace = ReadTrace.of(dynamo.proxy().callsSince(mark));
    assertEquals(Set.of("Query"), trace.operations(), trace.toString());
    assertEquals(2, trace.itemsRead(), "Limit=2 from the parameter reads two items: " + trace);
  }

  @Test
  void lookupJoinDoesNotScanTheInnerTable() throws SQLException {
    String sql =
        "SELECT o.order_id, c.name FROM orders o JOIN customers c ON c.customer_id = o.customer_id"
            + " WHERE o.customer_id = 'c004'";
    long orders = count("orders", null, "customer_id = :p", Map.of(":p", s("c004")));
    ReadTrace trace = run(sql, orders);
    assertTrue(
        trace.on("customers").stream().noneMatch(c -> c.operation().equals("Scan")),
        "customers must be looked up by key, not scanned:\n" + trace);
    assertTrue(trace.itemsRead("customers") <= orders, trace.toString());
    assertEquals(orders, trace.itemsRead("orders"), trace.toString());
  }

  @Test
  void lookupJoinFromAScanReadsOnlyMatchingInnerKeys() throws SQLException {
    String sql =
        "SELECT o.order_id, c.tier FROM orders o JOIN customers c ON c.customer_id = o.customer_id"
            + " WHERE o.total > 4000";
    int mark = dynamo.proxy().mark();
    int rows = rows(sql);
    ReadTrace trace = ReadTrace.of(dynamo.proxy().callsSince(mark));
    assertTrue(
        trace.on("customers").stream().noneMatch(c -> c.operation().equals("Scan")),
        "customers must be looked up by key, not scanned:\n" + trace);
    assertTrue(trace.itemsRead("customers") <= rows, trace.toString());
  }

  @Test
  void fullScanRunsInParallelSegmentsAndWarns() throws SQLException {
    String sql = "SELECT customer_id FROM customers WHERE tier = 'gold'";
    assertTrue(explain(sql).contains("Scan"), explain(sql));
    int mark = dynamo.proxy().mark();
    SQLWarning warning;
    try (Statement statement = connection.createStatement()) {
      try (ResultSet rows = statement.executeQuery(sql)) {
        while (rows.next()) {
          // read everything
        }
      }
      warning = statement.getWarnings();
    }
    ReadTrace trace = ReadTrace.of(dynamo.proxy().callsSince(mark));
    assertEquals(Set.of("Scan"), trace.operations());
    assertTrue(
        trace.calls().stream().allMatch(c -> c.request().path("TotalSegments").asInt(1) > 1),
        "a parallel scan:\n" + trace);
    assertEquals(60, trace.itemsRead(), "each item is read once");
    assertNotNull(warning, "a full scan leaves a SQLWarning");
    assertTrue(warning.getMessage().contains("customers"), warning.getMessage());
  }

  @Test
  void fullScanWarningNamesTheIndexThatWouldHaveServed() throws SQLException {
    String sql = "SELECT order_id FROM orders WHERE created_at > '2025-12-01'";
    try (Statement statement = connection.createStatement()) {
      try (ResultSet rows = statement.executeQuery(sql)) {
        while (rows.next()) {
          // read everything
        }
      }
      SQLWarning warning = statement.getWarnings();
      assertNotNull(warning, "a full scan leaves a SQLWarning");
      assertTrue(warning.getMessage().contains(ORDERS_BY_STATUS), warning.getMessage());
    }
  }

  @Test
  void readBudgetRefusesNamingTableAndIndex() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("readBudget", "5");
    try (Connection budgeted = DriverManager.getConnection(dynamo.jdbcUrl(), properties);
        Statement statement = budgeted.createStatement()) {
      SQLException refused =
          assertThrows(
              SQLException.class,
              () -> {
                try (ResultSet rows =
                    statement.executeQuery(
                        "SELECT order_id FROM orders WHERE status = 'delivered'")) {
                  while (rows.next()) {
                    // read until refused
                  }
                }
              });
      assertTrue(refused.getMessage().contains("orders"), refused.getMessage());
      assertTrue(refused.getMessage().contains(ORDERS_BY_STATUS), refused.getMessage());
    }
  }

  @Test
  void refusedFullScanReadsNothing() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("fullScanPolicy", "refuse");
    try (Connection strict = DriverManager.getConnection(dynamo.jdbcUrl(), properties);
        Statement statement = strict.createStatement()) {
      // The key lookup runs first: a new configuration's first statement also makes the catalog
      // sample the tables (schema discovery scans), which is not the refused statement's read.
      try (ResultSet rows =
          statement.executeQuery("SELECT name FROM customers WHERE customer_id = 'c001'")) {
        assertTrue(rows.next(), "a key lookup is no full scan");
      }
      int mark = dynamo.proxy().mark();
      SQLException refused =
          assertThrows(
              SQLException.class,
              () ->
                  statement.executeQuery("SELECT customer_id FROM customers WHERE tier = 'gold'"));
      assertTrue(refused.getMessage().contains("customers"), refused.getMessage());
      assertEquals(List.of(), ReadTrace.of(dynamo.proxy().callsSince(mark)).calls());
    }
  }

  private ReadTrace run(String sql, long expectedRows) throws SQLException {
    int mark = dynamo.proxy().mark();
    assertEquals(expectedRows, rows(sql), "rows of " + sql);
    return ReadTrace.of(dynamo.proxy().callsSince(mark));
  }

  private int rows(String sql) throws SQLException {
    int rows = 0;
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        rows++;
      }
    }
    return rows;
  }

  private String explain(String sql) throws SQLException {
    StringBuilder plan = new StringBuilder();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("EXPLAIN " + sql)) {
      int columns = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        for (int c = 1; c <= columns; c++) {
          plan.append(rows.getString(c)).append(c < columns ? " | " : "\n");
        }
      }
    }
    return plan.toString();
  }

  /** Items matching a key condition, counted with a direct SDK Query (not through the driver). */
  private long count(
      String table, String index, String keyCondition, Map<String, AttributeValue> values) {
    QueryRequest.Builder request =
        QueryRequest.builder()
            .tableName(table)
            .indexName(index)
            .keyConditionExpression(keyCondition)
            .expressionAttributeValues(values)
            .select(Select.COUNT);
    if (keyCondition.contains("#status")) {
      request.expressionAttributeNames(Map.of("#status", "status"));
    }
    return dynamo.client().queryPaginator(request.build()).stream()
        .mapToLong(page -> page.count())
        .sum();
  }

  private static boolean hasLocalSort(String plan) {
    return plan.lines().anyMatch(line -> line.strip().startsWith("Sort"));
  }

  private static String resolvedNames(DynamoDbCall call, String expression) {
    String resolved = expression;
    var names = call.request().path("ExpressionAttributeNames").fields();
    while (names.hasNext()) {
      var name = names.next();
      resolved = resolved.replace(name.getKey(), name.getValue().asText());
    }
    return resolved;
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }
}
