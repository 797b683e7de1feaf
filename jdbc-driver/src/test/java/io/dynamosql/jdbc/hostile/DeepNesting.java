package io.dynamosql.jdbc.hostile;

import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Deeply nested and very long expressions and queries: parentheses, NOT and minus chains, long
 * arithmetic, AND and OR chains, nested CASE and function calls, derived tables, scalar and IN
 * subqueries, CTE chains, long UNION chains. Moderate ones must give the right answer; extreme ones
 * may be refused ("too complex"), but never overflow the stack or hang.
 */
final class DeepNesting {

  static final String FAMILY = "deep-nesting";

  private DeepNesting() {}

  static List<HostileStatement> generate() {
    Batch batch = new Batch(FAMILY);
    for (int depth : new int[] {1, 10, 50, 100, 200}) {
      batch.add(
          "SELECT customer_id" + DemoFacts.ONE_ROW + " AND " + parens("1 = 1", depth),
          new Expectation.RowCount(1));
    }
    for (int depth : new int[] {1_000, 3_000}) {
      batch.add(
          "SELECT customer_id" + DemoFacts.ONE_ROW + " AND " + parens("1 = 1", depth),
          Expectation.bounded());
    }
    batch.add(
        "SELECT customer_id" + DemoFacts.ONE_ROW + " AND " + "NOT ".repeat(10) + "(1 = 1)",
        new Expectation.RowCount(1));
    batch.add(
        "SELECT customer_id" + DemoFacts.ONE_ROW + " AND " + "NOT ".repeat(11) + "(1 = 1)",
        new Expectation.RowCount(0));
    batch.add(
        "SELECT customer_id" + DemoFacts.ONE_ROW + " AND " + "NOT ".repeat(5_001) + "(1 = 1)",
        new Expectation.AtMost(0));
    batch.add(
        "SELECT " + "- ".repeat(100) + "1 AS v" + DemoFacts.ONE_ROW,
        new Expectation.ValueOrRefusal("1", Set.of("42000")));
    batch.add(
        "SELECT " + "- ".repeat(10_001) + "1 AS v" + DemoFacts.ONE_ROW, Expectation.bounded());
    batch.add(
        "SELECT 1" + " + 1".repeat(999) + " AS v" + DemoFacts.ONE_ROW,
        new Expectation.ValueOrRefusal("1000", Set.of()));
    for (int terms : new int[] {5_000}) {
      batch.add(
          "SELECT 1" + " + 1".repeat(terms - 1) + " AS v" + DemoFacts.ONE_ROW,
          Expectation.bounded());
      batch.add(
          "SELECT 'x'" + " || 'x'".repeat(terms - 1) + " AS v" + DemoFacts.ONE_ROW,
          Expectation.bounded());
    }
    batch.add(
        "SELECT customer_id" + DemoFacts.ONE_ROW + " AND 1 = 1".repeat(2_000),
        new Expectation.RowCount(1));
    batch.add(
        "SELECT customer_id" + DemoFacts.ONE_ROW + " AND 1 = 1".repeat(5_000),
        Expectation.bounded());
    batch.add(
        "SELECT customer_id FROM customers WHERE " + orChain(1_000), new Expectation.RowCount(1));
    batch.add(
        "SELECT customer_id FROM customers WHERE " + orChain(5_000), new Expectation.AtMost(1));
    for (int depth : new int[] {10, 100}) {
      batch.add(
          "SELECT " + nestedCase(depth) + " AS v" + DemoFacts.ONE_ROW,
          new Expectation.ValueOrRefusal("deep", Set.of()));
    }
    batch.add("SELECT " + nestedCase(1_000) + " AS v" + DemoFacts.ONE_ROW, Expectation.bounded());
    batch.add(
        "SELECT " + nestedCalls("ABS", "-7", 10) + " AS v" + DemoFacts.ONE_ROW,
        new Expectation.RowCount(1));
    batch.add(
        "SELECT " + nestedCalls("LOWER", "'X'", 100) + " AS v" + DemoFacts.ONE_ROW,
        new Expectation.ValueOrRefusal("x", Set.of()));
    batch.add(
        "SELECT " + nestedCalls("COALESCE", "NULL", 1_000) + " AS v" + DemoFacts.ONE_ROW,
        Expectation.bounded());
    for (int depth : new int[] {5, 50}) {
      batch.add(derivedTables(depth), new Expectation.RowCount(1));
    }
    batch.add(derivedTables(200), Expectation.bounded());
    batch.add(
        "SELECT " + scalarSubqueries(5) + " AS v" + DemoFacts.ONE_ROW,
        new Expectation.ValueOrRefusal("1", Set.of()));
    batch.add(
        "SELECT " + scalarSubqueries(300) + " AS v" + DemoFacts.ONE_ROW, Expectation.bounded());
    batch.add(inSubqueries(3), new Expectation.RowCount(1));
    batch.add(inSubqueries(40), new Expectation.AtMost(1));
    batch.add(cteChain(5), new Expectation.RowCount(1));
    batch.add(cteChain(300), Expectation.bounded());
    batch.add(unionChain(100), new Expectation.RowCount(100));
    batch.add(unionChain(300), Expectation.bounded());
    batch.add(
        "SELECT address." + "geo.".repeat(500) + "lat" + DemoFacts.ONE_ROW, Expectation.bounded());
    batch.add("SELECT tags" + "[0]".repeat(500) + DemoFacts.ONE_ROW, Expectation.bounded());
    return batch.statements();
  }

  private static String parens(String inner, int depth) {
    return "(".repeat(depth) + inner + ")".repeat(depth);
  }

  private static String orChain(int terms) {
    StringJoiner or = new StringJoiner(" OR ");
    for (int i = 0; i < terms - 1; i++) {
      or.add("customer_id = 'x" + i + "'");
    }
    return or.add("customer_id = 'c001'").toString();
  }

  private static String nestedCase(int depth) {
    String inner = "'deep'";
    for (int i = 0; i < depth; i++) {
      inner = "CASE WHEN " + i + " = " + i + " THEN " + inner + " ELSE 'no' END";
    }
    return inner;
  }

  private static String nestedCalls(String function, String seed, int depth) {
    return (function + "(").repeat(depth) + seed + ")".repeat(depth);
  }

  private static String derivedTables(int depth) {
    String sql = "SELECT customer_id" + DemoFacts.ONE_ROW;
    for (int i = 0; i < depth; i++) {
      sql = "SELECT customer_id FROM (" + sql + ") t" + i;
    }
    return sql;
  }

  private static String scalarSubqueries(int depth) {
    return "(SELECT ".repeat(depth) + "1" + ")".repeat(depth);
  }

  private static String inSubqueries(int depth) {
    String sql = "SELECT customer_id" + DemoFacts.ONE_ROW;
    for (int i = 0; i < depth; i++) {
      sql = "SELECT customer_id FROM customers WHERE customer_id IN (" + sql + ")";
    }
    return sql;
  }

  private static String cteChain(int length) {
    StringJoiner ctes = new StringJoiner(", ", "WITH ", " ");
    ctes.add("c0 AS (SELECT customer_id" + DemoFacts.ONE_ROW + ")");
    for (int i = 1; i < length; i++) {
      ctes.add("c" + i + " AS (SELECT customer_id FROM c" + (i - 1) + ")");
    }
    return ctes + "SELECT customer_id FROM c" + (length - 1);
  }

  private static String unionChain(int length) {
    StringJoiner union = new StringJoiner(" UNION ALL ");
    for (int i = 0; i < length; i++) {
      union.add("SELECT customer_id" + DemoFacts.ONE_ROW);
    }
    return union.toString();
  }
}
