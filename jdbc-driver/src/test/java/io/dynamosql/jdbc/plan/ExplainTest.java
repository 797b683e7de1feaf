package io.dynamosql.jdbc.plan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamosql.jdbc.support.DemoDynamoDb;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The planner as EXPLAIN shows it (rows are checked by the differential suite): which predicates
 * become key conditions, DynamoDB filters or local filters, projections, pushed limits, lookup
 * joins; EXPLAIN reads no item.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplainTest {

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
  void keyLookupShowsKeyProjectionAndEstimate() throws SQLException {
    String plan = explain("SELECT name FROM customers WHERE customer_id = 'c001'");
    assertLine(
        plan,
        "GetItem customers | key: customer_id = 'c001' | projection: customer_id, name | estimated items: 1");
    assertTrue(plan.contains("Estimated items read: 1"), plan);
  }

  @Test
  void notEqualIsPushedOnlyWithATypeGuard() throws SQLException {
    String plan =
        explain("SELECT order_id FROM orders WHERE status = 'pending' AND coupon <> 'SAVE10'");
    assertLine(
        plan,
        "Query(index status-created_at-index) orders | key: status = 'pending' | filter: (attribute_type(coupon, 'S') AND coupon <> 'SAVE10')");
  }

  @Test
  void notAndNotInStayLocal() throws SQLException {
    String plan =
        explain("SELECT customer_id FROM customers WHERE NOT (age = 30) AND tier NOT IN ('gold')");
    assertTrue(
        plan.contains("local filter: NOT (customers.age = 30) AND customers.tier NOT IN ('gold')"),
        plan);
    assertFalse(plan.contains("| filter:"), plan);
  }

  @Test
  void isNullMeansMissingOrNullInTheFilter() throws SQLException {
    String plan = explain("SELECT customer_id FROM customers WHERE email IS NULL");
    assertTrue(
        plan.contains("filter: (attribute_not_exists(email) OR attribute_type(email, 'NULL'))"),
        plan);
  }

  @Test
  void sortKeyPrefixIsBeginsWithAndOtherLikesStayLocal() throws SQLException {
    String plan =
        explain("SELECT order_id FROM orders WHERE customer_id = 'c001' AND order_id LIKE 'o00_1'");
    assertLine(
        plan, "Query(table) orders | key: customer_id = 'c001' AND begins_with(order_id, 'o00')");
    assertTrue(plan.contains("local filter: orders.order_id LIKE 'o00_1'"), plan);
  }

  @Test
  void inListOfKeysIsOneBatchGetItem() throws SQLException {
    String plan =
        explain(
            "SELECT order_id FROM orders WHERE customer_id = 'c001' AND order_id IN ('o0001', 'o0002')");
    assertLine(
        plan,
        "BatchGetItem orders | keys: customer_id = 'c001' AND order_id = 'o0001'; customer_id = 'c001' AND order_id = 'o0002'");
  }

  @Test
  void uncoveredIndexColumnsAreFetchedByKey() throws SQLException {
    String plan = explain("SELECT order_id, coupon FROM orders WHERE channel = 'web'");
    assertLine(
        plan,
        "Query(index channel-total-index, then BatchGetItem for the other attributes) orders | key: channel = 'web'");
  }

  @Test
  void exactLimitGoesToDynamoDbAndInexactStaysLocal() throws SQLException {
    assertTrue(
        explain("SELECT order_id FROM customers LIMIT 5".replace("order_id", "customer_id"))
            .contains("Scan(1 segment) customers | projection: customer_id | limit: 5"));
    String filtered = explain("SELECT customer_id FROM customers WHERE tier = 'gold' LIMIT 5");
    assertFalse(filtered.contains("limit: 5"), filtered);
    assertTrue(filtered.lines().anyMatch(l -> l.strip().equals("Limit 5")), filtered);
  }

  @Test
  void joinOnTheInnerKeyIsALookupJoin() throws SQLException {
    String plan =
        explain(
            "SELECT o.order_id, c.name FROM orders o JOIN customers c ON c.customer_id = o.customer_id WHERE o.customer_id = 'c004'");
    assertLine(
        plan,
        "LookupJoin INNER customers by customer_id = o.customer_id (BatchGetItem per batch of outer rows)");
    assertLine(plan, "Query(table) orders o | key: customer_id = 'c004'");
  }

  @Test
  void correlatedSubqueryIsAQueryPerRow() throws SQLException {
    String plan =
        explain(
            "SELECT customer_id, (SELECT COUNT(*) FROM orders o WHERE o.customer_id = c.customer_id) FROM customers c");
    assertLine(plan, "Subquery SCALAR (correlated: runs per row)");
    assertLine(plan, "Query(table) orders o | key: customer_id = c.customer_id");
  }

  @Test
  void keyInSubqueryReadsTheKeysByBatchGetItem() throws SQLException {
    String plan =
        explain(
            "SELECT name FROM customers WHERE customer_id IN (SELECT customer_id FROM orders WHERE status = 'pending')");
    assertLine(plan, "BatchGetItem customers | keys: customer_id IN (subquery)");
    assertLine(plan, "Subquery IN (runs once)");
    String partitions =
        explain(
            "SELECT order_id FROM orders WHERE customer_id IN (SELECT customer_id FROM customers WHERE tier = 'gold')");
    assertLine(partitions, "Query(table) orders | key: customer_id = each value of the subquery");
  }

  @Test
  void conditionsOnDerivedTablesAndGroupKeysReachTheKeys() throws SQLException {
    String cte =
        explain(
            "WITH recent AS (SELECT order_id, customer_id FROM orders WHERE created_at >= '2025-11-01') SELECT order_id FROM recent WHERE customer_id = 'c001'");
    assertLine(
        cte,
        "Query(table) orders | key: customer_id = 'c001' | filter: created_at >= '2025-11-01'");
    String grouped =
        explain(
            "SELECT * FROM (SELECT customer_id, COUNT(*) AS n FROM orders GROUP BY customer_id) t WHERE t.n > 5 AND t.customer_id = 'c001'");
    assertLine(grouped, "Filter COUNT(*) > 5");
    assertLine(grouped, "Query(table) orders | key: customer_id = 'c001'");
  }

  @Test
  void selectStarInACteAsksOnlyForTheColumnsUsedOutside() throws SQLException {
    String plan =
        explain(
            "WITH o AS (SELECT * FROM orders) SELECT order_id FROM o WHERE customer_id = 'c002'");
    assertLine(
        plan,
        "Query(table) orders | key: customer_id = 'c002' | projection: customer_id, order_id |");
  }

  @Test
  void ilikeStaysLocalEvenOnTheSortKey() throws SQLException {
    String plan =
        explain(
            "SELECT order_id FROM orders WHERE customer_id = 'c001' AND order_id ILIKE 'O000%'");
    assertLine(plan, "Query(table) orders | key: customer_id = 'c001' |");
    assertTrue(plan.contains("local filter: orders.order_id ILIKE 'O000%'"), plan);
    assertFalse(plan.contains("begins_with"), plan);
  }

  @Test
  void windowFramesAreShown() throws SQLException {
    String plan =
        explain(
            "SELECT SUM(total) OVER (PARTITION BY customer_id ORDER BY order_id"
                + " ROWS BETWEEN 2 PRECEDING AND 1 FOLLOWING) FROM orders");
    assertTrue(plan.contains("ROWS BETWEEN 2 PRECEDING AND 1 FOLLOWING)"), plan);
  }

  @Test
  void aUsingJoinOnTheInnerKeyIsALookupJoin() throws SQLException {
    String plan =
        explain(
            "SELECT order_id, name FROM orders o JOIN customers c USING (customer_id)"
                + " WHERE customer_id = 'c004'");
    assertTrue(plan.contains("LookupJoin"), plan);
    assertLine(plan, "Query(table) orders o | key: customer_id = 'c004'");
  }

  @Test
  void aParameterisedLimitIsShownAsItsMarker() throws SQLException {
    StringBuilder plan = new StringBuilder();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "EXPLAIN SELECT order_id FROM orders WHERE customer_id = ? LIMIT ? OFFSET ?")) {
      statement.setString(1, "c004");
      statement.setInt(2, 2);
      statement.setInt(3, 1);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          plan.append(rows.getString(1)).append('\n');
        }
      }
    }
    assertLine(plan.toString(), "Limit ?2 offset ?3");
  }

  @Test
  void explainReadsNoItem() throws SQLException {
    int mark = dynamo.proxy().mark();
    explain("SELECT * FROM orders");
    assertTrue(
        dynamo.proxy().callsSince(mark).stream()
            .noneMatch(
                c -> List.of("GetItem", "BatchGetItem", "Query", "Scan").contains(c.operation())));
  }

  private static void assertLine(String plan, String start) {
    assertTrue(
        plan.lines().anyMatch(line -> line.strip().startsWith(start)),
        "no line starting with\n" + start + "\nin\n" + plan);
  }

  private String explain(String sql) throws SQLException {
    StringBuilder plan = new StringBuilder();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("EXPLAIN " + sql)) {
      while (rows.next()) {
        plan.append(rows.getString(1)).append('\n');
      }
    }
    return plan.toString();
  }
}
