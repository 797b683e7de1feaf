package io.dynamosql.jdbc.exec.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynamosql.jdbc.type.SqlType;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scalar rows of the comparison, cast and arithmetic tables, run through DuckDB 1.4 as well:
 * the same answers, except where listed with the reason.
 */
class ValueDuckDbAgreementTest {

  /** DuckDB's names of the SQL types CAST is checked for. */
  private static final Map<SqlType, String> DUCKDB_TYPES =
      Map.of(
          SqlType.VARCHAR, "VARCHAR",
          SqlType.BIGINT, "BIGINT",
          SqlType.DOUBLE, "DOUBLE",
          SqlType.BOOLEAN, "BOOLEAN",
          SqlType.DATE, "DATE",
          SqlType.TIMESTAMP, "TIMESTAMPTZ");

  /** Expressions DuckDB refuses that the library answers, with the reason. */
  private static final Set<String> DUCKDB_REFUSES =
      Set.of(
          // Epoch numbers read as dates and times: how DynamoDB items store them.
          "CAST(1710028800 AS DATE)",
          "CAST(1700000000 AS TIMESTAMPTZ)",
          "CAST(1700000000500 AS TIMESTAMPTZ)",
          // A numeric string in arithmetic: VARIANT values and string parameters are read as
          // numbers.
          "'5' + 1",
          // 38 significant digits: DuckDB's DECIMAL(38, s) keeps a fixed scale and overflows.
          "CAST('99999999999999999999999999999999999999' AS DECIMAL(38, 0)) + 1",
          "CAST('0.12345678901234567890123456789012345678' AS DECIMAL(38, 38))"
              + " + CAST('0.00000000000000000000000000000000000001' AS DECIMAL(38, 38))",
          "1 - CAST('0.000000000000000000000000000000000001' AS DECIMAL(38, 36))");

  /** Expressions where the library deliberately answers differently, with the reason. */
  private static final Set<String> DIFFERENT =
      Set.of(
          // Timestamps render as ISO-8601 (how DynamoDB stores them), not as '2024-01-02
          // 03:04:05+00'.
          "CAST(TIMESTAMPTZ '2024-01-02T03:04:05Z' AS VARCHAR)");

  @RegisterExtension static final DuckDbReference DUCKDB = new DuckDbReference();

  private static boolean isScalar(Object value) {
    return value == null
        || value instanceof String
        || value instanceof Number
        || value instanceof Boolean
        || value instanceof LocalDate
        || value instanceof Instant;
  }

  private static void check(String expression, Object ours) throws SQLException {
    DUCKDB.assertAgrees(expression, ours, DUCKDB_REFUSES, DIFFERENT);
  }

  static Stream<Arguments> comparisons() {
    return SqlComparisonTest.comparisons()
        .filter(row -> isScalar(row.get()[0]) && isScalar(row.get()[1]));
  }

  @ParameterizedTest(name = "{0} vs {1}")
  @MethodSource("comparisons")
  void comparesLikeDuckDb(Object a, Object b, int expected) throws SQLException {
    String x = DuckDbReference.literal(a);
    String y = DuckDbReference.literal(b);
    String expression =
        "CASE WHEN " + x + " < " + y + " THEN -1 WHEN " + x + " = " + y + " THEN 0 ELSE 1 END";
    check(expression, SqlComparison.compare(a, b));
    assertEquals(expected, SqlComparison.compare(a, b));
  }

  static Stream<Arguments> casts() {
    return CoercionTest.casts()
        .filter(row -> isScalar(row.get()[0]) && DUCKDB_TYPES.containsKey(row.get()[1]));
  }

  @ParameterizedTest(name = "CAST({0} AS {1})")
  @MethodSource("casts")
  void castsLikeDuckDb(Object value, SqlType target, Object expected) throws SQLException {
    String expression =
        "CAST(" + DuckDbReference.literal(value) + " AS " + DUCKDB_TYPES.get(target) + ")";
    check(expression, Coercion.cast(value, target));
  }

  static Stream<Arguments> arithmetic() {
    return CoercionTest.arithmetic();
  }

  @ParameterizedTest(name = "{1} {0} {2}")
  @MethodSource("arithmetic")
  void computesLikeDuckDb(Arithmetic operator, Object a, Object b, Object expected)
      throws SQLException {
    String expression =
        DuckDbReference.literal(a) + " " + operator.symbol() + " " + DuckDbReference.literal(b);
    check(expression, operator.apply(a, b));
  }
}
