package io.dynamosql.jdbc.exec.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamosql.jdbc.exec.value.Coercion;
import io.dynamosql.jdbc.type.SqlType;
import io.dynamosql.jdbc.type.TemporalConversions;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the string, numeric, temporal and comparison tables is also run through DuckDB 1.4
 * (the differential suite's reference engine) as {@code SELECT f(literals)}, and must give the same
 * value. The calls DuckDB refuses and the deliberate differences are listed, with the reason, and
 * checked to still refuse or differ. The clock functions are left out.
 */
class DuckDbAgreementTest {

  /** Calls (as {@code NAME[args]}) where the library deliberately differs from DuckDB. */
  private static final Set<String> DIFFERENT =
      Set.of(
          // The argument comes back as given (a string); DuckDB casts the literal to DATE first.
          "LEAST[2024-01-02, 2024-01-01]");

  /** Calls the library answers and DuckDB refuses. */
  private static final Set<String> DUCKDB_REFUSES =
      Set.of(
          // DuckDB caps a substring length at 2^32 - 1.
          "SUBSTRING[hello, 1, 9223372036854775807]",
          // DuckDB does not concatenate a VARCHAR and a list.
          "CONCAT[x, [a]]",
          // 39 digits: more than DuckDB's (and DynamoDB's) 38.
          "ROUND[12345678901234567890123456789012345678.4]");

  /** Functions that read the clock. */
  private static final Set<String> CLOCK = Set.of("CURRENT_TIMESTAMP", "NOW", "CURRENT_DATE");

  private static Connection duckDb;

  @BeforeAll
  static void open() throws SQLException {
    duckDb = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement statement = duckDb.createStatement()) {
      statement.execute("SET TimeZone = 'UTC'");
    }
  }

  @AfterAll
  static void close() throws SQLException {
    duckDb.close();
  }

  static Stream<Arguments> rows() {
    return Stream.of(
            StringFunctionsTest.calls(),
            NumericFunctionsTest.calls(),
            TemporalFunctionsTest.calls(),
            ComparisonFunctionsTest.calls())
        .flatMap(s -> s)
        .filter(row -> !CLOCK.contains((String) row.get()[0]));
  }

  @ParameterizedTest(name = "{0}{2}")
  @MethodSource("rows")
  void agreesWithDuckDb(String name, Object expected, List<Object> arguments) throws SQLException {
    String call = name.toUpperCase(Locale.ROOT) + arguments;
    Object ours = Calls.call(name, arguments);
    String sql = sql((BuiltinFunction) Calls.function(name), arguments);
    if (DUCKDB_REFUSES.contains(call)) {
      assertThrows(SQLException.class, () -> duckDb(sql), call + " is listed as refused");
      return;
    }
    Object theirs = duckDb(sql);
    if (DIFFERENT.contains(call)) {
      assertFalse(same(ours, theirs), call + " is listed as different but agrees");
      return;
    }
    assertTrue(same(ours, theirs), call + ": ours " + ours + ", DuckDB " + theirs);
    assertEquals(expected == null, ours == null);
  }

  /**
   * The call in DuckDB's SQL, each argument a literal of the type the parameter reads it as: the
   * library reads ISO strings and epoch numbers as dates and times, and numeric strings as numbers,
   * where DuckDB wants a cast.
   */
  private static String sql(BuiltinFunction function, List<Object> arguments) throws SQLException {
    Signature signature =
        function.signatureList().stream()
            .filter(sig -> sig.takes(arguments.size()))
            .findFirst()
            .orElseThrow();
    List<String> literals = new ArrayList<>();
    for (int i = 0; i < arguments.size(); i++) {
      literals.add(literal(arguments.get(i), signature.parameter(i)));
    }
    return switch (function.name()) {
      case "POSITION" -> "position(" + literals.get(0) + " IN " + literals.get(1) + ")";
      case "EXTRACT" -> "date_part(" + String.join(", ", literals) + ")";
      default -> function.name() + "(" + String.join(", ", literals) + ")";
    };
  }

  private static String literal(Object value, Parameter parameter) throws SQLException {
    if (value == null) {
      return "NULL";
    }
    if (parameter == Parameter.TEMPORAL) {
      return value instanceof LocalDate || value instanceof String text && isPlainDate(text)
          ? "DATE '" + TemporalConversions.toLocalDate(value, ZoneOffset.UTC) + "'"
          : "TIMESTAMPTZ '" + TemporalConversions.toInstant(value, ZoneOffset.UTC) + "'";
    }
    if (parameter == Parameter.NUMBER && value instanceof String) {
      return literal(Coercion.toNumber(value));
    }
    if (parameter == Parameter.INTEGER) {
      return literal(Coercion.cast(value, SqlType.BIGINT));
    }
    return literal(value);
  }

  private static boolean isPlainDate(String text) {
    try {
      LocalDate.parse(text);
      return true;
    } catch (DateTimeParseException notPlain) {
      return false;
    }
  }

  private static String literal(Object value) {
    if (value instanceof String text) {
      return "'" + text.replace("'", "''") + "'";
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.precision() <= 18
          ? decimal.toPlainString()
          : "CAST('" + decimal.toPlainString() + "' AS DECIMAL(38, " + decimal.scale() + "))";
    }
    if (value instanceof Long number) {
      return number == number.intValue() ? number.toString() : "CAST(" + number + " AS BIGINT)";
    }
    if (value instanceof Double number) {
      return "CAST('" + number + "' AS DOUBLE)";
    }
    if (value instanceof LocalDate date) {
      return "DATE '" + date + "'";
    }
    if (value instanceof Instant instant) {
      return "TIMESTAMPTZ '" + instant + "'";
    }
    return String.valueOf(value);
  }

  private static Object duckDb(String expression) throws SQLException {
    try (Statement statement = duckDb.createStatement();
        ResultSet result = statement.executeQuery("SELECT " + expression)) {
      result.next();
      return result.getObject(1);
    } catch (SQLException e) {
      throw new SQLException("DuckDB refused SELECT " + expression + ": " + e.getMessage(), e);
    }
  }

  private static boolean same(Object ours, Object theirs) {
    if (ours == null || theirs == null) {
      return ours == theirs;
    }
    if (ours instanceof Number a && theirs instanceof Number b) {
      if (a instanceof Double || b instanceof Double || b instanceof Float) {
        double x = a.doubleValue();
        double y = b.doubleValue();
        return Double.compare(x, y) == 0
            || Math.abs(x - y) <= 1e-12 * Math.max(Math.abs(x), Math.abs(y));
      }
      return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
    }
    return canonical(ours).equals(canonical(theirs));
  }

  private static Object canonical(Object value) {
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof OffsetDateTime dateTime) {
      return dateTime.toInstant();
    }
    if (value instanceof LocalDateTime dateTime) {
      return dateTime.toInstant(ZoneOffset.UTC);
    }
    return value;
  }
}
