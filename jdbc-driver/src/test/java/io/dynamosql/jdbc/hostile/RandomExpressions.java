package io.dynamosql.jdbc.hostile;

import java.util.List;
import java.util.Random;

/**
 * Seeded random expressions over the demo customers: every operator, function and literal kind of
 * the dialect, type mismatches, wrong arities, unknown functions, division by zero, bad casts,
 * mostly in key lookups (cheap) and sometimes over a Scan, in the select list, WHERE, GROUP BY and
 * ORDER BY. Each must give an answer or a clear SQLException; nothing else is asserted.
 */
final class RandomExpressions {

  static final String FAMILY = "random-expression";

  private static final String[] COLUMNS = {
    "customer_id",
    "name",
    "email",
    "status",
    "tier",
    "created_at",
    "\"date\"",
    "balance",
    "age",
    "verified",
    "\"phone-number\"",
    "\"loyalty.points\"",
    "tags",
    "favorite_numbers",
    "avatar",
    "address",
    "address.city",
    "address.geo.lat",
    "notes",
    "score",
    "referral_code",
    "no_such_column"
  };

  private static final String[] LITERALS = {
    "0",
    "1",
    "-1",
    "1.5",
    "1e308",
    "-1e-308",
    "99999999999999999999999999999999999999",
    "''",
    "'c001'",
    "'%'",
    "''''",
    "'ünïcødé 😀'",
    "'2026-01-01'",
    "'2026-13-45T25:61:61Z'",
    "NULL",
    "TRUE",
    "FALSE",
    "DATE '2026-02-28'",
    "TIMESTAMP '2026-02-28 10:00:00'",
    "'1e5'",
    "'abc'"
  };

  private static final String[] BINARY = {
    "+", "-", "*", "/", "%", "||", "=", "<>", "<", "<=", ">", ">=", "AND", "OR", "IS DISTINCT FROM"
  };

  private static final String[] FUNCTIONS = {
    "LOWER",
    "UPPER",
    "LENGTH",
    "TRIM",
    "ABS",
    "ROUND",
    "FLOOR",
    "CEIL",
    "SIZE",
    "ATTRIBUTE_TYPE",
    "COALESCE",
    "NULLIF",
    "CONCAT",
    "REPLACE",
    "MOD",
    "POWER",
    "SUBSTRING",
    "POSITION",
    "STARTS_WITH",
    "CONTAINS",
    "NO_SUCH_FUNCTION"
  };

  private static final String[] TYPES = {
    "INTEGER",
    "BIGINT",
    "DECIMAL(5,2)",
    "VARCHAR",
    "VARCHAR(3)",
    "DATE",
    "TIMESTAMP",
    "BOOLEAN",
    "DOUBLE",
    "VARBINARY"
  };

  private final Random random;

  private RandomExpressions(Random random) {
    this.random = random;
  }

  static List<HostileStatement> generate(Random random, int count) {
    RandomExpressions expressions = new RandomExpressions(random);
    Batch batch = new Batch(FAMILY);
    for (int i = 0; i < count; i++) {
      batch.add(expressions.statement(), Expectation.bounded());
    }
    return batch.statements();
  }

  private String statement() {
    String key = String.format("'c%03d'", 1 + random.nextInt(60));
    String expression = expression(3);
    return switch (random.nextInt(10)) {
      case 0 -> "SELECT customer_id FROM customers WHERE " + expression;
      case 1 ->
          "SELECT "
              + expression
              + " AS g, COUNT(*) FROM customers WHERE customer_id IN ('c001', 'c002', 'c003')"
              + " GROUP BY 1 ORDER BY 1";
      case 2 ->
          "SELECT customer_id FROM customers WHERE customer_id = "
              + key
              + " ORDER BY "
              + expression
              + " NULLS FIRST";
      case 3, 4 ->
          "SELECT customer_id FROM customers WHERE customer_id = " + key + " AND " + expression;
      default -> "SELECT " + expression + " AS v FROM customers WHERE customer_id = " + key;
    };
  }

  private String expression(int depth) {
    if (depth == 0 || random.nextInt(4) == 0) {
      return random.nextBoolean() ? pick(COLUMNS) : pick(LITERALS);
    }
    String a = expression(depth - 1);
    String b = expression(depth - 1);
    return switch (random.nextInt(14)) {
      case 0, 1, 2 -> "(" + a + " " + pick(BINARY) + " " + b + ")";
      case 3 -> pick(FUNCTIONS) + "(" + a + ")";
      case 4 -> pick(FUNCTIONS) + "(" + a + ", " + b + ")";
      case 5 -> "CAST(" + a + " AS " + pick(TYPES) + ")";
      case 6 -> "CASE WHEN " + a + " THEN " + b + " ELSE " + expression(depth - 1) + " END";
      case 7 -> a + " IS " + (random.nextBoolean() ? "NOT " : "") + "NULL";
      case 8 -> a + " BETWEEN " + b + " AND " + expression(depth - 1);
      case 9 ->
          a + (random.nextBoolean() ? " NOT" : "") + " IN (" + b + ", " + pick(LITERALS) + ")";
      case 10 -> a + " LIKE " + b;
      case 11 -> "NOT (" + a + ")";
      case 12 ->
          "EXTRACT(" + pick(new String[] {"YEAR", "MONTH", "DAY", "HOUR"}) + " FROM " + a + ")";
      default -> "(SELECT MAX(" + a + ") FROM customers WHERE customer_id = 'c002')";
    };
  }

  private String pick(String[] choices) {
    return choices[random.nextInt(choices.length)];
  }
}
