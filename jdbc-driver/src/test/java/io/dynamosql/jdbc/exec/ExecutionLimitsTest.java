package io.dynamosql.jdbc.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamosql.jdbc.support.DemoDynamoDb;
import io.dynamosql.jdbc.support.DynamoDbCall;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What bounds an execution: the memory limit of sorts and hash tables, maxRows and the fetch size
 * (DynamoDB pages are read only as rows are taken), cancel, and parameters in key lookups.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExecutionLimitsTest {

  private DemoDynamoDb dynamo;
  private Connection connection;

  @BeforeAll
  void start() throws SQLException {
    dynamo = DemoDynamoDb.start();
    connection = dynamo.connection();
    // The first statement makes the catalog sample every table; the tests count later reads only.
    try (Statement warmUp = connection.createStatement()) {
      count(warmUp.executeQuery("SELECT name FROM customers WHERE customer_id = 'c001'"));
    }
  }

  @AfterAll
  void stop() throws SQLException {
    connection.close();
    dynamo.close();
  }

  @Test
  void sortPastTheMemoryLimitFailsWith53200() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("memoryLimit", "10");
    try (Connection small = DriverManager.getConnection(dynamo.jdbcUrl(), properties);
        Statement statement = small.createStatement()) {
      SQLException refused =
          assertThrows(
              SQLException.class,
              () -> count(statement.executeQuery("SELECT name FROM customers ORDER BY name")));
      assertEquals("53200", refused.getSQLState());
      assertTrue(refused.getMessage().contains("memoryLimit"), refused.getMessage());
      assertEquals(
          3,
          count(statement.executeQuery("SELECT tier, COUNT(*) FROM customers GROUP BY tier")),
          "three groups fit in ten rows");
    }
  }

  @Test
  void aSlidingDistinctWindowHoldsOnlyOneFrameOfValues() throws SQLException {
    int customers;
    try (Statement statement = connection.createStatement()) {
      customers = count(statement.executeQuery("SELECT customer_id FROM customers"));
    }
    Properties properties = new Properties();
    // The rows themselves, plus the three tiers one frame may hold.
    properties.setProperty("memoryLimit", String.valueOf(customers + 3));
    try (Connection small = DriverManager.getConnection(dynamo.jdbcUrl(), properties);
        Statement statement = small.createStatement()) {
      assertEquals(
          customers,
          count(
              statement.executeQuery(
                  "SELECT customer_id, COUNT(DISTINCT tier) OVER (ORDER BY customer_id"
                      + " ROWS BETWEEN 5 PRECEDING AND 5 FOLLOWING) FROM customers")));
    }
  }

  @Test
  void maxRowsAndFetchSizeStopReadingDynamoDb() throws SQLException {
    int mark = dynamo.proxy().mark();
    try (Statement statement = connection.createStatement()) {
      statement.setFetchSize(2);
      statement.setMaxRows(3);
      assertEquals(
          3,
          count(statement.executeQuery("SELECT order_id FROM orders WHERE customer_id = 'c001'")));
    }
    long read =
        dynamo.proxy().callsSince(mark).stream()
            .filter(c -> c.operation().equals("Query"))
            .mapToLong(DynamoDbCall::itemsRead)
            .sum();
    assertEquals(4, read, "two pages of two items give the three rows; c001 has more orders");
  }

  @Test
  void cancelStopsTheNextRow() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT order_id FROM orders")) {
      assertTrue(rows.next());
      statement.cancel();
      SQLException cancelled = assertThrows(SQLException.class, () -> count(rows));
      assertEquals("57014", cancelled.getSQLState(), cancelled.getMessage());
    }
  }

  @Test
  void parametersAreTypedByTheirContextAndServeKeyLookups() throws SQLException {
    int mark = dynamo.proxy().mark();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT order_id FROM orders WHERE customer_id IN (?, ?) AND total > ?")) {
      ParameterMetaData parameters = statement.getParameterMetaData();
      assertEquals(3, parameters.getParameterCount());
      assertEquals(Types.VARCHAR, parameters.getParameterType(1));
      assertEquals(Types.DECIMAL, parameters.getParameterType(3));
      statement.setString(1, "c001");
      statement.setString(2, "c002");
      statement.setBigDecimal(3, new BigDecimal("1000"));
      List<String> orders = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          orders.add(rows.getString(1));
        }
      }
      assertFalse(orders.isEmpty());
    }
    List<DynamoDbCall> reads =
        dynamo.proxy().callsSince(mark).stream()
            .filter(c -> c.table().orElse("").equals("orders"))
            .toList();
    assertTrue(reads.stream().allMatch(c -> c.operation().equals("Query")), reads.toString());
    assertEquals(2, reads.size(), "one Query per partition: " + reads);
  }

  private static int count(ResultSet rows) throws SQLException {
    int count = 0;
    try (rows) {
      while (rows.next()) {
        count++;
      }
    }
    return count;
  }
}
