package io.dynamosql.jdbc.hostile;

import io.dynamosql.fixture.DemoDataset;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Cartesian and quadratic joins under a small memory limit ({@link HostileSqlTest#MEMORY_LIMIT}
 * rows) and read budget: counting and streaming them must work or stop at a bound, and the
 * memory-hungry operators above them (DISTINCT, ORDER BY, GROUP BY, window) must stop with 53200
 * rather than exhaust the heap.
 */
final class CartesianJoins {

  static final String FAMILY = "cartesian-join";

  private static final Set<String> BOUNDS = Set.of("53200", "53400");

  private CartesianJoins() {}

  static List<HostileStatement> generate(DemoFacts facts) {
    Batch batch = new Batch(FAMILY);
    long customers = facts.size(DemoDataset.CUSTOMERS);
    long appData = facts.size(DemoDataset.APP_DATA);
    batch.add(
        "SELECT COUNT(*) FROM customers a, customers b",
        new Expectation.ValueOrRefusal(Long.toString(customers * customers), BOUNDS));
    batch.add(
        "SELECT COUNT(*) FROM customers a CROSS JOIN customers b CROSS JOIN customers c",
        new Expectation.ValueOrRefusal(Long.toString(customers * customers * customers), BOUNDS));
    batch.add(
        "SELECT COUNT(*) FROM app_data a, app_data b",
        new Expectation.ValueOrRefusal(Long.toString(appData * appData), BOUNDS));
    batch.add(
        "SELECT COUNT(*) FROM orders a JOIN orders b ON a.status = b.status",
        new Expectation.ValueOrRefusal(Long.toString(sameStatusPairs(facts)), BOUNDS));
    batch.add(
        "SELECT COUNT(*) FROM orders a JOIN orders b ON a.total < b.total",
        new Expectation.ValueOrRefusal(Long.toString(lowerTotalPairs(facts)), BOUNDS));
    batch.add("SELECT * FROM customers a, orders b, products c", new Expectation.Bounded(BOUNDS));
    batch.add("SELECT * FROM customers, customers, customers", new Expectation.Bounded(BOUNDS));
    batch.add(
        "SELECT a.customer_id, b.order_id FROM customers a LEFT JOIN orders b ON 1 = 1",
        new Expectation.Bounded(BOUNDS));
    batch.add(
        "SELECT a.customer_id, b.order_id FROM customers a FULL JOIN orders b ON a.age > 0",
        new Expectation.Bounded(BOUNDS));
    Expectation memoryBound = new Expectation.Refusal(Set.of("53200"), false);
    batch.add(
        "SELECT DISTINCT a.customer_id, b.customer_id FROM customers a, customers b", memoryBound);
    batch.add(
        "SELECT a.customer_id, b.customer_id FROM customers a, customers b ORDER BY 2, 1",
        memoryBound);
    batch.add(
        "SELECT a.customer_id, b.customer_id, COUNT(*) FROM customers a, customers b"
            + " GROUP BY a.customer_id, b.customer_id",
        memoryBound);
    batch.add(
        "SELECT a.customer_id, ROW_NUMBER() OVER (ORDER BY b.customer_id) FROM customers a,"
            + " customers b",
        memoryBound);
    batch.add("SELECT COUNT(DISTINCT a.name || b.name) FROM customers a, customers b", memoryBound);
    batch.add(
        "SELECT a.customer_id FROM customers a, customers b"
            + " INTERSECT SELECT b.customer_id || 'x' FROM customers a, customers b",
        new Expectation.Bounded(BOUNDS));
    batch.add(
        "SELECT a.customer_id, b.customer_id FROM customers a, customers b ORDER BY 1, 2 LIMIT 5",
        new Expectation.ValueOrRefusal("c001", Set.of("53200")));
    batch.add(
        "SELECT COUNT(*) FROM orders a, orders b WHERE a.customer_id = b.customer_id",
        new Expectation.ValueOrRefusal(Long.toString(sameCustomerPairs(facts)), BOUNDS));
    batch.add(
        "SELECT COUNT(*) FROM (SELECT * FROM customers a, customers b) x, customers c",
        new Expectation.ValueOrRefusal(Long.toString(customers * customers * customers), BOUNDS));
    return batch.statements();
  }

  private static long sameStatusPairs(DemoFacts facts) {
    return pairsByKey(facts.strings(DemoDataset.ORDERS, "status"), s -> s);
  }

  private static long sameCustomerPairs(DemoFacts facts) {
    return pairsByKey(facts.strings(DemoDataset.ORDERS, "customer_id"), s -> s);
  }

  private static <T> long pairsByKey(List<T> values, Function<T, Object> key) {
    Map<Object, Long> counts =
        values.stream()
            .filter(Objects::nonNull)
            .collect(Collectors.groupingBy(key, Collectors.counting()));
    return counts.values().stream().mapToLong(c -> c * c).sum();
  }

  private static long lowerTotalPairs(DemoFacts facts) {
    List<BigDecimal> totals =
        facts.numbers(DemoDataset.ORDERS, "total").stream().filter(Objects::nonNull).toList();
    long pairs = 0;
    for (BigDecimal a : totals) {
      for (BigDecimal b : totals) {
        if (a.compareTo(b) < 0) {
          pairs++;
        }
      }
    }
    return pairs;
  }
}
