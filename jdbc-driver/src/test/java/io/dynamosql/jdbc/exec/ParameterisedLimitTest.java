package io.dynamosql.jdbc.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamosql.jdbc.support.DemoDynamoDb;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** LIMIT ?, OFFSET ? and FETCH FIRST ? ROWS in a PreparedStatement, over the demo dataset. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParameterisedLimitTest {

  private static final String ORDERS_OF_C004 =
      "SELECT order_id FROM orders WHERE customer_id = 'c004' ORDER BY order_id";

  private DemoDynamoDb dynamo;
  private Connection connection;

  @BeforeAll
  void start() throws SQLException {
    dynamo = DemoDynamoDb.start();
    connection = dynamo.connection();
  }

  @AfterAll
  void stop() throws SQLException {
    connection.close();
    dynamo.close();
  }

  @Test
  void limitAndOffsetTakeTheirValuesAtEachExecution() throws SQLException {
    List<String> all = orderIds(ORDERS_OF_C004);
    try (PreparedStatement statement =
        connection.prepareStatement(ORDERS_OF_C004 + " LIMIT ? OFFSET ?")) {
      statement.setInt(1, 2);
      statement.setInt(2, 1);
      assertEquals(all.subList(1, 3), rows(statement));
      statement.setLong(1, 1);
      statement.setLong(2, 0);
      assertEquals(all.subList(0, 1), rows(statement));
      statement.setBigDecimal(1, new BigDecimal("1000"));
      statement.setString(2, "2");
      assertEquals(all.subList(2, all.size()), rows(statement));
    }
  }

  @Test
  void fetchFirstAndOffsetRowsTakeParameters() throws SQLException {
    List<String> all = orderIds(ORDERS_OF_C004);
    try (PreparedStatement statement =
        connection.prepareStatement(ORDERS_OF_C004 + " OFFSET ? ROWS FETCH FIRST ? ROWS ONLY")) {
      statement.setInt(1, 1);
      statement.setInt(2, 1);
      assertEquals(all.subList(1, 2), rows(statement));
    }
  }

  @Test
  void limitZeroGivesNoRowsAndNullMeansAll() throws SQLException {
    List<String> all = orderIds(ORDERS_OF_C004);
    try (PreparedStatement statement = connection.prepareStatement(ORDERS_OF_C004 + " LIMIT ?")) {
      statement.setInt(1, 0);
      assertEquals(List.of(), rows(statement));
      statement.setNull(1, Types.BIGINT);
      assertEquals(all, rows(statement));
    }
  }

  @Test
  void parametersAreNumberedInTextOrderAndLimitsAreIntegers() throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT order_id FROM orders WHERE customer_id = ? ORDER BY order_id LIMIT ?")) {
      ParameterMetaData metadata = statement.getParameterMetaData();
      assertEquals(2, metadata.getParameterCount());
      assertEquals(Types.VARCHAR, metadata.getParameterType(1));
      assertEquals(Types.BIGINT, metadata.getParameterType(2));
      statement.setString(1, "c004");
      statement.setInt(2, 1);
      assertEquals(orderIds(ORDERS_OF_C004).subList(0, 1), rows(statement));
    }
  }

  @Test
  void aLimitInASubqueryTakesItsParameter() throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT COUNT(*) FROM (SELECT order_id FROM orders ORDER BY order_id LIMIT ?) t")) {
      statement.setInt(1, 3);
      assertEquals(List.of("3"), rows(statement));
    }
  }

  @Test
  void negativeOrFractionalCountsAreRefused() throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(ORDERS_OF_C004 + " LIMIT ? OFFSET ?")) {
      statement.setInt(1, -1);
      statement.setInt(2, 0);
      assertInvalid(statement, "LIMIT needs a non-negative integer, not -1");
      statement.setInt(1, 1);
      statement.setBigDecimal(2, new BigDecimal("1.5"));
      assertInvalid(statement, "OFFSET needs a non-negative integer, not 1.5");
    }
  }

  @Test
  void aNonNumericCountIsRefused() throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(ORDERS_OF_C004 + " LIMIT ?")) {
      statement.setString(1, "many");
      SQLException refused = assertThrows(SQLException.class, () -> rows(statement));
      assertEquals("22018", refused.getSQLState(), refused.getMessage());
    }
  }

  @Test
  void aNegativeLiteralCountIsRefused() {
    SQLException refused =
        assertThrows(SQLException.class, () -> orderIds(ORDERS_OF_C004 + " LIMIT -2"));
    assertEquals("22023", refused.getSQLState(), refused.getMessage());
    assertTrue(refused.getMessage().contains("LIMIT needs a non-negative integer"));
  }

  private static void assertInvalid(PreparedStatement statement, String message) {
    SQLException refused = assertThrows(SQLException.class, () -> rows(statement));
    assertEquals("22023", refused.getSQLState(), refused.getMessage());
    assertTrue(refused.getMessage().contains(message), refused.getMessage());
  }

  private List<String> orderIds(String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      return rows(statement);
    }
  }

  private static List<String> rows(PreparedStatement statement) throws SQLException {
    List<String> values = new ArrayList<>();
    try (ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }
}
