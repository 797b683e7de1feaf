package io.dynamosql.jdbc.exec.function;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynamosql.jdbc.exec.value.Coercion;
import io.dynamosql.jdbc.exec.value.DuckDbReference;
import io.dynamosql.jdbc.type.SqlType;
import io.dynamosql.jdbc.type.TemporalConversions;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
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

  /** Calls where the library deliberately differs from DuckDB, with the reason. */
  private static final Set<String> DIFFERENT =
      Set.of(
          // The argument comes back as given (a string); DuckDB casts the literal to DATE first.
          "LEAST(DATE '2024-01-02', '2024-01-01')");

  /** Calls the library answers and DuckDB refuses, with the reason. */
  private static final Set<String> DUCKDB_REFUSES =
      Set.of(
          // DuckDB caps a substring length at 2^32 - 1.
          "SUBSTRING('hello', 1, CAST(9223372036854775807 AS BIGINT))",
          // DuckDB does not concatenate a VARCHAR and a list.
          "CONCAT('x', [a])",
          // 39 digits: more than DuckDB's (and DynamoDB's) 38.
          "ROUND(CAST('12345678901234567890123456789012345678.4' AS DECIMAL(38, 1)))");

  /** Functions that read the clock. */
  private static final Set<String> CLOCK = Set.of("CURRENT_TIMESTAMP", "NOW", "CURRENT_DATE");

  @RegisterExtension static final DuckDbReference DUCKDB = new DuckDbReference();

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
    Object ours = Calls.call(name, arguments);
    String sql = sql((BuiltinFunction) Calls.function(name), arguments);
    DUCKDB.assertAgrees(sql, ours, DUCKDB_REFUSES, DIFFERENT);
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
      return DuckDbReference.literal(Coercion.toNumber(value));
    }
    if (parameter == Parameter.INTEGER) {
      return DuckDbReference.literal(Coercion.cast(value, SqlType.BIGINT));
    }
    return DuckDbReference.literal(value);
  }

  private static boolean isPlainDate(String text) {
    try {
      LocalDate.parse(text);
      return true;
    } catch (DateTimeParseException notPlain) {
      return false;
    }
  }
}
