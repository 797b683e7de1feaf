package io.dynamosql.jdbc.fault;

import io.dynamosql.fixture.DemoDataset;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A query of one access path, the DynamoDB operation that path sends, and the rows it must give
 * (the first column of each, sorted), computed from the demo dataset itself.
 */
record ReadCase(String name, String sql, String operation, List<String> rows) {

  @Override
  public String toString() {
    return name;
  }

  static Stream<ReadCase> all() {
    DemoDataset data = DemoDataset.create();
    return Stream.of(
        new ReadCase(
            "key lookup",
            "SELECT customer_id FROM customers WHERE customer_id = 'c007'",
            "GetItem",
            List.of("c007")),
        new ReadCase(
            "key IN-list",
            "SELECT customer_id FROM customers WHERE customer_id IN ('c001', 'c002', 'c003')",
            "BatchGetItem",
            List.of("c001", "c002", "c003")),
        new ReadCase(
            "partition query",
            "SELECT order_id FROM orders WHERE customer_id = 'c001'",
            "Query",
            column(data, DemoDataset.ORDERS, "order_id", o -> is(o, "customer_id", "c001"))),
        new ReadCase(
            "index query",
            "SELECT order_id FROM orders WHERE status = 'shipped'",
            "Query",
            column(data, DemoDataset.ORDERS, "order_id", o -> is(o, "status", "shipped"))),
        new ReadCase(
            "parallel scan",
            "SELECT sku FROM products",
            "Scan",
            column(data, DemoDataset.PRODUCTS, "sku", p -> true)));
  }

  private static boolean is(Map<String, AttributeValue> item, String attribute, String value) {
    AttributeValue actual = item.get(attribute);
    return actual != null && value.equals(actual.s());
  }

  private static List<String> column(
      DemoDataset data,
      String table,
      String attribute,
      Predicate<Map<String, AttributeValue>> where) {
    return data.items(table).stream()
        .filter(where)
        .map(item -> item.get(attribute).s())
        .sorted()
        .toList();
  }
}
