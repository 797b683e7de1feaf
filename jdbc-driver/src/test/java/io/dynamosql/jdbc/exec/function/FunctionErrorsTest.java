package io.dynamosql.jdbc.exec.function;

import static io.dynamosql.jdbc.exec.value.SqlAssertions.assertInvalid;

import io.dynamosql.jdbc.type.SqlType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Arity and type errors name the function and what it accepts. */
class FunctionErrorsTest {

  static Stream<Arguments> typing() {
    return Stream.of(
        Arguments.of(
            "LPAD",
            List.of(SqlType.VARCHAR, SqlType.BIGINT),
            "Function LPAD does not take (VARCHAR, BIGINT); LPAD accepts LPAD(VARCHAR, BIGINT,"
                + " VARCHAR)",
            "42883"),
        Arguments.of(
            "ROUND",
            List.of(),
            "Function ROUND does not take (); ROUND accepts ROUND(NUMERIC) or ROUND(NUMERIC,"
                + " BIGINT)",
            "42883"),
        Arguments.of("CONCAT", List.of(), "CONCAT accepts CONCAT(ANY, ...)", "42883"),
        Arguments.of("NOW", List.of(SqlType.VARCHAR), "NOW accepts NOW()", "42883"),
        Arguments.of(
            "LOWER",
            List.of(SqlType.BIGINT),
            "Function LOWER does not accept (BIGINT); LOWER accepts LOWER(VARCHAR)",
            "42804"),
        Arguments.of(
            "ABS",
            List.of(SqlType.BOOLEAN),
            "Function ABS does not accept (BOOLEAN); ABS accepts ABS(NUMERIC)",
            "42804"),
        Arguments.of(
            "SIZE",
            List.of(SqlType.DECIMAL),
            "SIZE accepts SIZE(VARCHAR|VARBINARY|ARRAY|JSON)",
            "42804"),
        Arguments.of(
            "EXTRACT",
            List.of(SqlType.VARCHAR, SqlType.BOOLEAN),
            "EXTRACT accepts EXTRACT(VARCHAR, DATE|TIMESTAMP)",
            "42804"),
        Arguments.of(
            "MOD",
            List.of(SqlType.BIGINT, SqlType.JSON),
            "Function MOD does not accept (BIGINT, JSON)",
            "42804"));
  }

  @ParameterizedTest(name = "{0}{1}")
  @MethodSource("typing")
  void refusesBadCallsWhenTyping(String name, List<SqlType> types, String message, String state) {
    assertInvalid(() -> Calls.function(name).returnType(types), message, state);
  }

  static Stream<Arguments> applying() {
    return Stream.of(
        Arguments.of(
            "UPPER",
            List.of("a", "b"),
            "Function UPPER does not take 2 arguments; UPPER accepts UPPER(VARCHAR)",
            "42883"),
        Arguments.of(
            "UPPER",
            List.of(new BigDecimal("1")),
            "Function UPPER expects VARCHAR as argument 1, not DECIMAL '1'",
            "42804"),
        Arguments.of(
            "STARTS_WITH",
            List.of("abc", Map.of("a", "b")),
            "Function STARTS_WITH expects VARCHAR as argument 2, not JSON",
            "42804"),
        Arguments.of(
            "LEFT",
            List.of("abc", true),
            "Function LEFT expects BIGINT as argument 2, not BOOLEAN 'true'",
            "42804"),
        Arguments.of("LEFT", List.of("abc", "two"), "Cannot convert 'two' to DECIMAL", "22018"),
        Arguments.of(
            "SUBSTRING",
            List.of("abc", new BigDecimal("1E+30")),
            "out of range for BIGINT",
            "22003"));
  }

  @ParameterizedTest(name = "{0}{1}")
  @MethodSource("applying")
  void refusesBadValuesWhenApplying(
      String name, List<Object> arguments, String message, String state) {
    assertInvalid(() -> Calls.function(name).apply(arguments), message, state);
  }
}
