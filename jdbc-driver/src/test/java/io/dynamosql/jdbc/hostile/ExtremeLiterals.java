package io.dynamosql.jdbc.hostile;

import io.dynamosql.fixture.DemoDataset;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.IntFunction;

/**
 * Huge IN-lists (keys, duplicates, NULLs, numbers, NOT IN), giant string, number and binary
 * literals, literals DynamoDB itself would reject (keys over 2 KB, numbers past 38 digits), and
 * absurd LIMIT / OFFSET / FETCH values. Where the answer is computable it must be exact.
 */
final class ExtremeLiterals {

  static final String FAMILY = "extreme-literal";

  private ExtremeLiterals() {}

  static List<HostileStatement> generate(DemoFacts facts) {
    Batch batch = new Batch(FAMILY);
    int customers = facts.size(DemoDataset.CUSTOMERS);
    for (int n : new int[] {100, 1_000, 5_000, 20_000}) {
      batch.add(
          "SELECT customer_id FROM customers WHERE customer_id IN ("
              + list(n, i -> "'" + customerId(i + 1) + "'")
              + ")",
          new Expectation.RowCount(Math.min(n, customers)));
    }
    batch.add(
        "SELECT customer_id FROM customers WHERE customer_id IN ("
            + list(5_000, i -> "'c001'")
            + ")",
        new Expectation.RowCount(1));
    batch.add(
        "SELECT customer_id FROM customers WHERE customer_id NOT IN ("
            + list(5_000, i -> "'x" + i + "'")
            + ")",
        new Expectation.RowCount(customers));
    batch.add(
        "SELECT customer_id FROM customers WHERE customer_id IN ('c001', NULL)",
        new Expectation.RowCount(1));
    batch.add(
        "SELECT customer_id FROM customers WHERE customer_id NOT IN ('c001', NULL)",
        new Expectation.RowCount(0));
    long withAge =
        facts.numbers(DemoDataset.CUSTOMERS, "age").stream().filter(Objects::nonNull).count();
    batch.add(
        "SELECT customer_id FROM customers WHERE age IN (" + list(10_000, Integer::toString) + ")",
        new Expectation.RowCount(withAge));
    batch.add(
        "SELECT customer_id FROM customers WHERE (customer_id, name) IN ("
            + list(2_000, i -> "('" + customerId(i + 1) + "', 'nobody')")
            + ")",
        new Expectation.AtMost(0));

    for (int length : new int[] {100_000, 1_000_000}) {
      String text = "x".repeat(length);
      batch.add(
          "SELECT '" + text + "' AS v" + DemoFacts.ONE_ROW,
          new Expectation.ValueOrRefusal(text, Set.of("54000", "22001")));
    }
    batch.add(
        "SELECT '" + "y".repeat(5_000_000) + "' AS v" + DemoFacts.ONE_ROW, Expectation.bounded());
    String quotes = "'".repeat(50_000);
    batch.add(
        "SELECT '" + quotes.replace("'", "''") + "' AS v" + DemoFacts.ONE_ROW,
        new Expectation.ValueOrRefusal(quotes, Set.of()));
    StringBuilder controls = new StringBuilder();
    for (char c = 1; c < 32; c++) {
      controls.append(c);
    }
    batch.add(
        "SELECT '" + controls + "' AS v" + DemoFacts.ONE_ROW,
        new Expectation.ValueOrRefusal(controls.toString(), Set.of()));
    batch.add(
        "SELECT '\uD83D\uDE00\u0301\u202E' AS v" + DemoFacts.ONE_ROW,
        new Expectation.ValueOrRefusal("\uD83D\uDE00\u0301\u202E", Set.of()));
    batch.add("SELECT '\uD800' AS v" + DemoFacts.ONE_ROW, Expectation.bounded());
    batch.add(
        "SELECT customer_id FROM customers WHERE customer_id = '" + "k".repeat(3_000) + "'",
        new Expectation.AtMost(0));
    batch.add(
        "SELECT customer_id FROM customers WHERE customer_id IN ('c001', '"
            + "k".repeat(3_000)
            + "')",
        new Expectation.AtMost(1));
    batch.add(
        "SELECT customer_id FROM customers WHERE name = '" + "n".repeat(500_000) + "'",
        new Expectation.AtMost(0));
    batch.add(
        "SELECT customer_id FROM customers WHERE name LIKE '" + "p".repeat(500_000) + "%'",
        new Expectation.AtMost(0));
    batch.add(
        "SELECT customer_id FROM orders WHERE customer_id = 'c001' AND order_id > '"
            + "o".repeat(5_000)
            + "'",
        new Expectation.AtMost(0));
    batch.add(
        "SELECT X'" + "AB".repeat(100_000) + "' AS v" + DemoFacts.ONE_ROW, Expectation.bounded());

    String digits = "9".repeat(10_000);
    batch.add("SELECT " + digits + " AS v" + DemoFacts.ONE_ROW, Expectation.bounded());
    batch.add(
        "SELECT customer_id FROM customers WHERE balance = " + digits, new Expectation.AtMost(0));
    batch.add("SELECT customer_id FROM customers WHERE balance < 1e400", Expectation.bounded());
    batch.add("SELECT customer_id FROM customers WHERE balance > -1e400", Expectation.bounded());
    batch.add("SELECT 1e999999999 AS v" + DemoFacts.ONE_ROW, Expectation.bounded());
    batch.add("SELECT -1e-999999999 AS v" + DemoFacts.ONE_ROW, Expectation.bounded());
    batch.add(
        "SELECT 0." + "0".repeat(5_000) + "1 AS v" + DemoFacts.ONE_ROW, Expectation.bounded());
    batch.add(
        "SELECT 99999999999999999999999999999999999999 + 1 AS v" + DemoFacts.ONE_ROW,
        Expectation.bounded());
    batch.add(
        "SELECT 99999999999999999999999999999999999999 * 99999999999999999999999999999999999999 AS v"
            + DemoFacts.ONE_ROW,
        Expectation.bounded());
    batch.add(
        "SELECT CAST('" + "1".repeat(100) + "' AS BIGINT) AS v" + DemoFacts.ONE_ROW,
        Expectation.bounded());
    batch.add(
        "SELECT 1 / 0 AS v" + DemoFacts.ONE_ROW, new Expectation.Refusal(Set.of("22012"), false));
    batch.add("SELECT MOD(1, 0) AS v" + DemoFacts.ONE_ROW, Expectation.bounded());
    batch.add("SELECT POWER(10, 100000) AS v" + DemoFacts.ONE_ROW, Expectation.bounded());
    batch.add("SELECT POWER(2, -100000) AS v" + DemoFacts.ONE_ROW, Expectation.bounded());

    batch.add(
        "SELECT customer_id FROM customers LIMIT 99999999999999999999", Expectation.bounded());
    batch.add(
        "SELECT customer_id FROM customers LIMIT 9223372036854775807",
        new Expectation.RowCount(customers));
    batch.add("SELECT customer_id FROM customers LIMIT -1", Expectation.bounded());
    batch.add("SELECT customer_id FROM customers LIMIT 0", new Expectation.RowCount(0));
    batch.add(
        "SELECT customer_id FROM customers OFFSET 9223372036854775807 ROWS",
        new Expectation.AtMost(0));
    batch.add(
        "SELECT customer_id FROM customers FETCH FIRST 0 ROWS ONLY", new Expectation.RowCount(0));
    batch.add(
        "SELECT customer_id FROM customers ORDER BY customer_id LIMIT 3 OFFSET 58",
        new Expectation.RowCount(2));
    return batch.statements();
  }

  static String customerId(int i) {
    return String.format("c%03d", i);
  }

  private static String list(int n, IntFunction<String> element) {
    StringJoiner list = new StringJoiner(", ");
    for (int i = 0; i < n; i++) {
      list.add(element.apply(i));
    }
    return list.toString();
  }
}
