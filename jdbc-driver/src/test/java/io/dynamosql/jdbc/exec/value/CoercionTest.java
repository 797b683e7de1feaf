package io.dynamosql.jdbc.exec.value;

import static io.dynamosql.jdbc.exec.value.SqlAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.dynamosql.jdbc.type.SetValue;
import io.dynamosql.jdbc.type.SqlType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CoercionTest {

  private static BigDecimal n(String text) {
    return new BigDecimal(text);
  }

  static Stream<Arguments> casts() {
    return Stream.of(
        Arguments.of(n("42"), SqlType.VARCHAR, "42"),
        Arguments.of(n("2.50"), SqlType.VARCHAR, "2.50"),
        Arguments.of(true, SqlType.VARCHAR, "true"),
        Arguments.of(LocalDate.of(2024, 1, 2), SqlType.VARCHAR, "2024-01-02"),
        Arguments.of(
            Instant.parse("2024-01-02T03:04:05Z"), SqlType.VARCHAR, "2024-01-02T03:04:05Z"),
        Arguments.of(List.of("a", n("1")), SqlType.VARCHAR, "[\"a\",1]"),
        Arguments.of("12.50", SqlType.DECIMAL, n("12.50")),
        Arguments.of(7L, SqlType.DECIMAL, n("7")),
        Arguments.of(true, SqlType.DECIMAL, n("1")),
        Arguments.of(
            "123456789012345678901234567890123456789",
            SqlType.DECIMAL,
            n("1.2345678901234567890123456789012345679E+38")),
        // To BIGINT rounds half away from zero, like DuckDB.
        Arguments.of("42", SqlType.BIGINT, 42L),
        Arguments.of(n("2.5"), SqlType.BIGINT, 3L),
        Arguments.of(n("-2.5"), SqlType.BIGINT, -3L),
        Arguments.of(n("2.49"), SqlType.BIGINT, 2L),
        Arguments.of("9.99", SqlType.BIGINT, 10L),
        Arguments.of(true, SqlType.BIGINT, 1L),
        Arguments.of(n("9223372036854775807"), SqlType.BIGINT, Long.MAX_VALUE),
        Arguments.of(n("0.1"), SqlType.DOUBLE, 0.1d),
        Arguments.of("1e3", SqlType.DOUBLE, 1000d),
        Arguments.of("yes", SqlType.BOOLEAN, true),
        Arguments.of(n("1.5"), SqlType.BOOLEAN, true),
        Arguments.of(0L, SqlType.BOOLEAN, false),
        Arguments.of("2024-03-10", SqlType.DATE, LocalDate.of(2024, 3, 10)),
        Arguments.of("2024-03-10T23:30:00Z", SqlType.DATE, LocalDate.of(2024, 3, 10)),
        Arguments.of(n("1710028800"), SqlType.DATE, LocalDate.of(2024, 3, 10)),
        Arguments.of(
            Instant.parse("2024-03-10T10:00:00Z"), SqlType.DATE, LocalDate.of(2024, 3, 10)),
        Arguments.of(
            "2024-03-10T12:20:30+02:00", SqlType.TIMESTAMP, Instant.parse("2024-03-10T10:20:30Z")),
        Arguments.of(
            "2024-03-10 10:20:30", SqlType.TIMESTAMP, Instant.parse("2024-03-10T10:20:30Z")),
        Arguments.of(n("1700000000"), SqlType.TIMESTAMP, Instant.parse("2023-11-14T22:13:20Z")),
        Arguments.of(
            n("1700000000500"), SqlType.TIMESTAMP, Instant.parse("2023-11-14T22:13:20.500Z")),
        Arguments.of(
            LocalDate.of(2024, 3, 10), SqlType.TIMESTAMP, Instant.parse("2024-03-10T00:00:00Z")),
        Arguments.of(Map.of("a", "b"), SqlType.JSON, Map.of("a", "b")),
        Arguments.of("text", SqlType.JSON, "text"),
        Arguments.of(n("5"), SqlType.VARIANT, n("5")),
        Arguments.of(List.of("a"), SqlType.ARRAY, List.of("a")),
        Arguments.of(
            new SetValue(SetValue.Kind.STRING, List.of("a")),
            SqlType.ARRAY,
            new SetValue(SetValue.Kind.STRING, List.of("a"))));
  }

  @ParameterizedTest
  @MethodSource("casts")
  void castsLikeDuckDb(Object value, SqlType target, Object expected) throws SQLException {
    assertEquals(expected, Coercion.cast(value, target));
  }

  @Test
  void castsToBinaryAsUtf8() throws SQLException {
    assertArrayEquals(
        "hé".getBytes(StandardCharsets.UTF_8), (byte[]) Coercion.cast("hé", SqlType.VARBINARY));
  }

  @ParameterizedTest
  @EnumSource(SqlType.class)
  void castsNullToNullForEveryType(SqlType target) throws SQLException {
    assertNull(Coercion.cast(null, target));
  }

  static Stream<Arguments> invalidCasts() {
    return Stream.of(
        Arguments.of("abc", SqlType.BIGINT, "Cannot convert 'abc' to DECIMAL", "22018"),
        Arguments.of("abc", SqlType.DECIMAL, "'abc'", "22018"),
        Arguments.of("1,5", SqlType.DOUBLE, "'1,5'", "22018"),
        Arguments.of("maybe", SqlType.BOOLEAN, "'maybe'", "22018"),
        Arguments.of("yesterday", SqlType.DATE, "'yesterday'", "22018"),
        Arguments.of("2024-13-45", SqlType.TIMESTAMP, "'2024-13-45'", "22018"),
        Arguments.of(Map.of("a", "b"), SqlType.DECIMAL, "{\"a\":\"b\"}", "22018"),
        Arguments.of(LocalDate.of(2024, 1, 1), SqlType.BIGINT, "'2024-01-01'", "22018"),
        Arguments.of(n("5"), SqlType.VARBINARY, "'5'", "22018"),
        Arguments.of("x", SqlType.ARRAY, "Cannot convert 'x' to ARRAY", "22018"),
        Arguments.of(
            n("9223372036854775808"),
            SqlType.BIGINT,
            "Value '9223372036854775808' is out of range for BIGINT",
            "22003"),
        Arguments.of(n("1E+126"), SqlType.DECIMAL, "out of range for DECIMAL", "22003"),
        Arguments.of(n("1E+30"), SqlType.TIMESTAMP, "out of range for TIMESTAMP", "22003"));
  }

  @ParameterizedTest
  @MethodSource("invalidCasts")
  void refusesImpossibleCastsQuotingTheValue(
      Object value, SqlType target, String message, String state) {
    assertInvalid(() -> Coercion.cast(value, target), message, state);
  }

  static Stream<Arguments> decimalCasts() {
    return Stream.of(
        Arguments.of("12.50", 10, 2, n("12.50")),
        Arguments.of(n("12.345"), 4, 2, n("12.35")),
        Arguments.of(n("-12.345"), 4, 2, n("-12.35")),
        Arguments.of(7L, 10, 2, n("7.00")),
        Arguments.of(n("0.004"), 3, 2, n("0.00")));
  }

  @ParameterizedTest
  @MethodSource("decimalCasts")
  void castsToDecimalWithScale(Object value, int precision, int scale, BigDecimal expected)
      throws SQLException {
    assertEquals(expected, Coercion.castDecimal(value, precision, scale));
  }

  @Test
  void refusesDecimalsThatDoNotFit() {
    assertInvalid(
        () -> Coercion.castDecimal(n("123.456"), 4, 2),
        "Value '123.456' is out of range for DECIMAL(4,2)",
        "22003");
  }

  static Stream<Arguments> arithmetic() {
    BigDecimal big = n("99999999999999999999999999999999999999");
    return Stream.of(
        Arguments.of(Arithmetic.ADD, n("1.5"), n("2.25"), n("3.75")),
        Arguments.of(Arithmetic.ADD, 1L, 2L, 3L),
        Arguments.of(Arithmetic.ADD, "5", 1L, n("6")),
        Arguments.of(Arithmetic.ADD, n("0.1"), 0.2d, 0.1d + 0.2d),
        // 38 digits survive; the 39th rounds half away from zero.
        Arguments.of(
            Arithmetic.ADD,
            n("12345678901234567890123456789012345678"),
            n("1"),
            n("12345678901234567890123456789012345679")),
        Arguments.of(
            Arithmetic.ADD,
            n("0.12345678901234567890123456789012345678"),
            n("0.00000000000000000000000000000000000001"),
            n("0.12345678901234567890123456789012345679")),
        Arguments.of(Arithmetic.ADD, big, n("1"), n("1.0000000000000000000000000000000000000E+38")),
        Arguments.of(
            Arithmetic.SUBTRACT,
            n("1"),
            n("0.000000000000000000000000000000000001"),
            n("0.999999999999999999999999999999999999")),
        Arguments.of(Arithmetic.SUBTRACT, 3L, 5L, -2L),
        Arguments.of(Arithmetic.MULTIPLY, n("1.07"), n("100.00"), n("107.0000")),
        Arguments.of(
            Arithmetic.MULTIPLY,
            n("1234567890123456789"),
            n("1234567890123456789"),
            n("1524157875323883675019051998750190521")),
        Arguments.of(Arithmetic.MULTIPLY, 4L, 5L, 20L),
        Arguments.of(Arithmetic.DIVIDE, 7L, 2L, n("3.5")),
        Arguments.of(Arithmetic.DIVIDE, 6L, 3L, n("2")),
        Arguments.of(
            Arithmetic.DIVIDE, n("1"), n("3"), n("0.33333333333333333333333333333333333333")),
        Arguments.of(
            Arithmetic.DIVIDE, n("2"), n("3"), n("0.66666666666666666666666666666666666667")),
        Arguments.of(Arithmetic.DIVIDE, 7.0d, 2L, 3.5d),
        Arguments.of(Arithmetic.MODULO, -7L, 3L, -1L),
        Arguments.of(Arithmetic.MODULO, n("-7.5"), n("2"), n("-1.5")),
        Arguments.of(Arithmetic.MODULO, n("7.5"), 2L, n("1.5")),
        Arguments.of(Arithmetic.ADD, LocalDate.of(2024, 2, 28), 2L, LocalDate.of(2024, 3, 1)),
        Arguments.of(Arithmetic.ADD, n("1"), LocalDate.of(2024, 2, 28), LocalDate.of(2024, 2, 29)),
        Arguments.of(
            Arithmetic.SUBTRACT, LocalDate.of(2024, 3, 1), n("1"), LocalDate.of(2024, 2, 29)),
        Arguments.of(Arithmetic.SUBTRACT, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 2, 1), 29L));
  }

  @ParameterizedTest
  @MethodSource("arithmetic")
  void computesWith38Digits(Arithmetic operator, Object a, Object b, Object expected)
      throws SQLException {
    assertEquals(expected, operator.apply(a, b));
  }

  @ParameterizedTest
  @MethodSource("arithmetic")
  void propagatesNull(Arithmetic operator, Object a, Object b, Object expected)
      throws SQLException {
    assertNull(operator.apply(null, b));
    assertNull(operator.apply(a, null));
  }

  @Test
  void offersTheOperatorsAsMethods() throws SQLException {
    assertEquals(n("3"), Coercion.add(n("1"), n("2")));
    assertEquals(n("-1"), Coercion.subtract(n("1"), n("2")));
    assertEquals(n("2"), Coercion.multiply(n("1"), n("2")));
    assertEquals(n("0.5"), Coercion.divide(n("1"), n("2")));
    assertEquals(n("1"), Coercion.modulo(n("1"), n("2")));
    assertEquals(n("-1.5"), Coercion.negate(n("1.5")));
    assertEquals(-3L, Coercion.negate(3L));
    assertEquals(-2.5d, Coercion.negate(2.5d));
    assertEquals(n("-4"), Coercion.negate("4"));
    assertNull(Coercion.negate(null));
  }

  static Stream<Arguments> invalidArithmetic() {
    return Stream.of(
        Arguments.of(Arithmetic.DIVIDE, n("5"), n("0"), "Division by zero: '5' / '0'", "22012"),
        Arguments.of(Arithmetic.DIVIDE, 5L, 0L, "Division by zero: '5' / '0'", "22012"),
        Arguments.of(Arithmetic.DIVIDE, 5d, 0d, "Division by zero", "22012"),
        Arguments.of(Arithmetic.MODULO, 5L, 0L, "Division by zero: '5' % '0'", "22012"),
        Arguments.of(Arithmetic.MODULO, n("5.5"), n("0.0"), "Division by zero", "22012"),
        Arguments.of(
            Arithmetic.ADD,
            Long.MAX_VALUE,
            1L,
            "Numeric overflow: '9223372036854775807' + '1'",
            "22003"),
        Arguments.of(Arithmetic.MULTIPLY, n("1E+100"), n("1E+30"), "Numeric overflow", "22003"),
        Arguments.of(Arithmetic.ADD, "n/a", n("1"), "Cannot convert 'n/a' to DECIMAL", "22018"),
        Arguments.of(
            Arithmetic.ADD, true, n("1"), "Operator + is not defined for BOOLEAN 'true'", "42804"),
        Arguments.of(
            Arithmetic.MULTIPLY, Map.of(), n("1"), "Operator * is not defined for JSON", "42804"),
        Arguments.of(
            Arithmetic.MULTIPLY,
            LocalDate.of(2024, 1, 1),
            n("2"),
            "Operator * is not defined for DATE '2024-01-01' and DECIMAL '2'",
            "42804"),
        Arguments.of(
            Arithmetic.ADD,
            LocalDate.of(2024, 1, 1),
            n("1.5"),
            "Cannot convert '1.5' to a whole number of days",
            "22018"));
  }

  @ParameterizedTest
  @MethodSource("invalidArithmetic")
  void refusesBadArithmetic(Arithmetic operator, Object a, Object b, String message, String state) {
    assertInvalid(() -> operator.apply(a, b), message, state);
  }

  @Test
  void refusesNegatingTheSmallestLong() {
    assertInvalid(() -> Coercion.negate(Long.MIN_VALUE), "out of range for BIGINT", "22003");
  }

  static Stream<Arguments> resultTypes() {
    return Stream.of(
        Arguments.of(Arithmetic.ADD, SqlType.BIGINT, SqlType.BIGINT, SqlType.BIGINT),
        Arguments.of(Arithmetic.DIVIDE, SqlType.BIGINT, SqlType.BIGINT, SqlType.DECIMAL),
        Arguments.of(Arithmetic.MODULO, SqlType.BIGINT, SqlType.BIGINT, SqlType.BIGINT),
        Arguments.of(Arithmetic.MULTIPLY, SqlType.BIGINT, SqlType.DECIMAL, SqlType.DECIMAL),
        Arguments.of(Arithmetic.ADD, SqlType.DECIMAL, SqlType.DOUBLE, SqlType.DOUBLE),
        Arguments.of(Arithmetic.ADD, SqlType.NULL, SqlType.DECIMAL, SqlType.DECIMAL),
        Arguments.of(Arithmetic.ADD, SqlType.VARIANT, SqlType.BIGINT, SqlType.DECIMAL),
        Arguments.of(Arithmetic.ADD, SqlType.DATE, SqlType.BIGINT, SqlType.DATE),
        Arguments.of(Arithmetic.SUBTRACT, SqlType.DATE, SqlType.DATE, SqlType.BIGINT));
  }

  @ParameterizedTest
  @MethodSource("resultTypes")
  void typesResultsLikeDuckDbButExactDivision(
      Arithmetic operator, SqlType a, SqlType b, SqlType expected) throws SQLException {
    assertEquals(expected, operator.resultType(a, b));
  }

  @Test
  void refusesResultTypesOfNonNumbers() {
    assertInvalid(
        () -> Arithmetic.ADD.resultType(SqlType.BOOLEAN, SqlType.BIGINT),
        "Operator + is not defined for BOOLEAN",
        "42804");
  }

  static Stream<Arguments> commonTypes() {
    return Stream.of(
        Arguments.of(SqlType.BIGINT, SqlType.BIGINT, SqlType.BIGINT),
        Arguments.of(SqlType.BIGINT, SqlType.DECIMAL, SqlType.DECIMAL),
        Arguments.of(SqlType.DOUBLE, SqlType.BIGINT, SqlType.DOUBLE),
        Arguments.of(SqlType.NULL, SqlType.VARCHAR, SqlType.VARCHAR),
        Arguments.of(SqlType.DATE, SqlType.NULL, SqlType.DATE),
        Arguments.of(SqlType.DATE, SqlType.TIMESTAMP, SqlType.TIMESTAMP),
        Arguments.of(SqlType.ARRAY, SqlType.JSON, SqlType.JSON),
        Arguments.of(SqlType.VARCHAR, SqlType.BIGINT, SqlType.VARIANT),
        Arguments.of(SqlType.BOOLEAN, SqlType.VARIANT, SqlType.VARIANT));
  }

  @ParameterizedTest
  @MethodSource("commonTypes")
  void findsTheCommonTypeBothWays(SqlType a, SqlType b, SqlType expected) {
    assertEquals(expected, Coercion.commonType(a, b));
    assertEquals(expected, Coercion.commonType(b, a));
  }

  @Test
  void readsNumbers() throws SQLException {
    assertEquals(n("12.5"), Coercion.toNumber(" 12.5 "));
    assertEquals(n("3"), Coercion.toNumber(3L));
    assertEquals(n("0.1"), Coercion.toNumber(0.1d));
    assertNull(Coercion.toNumber(null));
    assertInvalid(() -> Coercion.toNumber("x1"), "'x1'", "22018");
    assertInvalid(() -> Coercion.toNumber(Double.NaN), "'NaN'", "22018");
    assertInvalid(
        () -> Coercion.toNumber(false), "Expected a number, not BOOLEAN 'false'", "42804");
  }
}
