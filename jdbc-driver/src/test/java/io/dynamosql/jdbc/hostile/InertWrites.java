package io.dynamosql.jdbc.hostile;

import io.dynamosql.jdbc.readonly.RefusedStatements;
import java.util.List;
import java.util.Set;

/**
 * Reads that carry a write where it is inert: in a string literal, a comment, a quoted alias. The
 * gate must let them through (one row each, the literal returned intact) and nothing but reads may
 * reach DynamoDB.
 */
final class InertWrites {

  static final String FAMILY = "inert-write";

  private InertWrites() {}

  static List<HostileStatement> generate() {
    Batch batch = new Batch(FAMILY);
    Expectation oneRow = new Expectation.RowCount(1);
    for (RefusedStatements.Refusal refusal : RefusedStatements.all()) {
      String write = refusal.sql();
      batch.add(
          "SELECT '" + write.replace("'", "''") + "' AS s" + DemoFacts.ONE_ROW,
          new Expectation.ValueOrRefusal(write, Set.of()));
      batch.add(
          "SELECT customer_id /* "
              + write.replace("*/", "* /").replace("/*", "/ *")
              + " */"
              + DemoFacts.ONE_ROW,
          oneRow);
      batch.add(
          "SELECT customer_id" + DemoFacts.ONE_ROW + " -- " + write.replace("\n", " "), oneRow);
      if (write.isBlank()) {
        continue;
      }
      batch.add(
          "SELECT customer_id AS \""
              + write.replace("\"", "\"\"").replace("\n", " ")
              + "\""
              + DemoFacts.ONE_ROW,
          oneRow);
    }
    batch.add(
        "SELECT customer_id FROM customers WHERE customer_id = 'c001'"
            + " AND name <> 'x''; DELETE FROM customers; --'",
        oneRow);
    batch.add(
        "SELECT customer_id FROM customers WHERE customer_id = 'c001'"
            + " AND name NOT IN ('DROP TABLE customers', 'TRUNCATE customers')",
        oneRow);
    return batch.statements();
  }
}
