package io.dynamosql.jdbc.hostile;

import io.dynamosql.fixture.DemoDataset;
import java.util.List;
import java.util.Set;

/**
 * LIKE patterns that break naive matchers: many wildcards (exponential backtracking in a regex
 * translation), long runs of {@code _}, regex metacharacters that must stay literal, giant patterns
 * and subjects, broken ESCAPE clauses, NULL patterns. Counts are checked against a matcher of the
 * test's own.
 */
final class PathologicalLikes {

  static final String FAMILY = "pathological-like";

  private PathologicalLikes() {}

  /** A LIKE between two literals in a key lookup: one row when it matches, none otherwise. */
  private static void constantLike(Batch batch, String subject, String pattern, int rows) {
    batch.add(
        "SELECT customer_id" + DemoFacts.ONE_ROW + " AND '" + subject + "' LIKE '" + pattern + "'",
        new Expectation.RowCount(rows));
  }

  static List<HostileStatement> generate(DemoFacts facts) {
    Batch batch = new Batch(FAMILY);
    List<String> patterns =
        List.of(
            "%a%a%a%a%a%a%a%a%a%a%a%a%a%a%a%a%a%a%a%a%b",
            "%a%a%a%a%a%a%a%a%a%a%a%a%a%a%a%a%a%a%a%a%a",
            "%e%e%e%",
            "%".repeat(1_000),
            "_".repeat(1_000),
            "%" + "_".repeat(12) + "%",
            "_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%",
            "A%",
            "%e",
            "%-%",
            "[a-z]%",
            ".*",
            "%(a+)+b%",
            "^A%",
            "%$",
            "%|%",
            "%?%",
            "%{2}%",
            "% %",
            "%Ada%",
            "%ada%");
    for (String pattern : patterns) {
      String literal = pattern.replace("'", "''");
      long matching = facts.likeCount(DemoDataset.CUSTOMERS, "name", pattern);
      batch.add(
          "SELECT customer_id FROM customers WHERE name LIKE '" + literal + "'",
          new Expectation.RowCount(matching));
      long notMatching =
          facts.strings(DemoDataset.CUSTOMERS, "name").stream().filter(n -> n != null).count()
              - matching;
      batch.add(
          "SELECT customer_id FROM customers WHERE name NOT LIKE '" + literal + "'",
          new Expectation.RowCount(notMatching));
    }
    String subject = "a".repeat(30_000);
    constantLike(batch, subject, "%a".repeat(30) + "%b", 0);
    constantLike(batch, subject, "%a".repeat(30), 1);
    constantLike(batch, subject, "_".repeat(29_999), 0);
    constantLike(batch, subject + "b", "%a".repeat(2_000) + "%b", 1);
    batch.add(
        "SELECT customer_id FROM customers WHERE name LIKE '" + "%a".repeat(50_000) + "%'",
        new Expectation.AtMost(0));
    batch.add(
        "SELECT customer_id FROM customers WHERE name LIKE '%\\%%' ESCAPE '\\'",
        new Expectation.RowCount(0));
    batch.add(
        "SELECT customer_id FROM customers WHERE name LIKE 'A!%%' ESCAPE '!'",
        new Expectation.RowCount(0));
    Set<String> badEscape = Set.of("22019", "22025", "42000");
    batch.add(
        "SELECT customer_id FROM customers WHERE name LIKE 'a%' ESCAPE 'ab'",
        new Expectation.Refusal(badEscape, false));
    batch.add(
        "SELECT customer_id FROM customers WHERE name LIKE 'abc!' ESCAPE '!'",
        new Expectation.Refusal(badEscape, false));
    batch.add(
        "SELECT customer_id FROM customers WHERE name LIKE 'a!b' ESCAPE '!'",
        new Expectation.Bounded(badEscape));
    batch.add(
        "SELECT customer_id FROM customers WHERE name LIKE 'a%' ESCAPE ''", Expectation.bounded());
    batch.add(
        "SELECT customer_id FROM customers WHERE name LIKE 'a%' ESCAPE NULL",
        new Expectation.AtMost(0));
    batch.add(
        "SELECT customer_id FROM customers WHERE name LIKE NULL", new Expectation.RowCount(0));
    batch.add(
        "SELECT customer_id FROM customers WHERE NOT (name LIKE NULL)",
        new Expectation.RowCount(0));
    batch.add("SELECT customer_id FROM customers WHERE age LIKE '2%'", Expectation.bounded());
    batch.add("SELECT customer_id FROM customers WHERE tags LIKE '%vip%'", Expectation.bounded());
    batch.add(
        "SELECT customer_id FROM customers WHERE name LIKE name",
        new Expectation.RowCount(
            facts.strings(DemoDataset.CUSTOMERS, "name").stream().filter(n -> n != null).count()));
    return batch.statements();
  }
}
