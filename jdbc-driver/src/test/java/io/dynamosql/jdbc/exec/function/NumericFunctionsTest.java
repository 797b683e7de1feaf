package io.dynamosql.jdbc.exec.function;

import static io.dynamosql.jdbc.exec.function.Calls.call;
import static io.dynamosql.jdbc.exec.function.Calls.function;
import static io.dynamosql.jdbc.exec.function.Calls.row;
import static io.dynamosql.jdbc.exec.value.SqlAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynamosql.jdbc.type.SqlType;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected values checked against DuckDB 1.4 (BigDecimal where DuckDB answers DECIMAL). */
class NumericFunctionsTest {

  private static BigDecimal n(String text) {
    return new BigDecimal(text);
  }

  static Stream<Arguments> calls() {
    return Stream.of(
        row("ABS", 7L, -7L),
        row("ABS", n("7.5"), n("-7.5")),
        row("ABS", 2.5d, -2.5d),
        row(
            "ABS",
            n("12345678901234567890123456789012345678"),
            n("-12345678901234567890123456789012345678")),
        row("ABS", n("3"), "-3"),
        row("SIGN", -1L, n("-3.2")),
        row("SIGN", 0L, 0L),
        row("SIGN", 1L, n("1E-130")),
        row("SIGN", -1L, -0.5d),
        row("FLOOR", n("-2"), n("-1.5")),
        row("FLOOR", 5L, 5L),
        row("FLOOR", -2.0d, -1.5d),
        row("CEIL", n("-1"), n("-1.5")),
        row("CEILING", n("2"), n("1.2")),
        row("CEIL", 3.0d, 2.1d),
        row("ROUND", n("-3"), n("-2.5")),
        row("ROUND", n("3"), n("2.5")),
        row("ROUND", n("2.35"), n("2.345"), 2L),
        row("ROUND", n("1.01"), n("1.005"), 2L),
        row("ROUND", n("-7.5"), n("-7.45"), 1L),
        row("ROUND", n("1200"), n("1234.5"), -2L),
        row("ROUND", 20L, 15L, -1L),
        row("ROUND", 30L, 25L, -1L),
        row("ROUND", 7L, 7L),
        row("ROUND", 3.0d, 2.5d),
        row("ROUND", -1.0d, -0.5d),
        row("ROUND", 2.68d, 2.675d, 2L),
        row("ROUND", Double.NaN, Double.NaN),
        row(
            "ROUND",
            n("12345678901234567890123456789012345678"),
            n("12345678901234567890123456789012345678.4")),
        row("MOD", -1L, -7L, 3L),
        row("MOD", n("1.5"), n("7.5"), n("2")),
        row("MOD", 1L, 9L, 4L),
        row("POWER", 1024.0d, 2L, 10L),
        row("POWER", Math.sqrt(2), n("2.0"), n("0.5")),
        row("POW", 0.5d, 2L, -1L),
        row("SQRT", 4.0d, n("16")),
        row("SQRT", Math.sqrt(2), 2L));
  }

  @ParameterizedTest(name = "{0}{2} = {1}")
  @MethodSource("calls")
  void behavesLikeDuckDb(String name, Object expected, List<Object> arguments) throws SQLException {
    assertEquals(expected, call(name, arguments));
  }

  static Stream<Arguments> types() {
    return Stream.of(
        Arguments.of("ABS", List.of(SqlType.BIGINT), SqlType.BIGINT),
        Arguments.of("ABS", List.of(SqlType.VARIANT), SqlType.DECIMAL),
        Arguments.of("ROUND", List.of(SqlType.DOUBLE, SqlType.BIGINT), SqlType.DOUBLE),
        Arguments.of("ROUND", List.of(SqlType.DECIMAL), SqlType.DECIMAL),
        Arguments.of("FLOOR", List.of(SqlType.NULL), SqlType.DECIMAL),
        Arguments.of("SIGN", List.of(SqlType.DECIMAL), SqlType.BIGINT),
        Arguments.of("MOD", List.of(SqlType.BIGINT, SqlType.BIGINT), SqlType.BIGINT),
        Arguments.of("MOD", List.of(SqlType.DECIMAL, SqlType.BIGINT), SqlType.DECIMAL),
        Arguments.of("POWER", List.of(SqlType.BIGINT, SqlType.BIGINT), SqlType.DOUBLE),
        Arguments.of("SQRT", List.of(SqlType.DECIMAL), SqlType.DOUBLE));
  }

  @ParameterizedTest(name = "{0}{1} -> {2}")
  @MethodSource("types")
  void typesResults(String name, List<SqlType> arguments, SqlType expected) throws SQLException {
    assertEquals(expected, function(name).returnType(arguments));
  }

  @Test
  void refusesValuesOutsideTheDomain() {
    assertInvalid(
        () -> call("SQRT", List.of(n("-1"))), "SQRT of a negative number: DECIMAL '-1'", "22003");
    assertInvalid(() -> call("MOD", List.of(5L, 0L)), "Division by zero: '5' % '0'", "22012");
    assertInvalid(() -> call("ABS", List.of(Long.MIN_VALUE)), "out of range for BIGINT", "22003");
    assertInvalid(() -> call("ABS", List.of("abc")), "Cannot convert 'abc' to DECIMAL", "22018");
    assertInvalid(
        () -> call("ROUND", List.of(Long.MAX_VALUE, -1L)), "out of range for BIGINT", "22003");
  }
}
