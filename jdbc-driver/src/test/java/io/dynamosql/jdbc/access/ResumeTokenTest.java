package io.dynamosql.jdbc.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamosql.jdbc.ExecutionReport;
import io.dynamosql.jdbc.support.DemoDynamoDb;
import io.dynamosql.jdbc.support.DynamoDbCall;
import io.dynamosql.jdbc.support.SqlEngineAvailability;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Resume tokens: paging a single-stream plan with {@code ResultSet.getCursorName} and {@code
 * Statement.setCursorName} returns exactly the rows of one full read, and each continuation makes
 * DynamoDB evaluate only items after the row it continues from (ScannedCount as the recording proxy
 * saw it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResumeTokenTest {

  private static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9_-]+");

  /** A GSI Query that selects none of the table's or the index's key attributes. */
  private static final String INDEX_QUERY =
      "SELECT total, channel FROM orders WHERE status = 'delivered'";

  /** A one-segment Scan with a FilterExpression and a local residual predicate. */
  private static final String FILTERED_SCAN =
      "SELECT order_id, total FROM orders WHERE total > 100 AND LOWER(channel) <> 'store'";

  private DemoDynamoDb dynamo;
  private Connection connection;
  private Connection sequential;

  /** The customer with the most orders, and a table Query of that partition. */
  private String customer;

  private String partitionQuery;

  @BeforeAll
  void start() throws SQLException {
    dynamo = DemoDynamoDb.start();
    SqlEngineAvailability.assumeSqlEngine(dynamo);
    connection = dynamo.connection();
    sequential =
        DriverManager.getConnection(dynamo.jdbcUrl() + ";scanSegments=1;fullScanPolicy=allow");
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT customer_id, COUNT(*) AS n FROM orders GROUP BY customer_id"
                    + " ORDER BY n DESC, customer_id LIMIT 1")) {
      assertTrue(rows.next());
      customer = rows.getString(1);
    }
    partitionQuery = "SELECT order_id, total FROM orders WHERE customer_id = '" + customer + "'";
  }

  @AfterAll
  void stop() throws SQLException {
    if (sequential != null) {
      sequential.close();
    }
    if (connection != null) {
      connection.close();
    }
    dynamo.close();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 5, 7, 8, 12})
  void pagingAPartitionQueryReadsEachItemOnceAndOnlyWhatRemains(int pageSize) throws SQLException {
    int fetchSize = 5;
    List<List<String>> all = fullRead(connection, partitionQuery);
    assertTrue(all.size() >= 8, "the partition is long enough to page: " + all.size());
    List<Page> pages = pageThrough(connection, partitionQuery, pageSize, fetchSize);
    assertEquals(all, rowsOf(pages), "no row lost, none repeated");
    int returned = 0;
    for (Page page : pages) {
      int remaining = all.size() - returned;
      // Limit=fetchSize per request, from the last row returned: never an item before it.
      long requests = (page.rows().size() + fetchSize - 1) / fetchSize;
      assertEquals(
          Math.min(remaining, requests * fetchSize),
          page.trace().itemsRead(),
          "items read by the page after row " + returned + ": " + page.trace());
      assertEquals(page.trace().itemsRead(), page.reported(), "ExecutionReport.itemsRead()");
      returned += page.rows().size();
    }
  }

  @Test
  void aPageEndingAtTheLastRowContinuesWithNothingToRead() throws SQLException {
    List<List<String>> all = fullRead(connection, partitionQuery);
    String last;
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(partitionQuery)) {
      last = null;
      while (rows.next()) {
        last = rows.getCursorName();
      }
    }
    assertNotNull(last);
    int mark = dynamo.proxy().mark();
    try (Statement statement = connection.createStatement()) {
      statement.setCursorName(last);
      try (ResultSet rows = statement.executeQuery(partitionQuery)) {
        assertFalse(rows.next(), "nothing after the last of " + all.size() + " rows");
      }
    }
    assertEquals(0, ReadTrace.of(dynamo.proxy().callsSince(mark)).itemsRead());
  }

  @ParameterizedTest
  @ValueSource(ints = {4, 10, 25})
  void pagingAnIndexQueryThatSelectsNoKeyResumesFromTheIndexAndTableKeys(int pageSize)
      throws SQLException {
    int fetchSize = 10;
    List<List<String>> all = fullRead(connection, INDEX_QUERY);
    assertTrue(all.size() > 40, "rows: " + all.size());
    List<Page> pages = pageThrough(connection, INDEX_QUERY, pageSize, fetchSize);
    assertEquals(all, rowsOf(pages));
    int returned = 0;
    for (Page page : pages) {
      assertEquals(
          Math.min(all.size() - returned, ((pageSize + fetchSize - 1) / fetchSize) * fetchSize),
          page.trace().itemsRead(),
          page.trace().toString());
      if (returned > 0) {
        DynamoDbCall first = page.trace().calls().get(0);
        assertEquals("status-created_at-index", first.index().orElse(""));
        assertEquals(
            List.of("created_at", "customer_id", "order_id", "status"),
            sortedNames(first.request().get("ExclusiveStartKey")),
            "table and index keys: " + first);
      }
      returned += page.rows().size();
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 20})
  void pagingAFilteredOneSegmentScanReadsNoItemTwiceExceptAPageTail(int pageSize)
      throws SQLException {
    int fetchSize = 25;
    String plan = explain(sequential, FILTERED_SCAN);
    assertTrue(plan.contains("Scan(1 segment)"), plan);
    ReadTrace full = traced(() -> fullRead(sequential, FILTERED_SCAN, fetchSize));
    List<List<String>> all = fullRead(sequential, FILTERED_SCAN);
    List<Page> pages = pageThrough(sequential, FILTERED_SCAN, pageSize, fetchSize);
    assertEquals(all, rowsOf(pages));
    long read = pages.stream().mapToLong(p -> p.trace().itemsRead()).sum();
    // Each continuation starts after its predecessor's last row: only the unreturned tail of the
    // DynamoDB page that row came from is evaluated again, at most fetchSize - 1 items.
    assertTrue(read >= full.itemsRead(), read + " < " + full.itemsRead());
    assertTrue(
        read <= full.itemsRead() + (pages.size() - 1L) * (fetchSize - 1),
        "pages read "
            + read
            + " items, one full read "
            + full.itemsRead()
            + ", pages: "
            + pages.size());
  }

  @Test
  void aQueryOverSeveralPartitionsResumesInThePartitionItStopped() throws SQLException {
    String sql =
        "SELECT customer_id, order_id FROM orders WHERE customer_id IN ('c001', 'c002', 'c003')";
    List<List<String>> all = fullRead(connection, sql);
    assertTrue(all.size() > 6, "rows: " + all.size());
    assertEquals(all, rowsOf(pageThrough(connection, sql, 4, 3)));
  }

  @Test
  void aGetItemRowsTokenContinuesWithNoRowAndNoRead() throws SQLException {
    String sql = "SELECT name FROM customers WHERE customer_id = 'c001'";
    List<Page> pages = pageThrough(connection, sql, 1, 0);
    assertEquals(1, rowsOf(pages).size());
    assertEquals(2, pages.size(), "a first page and an empty continuation");
    assertEquals(List.of(), pages.get(1).trace().calls());
  }

  @Test
  void aBatchGetContinuesWithTheKeysAfterTheLastRow() throws SQLException {
    String sql =
        "SELECT customer_id, name FROM customers"
            + " WHERE customer_id IN ('c001', 'c002', 'c003', 'nobody', 'c010')";
    assertTrue(explain(connection, sql).contains("BatchGetItem"), explain(connection, sql));
    List<List<String>> all = fullRead(connection, sql);
    assertEquals(List.of("c001", "c002", "c003", "c010"), all.stream().map(r -> r.get(0)).toList());
    List<Page> pages = pageThrough(connection, sql, 2, 0);
    assertEquals(all, rowsOf(pages));
    assertEquals(3, pages.size(), "two full pages and an empty one");
    DynamoDbCall second = pages.get(1).trace().calls().get(0);
    assertEquals(
        List.of("c003", "nobody", "c010"),
        second.request().at("/RequestItems/customers/Keys").findValuesAsText("S"),
        second.toString());
    assertEquals(List.of(), pages.get(2).trace().calls(), "no key is left after c010");
  }

  @Test
  void parametersAreBoundToTheToken() throws SQLException {
    String sql = "SELECT order_id FROM orders WHERE customer_id = ?";
    String token;
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, customer);
      try (ResultSet rows = statement.executeQuery()) {
        assertTrue(rows.next());
        assertTrue(rows.next());
        token = rows.getCursorName();
      }
      statement.setCursorName(token);
      List<String> rest = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          rest.add(rows.getString(1));
        }
      }
      List<List<String>> all = fullRead(connection, partitionQuery);
      assertEquals(all.subList(2, all.size()).stream().map(r -> r.get(0)).toList(), rest);

      statement.setString(1, customer.equals("c004") ? "c002" : "c004");
      statement.setCursorName(token);
      SQLException refused = assertThrows(SQLException.class, statement::executeQuery);
      assertEquals("22023", refused.getSQLState());
      assertTrue(refused.getMessage().contains("another statement"), refused.getMessage());
    }
  }

  @Test
  void aTokenOfAnotherStatementOrAnAlteredOneIsRefused() throws SQLException {
    String token = tokenAfterFirstRow(connection, partitionQuery);
    assertTrue(URL_SAFE.matcher(token).matches(), token);
    String other = partitionQuery.replace(customer, customer + "x");
    assertRefused(token, other, "another statement");
    char[] altered = token.toCharArray();
    int at = altered.length - 14;
    altered[at] = altered[at] == 'A' ? 'B' : 'A';
    assertRefused(new String(altered), partitionQuery, "altered");
    assertRefused("not a token!", partitionQuery, "base64");
    assertRefused("QUJD", partitionQuery, "not a resume token");
    try (Statement statement = connection.createStatement()) {
      SQLException blank = assertThrows(SQLException.class, () -> statement.setCursorName(" "));
      assertEquals("22023", blank.getSQLState());
    }
  }

  @Test
  void aTokenGivenToAPlanThatCannotResumeIsRefused() throws SQLException {
    String token = tokenAfterFirstRow(connection, partitionQuery);
    assertRefused(
        token,
        "SELECT COUNT(*) FROM orders WHERE customer_id = 'c003'",
        "not one sequential DynamoDB read");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT order_id FROM orders WHERE customer_id = 'c003' ORDER BY total",
        "SELECT COUNT(*) FROM orders WHERE customer_id = 'c003'",
        "SELECT DISTINCT status FROM orders WHERE customer_id = 'c003'",
        "SELECT order_id FROM orders WHERE customer_id = 'c003' LIMIT 5",
        "SELECT order_id FROM orders WHERE customer_id = 'c003' OFFSET 1",
        "SELECT o.order_id, c.name FROM orders o JOIN customers c ON c.customer_id = o.customer_id"
            + " WHERE o.customer_id = 'c003'",
        "SELECT order_id, ROW_NUMBER() OVER (ORDER BY total) FROM orders WHERE customer_id = 'c003'",
        "SELECT order_id FROM orders WHERE customer_id = 'c003'"
            + " UNION ALL SELECT order_id FROM orders WHERE customer_id = 'c004'",
        "SELECT order_id FROM orders WHERE customer_id = 'c003'"
            + " AND total > (SELECT MIN(total) FROM orders WHERE customer_id = 'c004')",
        "SELECT order_id FROM orders",
        "SELECT customer_id FROM customers"
            + " WHERE customer_id IN (SELECT customer_id FROM orders WHERE customer_id = 'c001')"
      })
  void plansThatAreNotOneSequentialReadHaveNoToken(String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      assertTrue(rows.next(), sql);
      assertNull(rows.getCursorName(), sql);
    }
  }

  @Test
  void theTokenNeedsACurrentRowAndSurvivesIsLast() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(partitionQuery)) {
      SQLException before = assertThrows(SQLException.class, rows::getCursorName);
      assertEquals("24000", before.getSQLState());
      assertTrue(rows.next());
      String first = rows.getCursorName();
      assertFalse(rows.isLast(), "isLast looks one row ahead");
      assertEquals(first, rows.getCursorName(), "still the first row's position");
    }
  }

  @Test
  void theResultReportsItsPlanWithoutASecondPlanningRound() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(INDEX_QUERY)) {
      assertTrue(rows.isWrapperFor(ExecutionReport.class));
      ExecutionReport report = rows.unwrap(ExecutionReport.class);
      assertEquals(explain(connection, INDEX_QUERY).strip(), String.join("\n", report.plan()));
      assertEquals(0, report.itemsRead(), "nothing read before the first row");
    }
  }

  // ---- helpers

  /** One page of a paged read and what DynamoDB evaluated for it. */
  private record Page(List<List<String>> rows, ReadTrace trace, long reported) {}

  @FunctionalInterface
  private interface Read {
    void run() throws SQLException;
  }

  private ReadTrace traced(Read read) throws SQLException {
    int mark = dynamo.proxy().mark();
    read.run();
    return ReadTrace.of(dynamo.proxy().callsSince(mark));
  }

  /** Pages of {@code pageSize} rows, each a new statement continuing from the previous token. */
  private List<Page> pageThrough(Connection on, String sql, int pageSize, int fetchSize)
      throws SQLException {
    List<Page> pages = new ArrayList<>();
    String token = null;
    do {
      int mark = dynamo.proxy().mark();
      List<List<String>> rows = new ArrayList<>();
      long reported;
      String next = null;
      try (Statement statement = on.createStatement()) {
        statement.setMaxRows(pageSize);
        statement.setFetchSize(fetchSize);
        statement.setCursorName(token);
        try (ResultSet result = statement.executeQuery(sql)) {
          while (result.next()) {
            rows.add(row(result));
            next = result.getCursorName();
            assertNotNull(next, sql);
          }
          reported = result.unwrap(ExecutionReport.class).itemsRead();
        }
      }
      pages.add(new Page(rows, ReadTrace.of(dynamo.proxy().callsSince(mark)), reported));
      token = rows.size() == pageSize ? next : null;
      assertTrue(pages.size() < 200, "paging does not end");
    } while (token != null);
    return pages;
  }

  private static List<List<String>> rowsOf(List<Page> pages) {
    return pages.stream().flatMap(p -> p.rows().stream()).toList();
  }

  private static List<List<String>> fullRead(Connection on, String sql) throws SQLException {
    return fullRead(on, sql, 0);
  }

  private static List<List<String>> fullRead(Connection on, String sql, int fetchSize)
      throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    try (Statement statement = on.createStatement()) {
      statement.setFetchSize(fetchSize);
      try (ResultSet result = statement.executeQuery(sql)) {
        while (result.next()) {
          rows.add(row(result));
        }
      }
    }
    return rows;
  }

  private static List<String> row(ResultSet result) throws SQLException {
    List<String> row = new ArrayList<>();
    for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
      row.add(result.getString(i));
    }
    return row;
  }

  private static String tokenAfterFirstRow(Connection on, String sql) throws SQLException {
    try (Statement statement = on.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      assertTrue(rows.next());
      return rows.getCursorName();
    }
  }

  private void assertRefused(String token, String sql, String because) throws SQLException {
    int mark = dynamo.proxy().mark();
    try (Statement statement = connection.createStatement()) {
      statement.setCursorName(token);
      SQLException refused =
          assertThrows(SQLException.class, () -> statement.executeQuery(sql).next());
      assertEquals("22023", refused.getSQLState(), refused.getMessage());
      assertTrue(refused.getMessage().contains("setCursorName"), refused.getMessage());
      assertTrue(refused.getMessage().contains(because), refused.getMessage());
    }
    assertEquals(List.of(), ReadTrace.of(dynamo.proxy().callsSince(mark)).calls());
  }

  private static List<String> sortedNames(com.fasterxml.jackson.databind.JsonNode key) {
    List<String> names = new ArrayList<>();
    key.fieldNames().forEachRemaining(names::add);
    return names.stream().sorted().toList();
  }

  private static String explain(Connection on, String sql) throws SQLException {
    StringBuilder plan = new StringBuilder();
    try (Statement statement = on.createStatement();
        ResultSet rows = statement.executeQuery("EXPLAIN " + sql)) {
      while (rows.next()) {
        plan.append(rows.getString(1)).append('\n');
      }
    }
    return plan.toString();
  }
}
