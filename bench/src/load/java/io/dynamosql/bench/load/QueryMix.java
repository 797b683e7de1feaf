package io.dynamosql.bench.load;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The calls the clients mix: metadata tools and queries over the demo dataset that plan to each
 * kind of DynamoDB read. Every query orders its rows so that answers compare exactly.
 */
final class QueryMix {

  static final List<Operation.RunSql> QUERIES =
      List.of(
          new Operation.RunSql(
              "key lookup (GetItem)",
              "SELECT customer_id, name, tier FROM customers WHERE customer_id = 'c007'"),
          new Operation.RunSql(
              "query (Query)",
              "SELECT order_id, status, total FROM orders WHERE customer_id = 'c012'"
                  + " ORDER BY order_id"),
          new Operation.RunSql(
              "index query (GSI)",
              "SELECT sku, name, price FROM products WHERE category = 'books' ORDER BY sku"),
          new Operation.RunSql(
              "scan (Scan)",
              "SELECT customer_id, status FROM customers WHERE tier = 'gold' ORDER BY customer_id"),
          new Operation.RunSql(
              "join (lookup join)",
              "SELECT c.customer_id, c.name, o.order_id FROM customers c JOIN orders o"
                  + " ON o.customer_id = c.customer_id WHERE c.customer_id = 'c003'"
                  + " ORDER BY o.order_id"),
          new Operation.RunSql(
              "join + aggregate (scans)",
              "SELECT c.tier, COUNT(*) AS orders FROM customers c JOIN orders o"
                  + " ON o.customer_id = c.customer_id GROUP BY c.tier ORDER BY c.tier"));

  private static final List<Operation> METADATA =
      List.of(
          new Operation.ListTables(),
          new Operation.DescribeTable("orders"),
          new Operation.DescribeTable("customers"));

  private QueryMix() {}

  /** Two in three calls are queries, the rest metadata, as an assistant exploring data does. */
  static Operation next(RandomGenerator random) {
    if (random.nextInt(3) == 0) {
      return METADATA.get(random.nextInt(METADATA.size()));
    }
    return QUERIES.get(random.nextInt(QUERIES.size()));
  }
}
