package io.dynamosql.jdbc.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamosql.jdbc.support.DemoDynamoDb;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad queries give a precise message and SQLState, over the demo dataset. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryErrorsTest {

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

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "SELECT nme FROM customers                                  | 42S22 | did you mean name",
        "SELECT c.emial FROM customers c                            | 42S22 | did you mean email",
        "SELECT name FROM custmers                                  | 42S02 | did you mean customers",
        "SELECT name FROM nowhere.customers                         | 42S02 | Unknown schema nowhere",
        "SELECT \"Name\" FROM customers                              | 42S22 | Column \"Name\" does not exist",
        "SELECT customer_id FROM customers c JOIN orders o ON o.customer_id = c.customer_id | 42702 | qualify it",
        "SELECT status, COUNT(*) FROM orders GROUP BY channel        | 42000 | must appear in the GROUP BY clause",
        "SELECT LOWR(name) FROM customers                           | 42883 | did you mean LOWER",
        "SELECT customer_id FROM customers WHERE name               | 42804 | BOOLEAN",
        "SELECT (SELECT order_id FROM orders) FROM customers        | 21000 | more than one row",
        "SELECT total / 0 FROM orders WHERE customer_id = 'c001'    | 22012 | zero",
        "SELECT CAST(name AS INTEGER) FROM customers                | 22018 | Cannot convert",
        "SELECT * FROM customers c JOIN orders o ON o.customer_id = c.customer_id JOIN customers d USING (customer_id) | 42702 | ambiguous on the left side",
        "SELECT * FROM customers c JOIN orders o USING (nme)       | 42S22 | USING column nme does not exist on the left side",
        "SELECT * FROM customers c JOIN orders o USING (customer_id, CUSTOMER_ID) | 42000 | more than once in USING",
        "SELECT SUM(total) OVER (ORDER BY order_id RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM orders | 0A000 | RANGE frames",
        "SELECT SUM(total) OVER (ORDER BY order_id ROWS BETWEEN CURRENT ROW AND 1 PRECEDING) FROM orders | 42000 | cannot end before it",
        "SELECT SUM(total) OVER (ORDER BY order_id ROWS BETWEEN UNBOUNDED FOLLOWING AND CURRENT ROW) FROM orders | 42000 | UNBOUNDED FOLLOWING",
        "SELECT SUM(total) OVER (ORDER BY order_id ROWS BETWEEN -1 PRECEDING AND CURRENT ROW) FROM orders | 22023 | must not be negative",
        "SELECT SUM(total) OVER (ORDER BY order_id GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM orders | 0A000 | GROUPS",
        "SELECT NTH_VALUE(total, 0) OVER (ORDER BY order_id) FROM orders | 22023 | positive integer",
        "SELECT FIRST_VALUE(total IGNORE NULLS) OVER (ORDER BY order_id) FROM orders | 0A000 | IGNORE NULLS",
        "SELECT NTILE(0) OVER (ORDER BY order_id) FROM orders       | 22023 | positive integer number of buckets",
        "SELECT RANK(total) OVER (ORDER BY order_id) FROM orders    | 42883 | RANK takes no argument",
        "SELECT LAG(total, -1) OVER (ORDER BY order_id) FROM orders | 22023 | non-negative integer row offset",
        "SELECT * FROM (VALUES (1, 2), (3)) v                       | 42000 | Each VALUES row needs 2 values",
        "SELECT * FROM (VALUES (1)) AS v(a, b)                      | 42000 | has 1 columns but 2 column names",
        "WITH t(a, b) AS (SELECT 1) SELECT * FROM t                 | 42000 | CTE t has 1 columns but 2 column names",
        "SELECT status, GROUPING(channel) FROM orders GROUP BY ROLLUP (status) | 42000 | arguments of GROUPING must be GROUP BY expressions",
        "SELECT customer_id FROM orders WHERE GROUPING(status) = 0   | 42000 | GROUPING(...)",
        "SELECT channel, COUNT(*) FROM orders GROUP BY ROLLUP (status) | 42000 | must appear in the GROUP BY clause",
        "WITH RECURSIVE r AS (SELECT 1) SELECT * FROM r            | 0A000 | RECURSIVE",
        "SELECT * FROM customers LIMIT ?                           | 07001 | Parameter 1 has no value",
        "SELECT COUNT(*) FROM customers WHERE COUNT(*) > 1          | 42000 | not allowed here",
      })
  void assertInvalid(String sql, String state, String message) {
    SQLException refused =
        assertThrows(
            SQLException.class,
            () -> {
              try (Statement statement = connection.createStatement();
                  ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                  // errors may come while rows are read
                }
              }
            });
    assertEquals(state, refused.getSQLState(), refused.getMessage());
    assertTrue(refused.getMessage().contains(message.strip()), refused.getMessage());
  }
}
