package io.dynamosql.jdbc.exec.value;

import io.dynamosql.jdbc.error.SqlState;
import io.dynamosql.jdbc.type.ConversionFailure;
import io.dynamosql.jdbc.type.SetValue;
import io.dynamosql.jdbc.type.SqlType;
import io.dynamosql.jdbc.type.TemporalConversions;
import io.dynamosql.jdbc.type.ValueConversions;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;

/**
 * CAST, the common type of CASE/COALESCE/UNION branches, and arithmetic (delegating to {@link
 * Arithmetic}). Every method propagates null.
 *
 * <p>CAST follows DuckDB where SQL leaves a choice: to BIGINT rounds half away from zero ({@code
 * CAST(2.5 AS BIGINT) = 3}, also from strings such as {@code '9.99'}); booleans cast to 1/0 and
 * from numbers (non-zero is true) and from true/false/t/f/yes/no/y/n/1/0; DATE and TIMESTAMP read
 * ISO-8601 strings and epoch numbers (seconds, or milliseconds above 10^11) as {@link
 * TemporalConversions} does, in UTC; to VARCHAR renders numbers in plain notation, dates and
 * timestamps in ISO-8601. A value that has no representation fails with 22018 quoting it; a number
 * beyond the target's range with 22003.
 */
public final class Coercion {

  /** DynamoDB's 38 significant digits, rounding half away from zero like DuckDB. */
  public static final MathContext PRECISION = new MathContext(38, RoundingMode.HALF_UP);

  private Coercion() {}

  /**
   * {@code CAST(value AS target)}: DATE gives a LocalDate, TIMESTAMP an Instant, BIGINT a Long,
   * DOUBLE a Double, DECIMAL a BigDecimal; JSON and VARIANT keep the value as it is, ARRAY accepts
   * sets and lists.
   *
   * @throws SQLException 22018 when the value cannot be converted, 22003 when out of range
   */
  public static Object cast(Object value, SqlType target) throws SQLException {
    if (value == null) {
      return null;
    }
    return switch (target) {
      case VARCHAR -> ValueConversions.toText(value);
      case DECIMAL -> withinRange(ValueConversions.toBigDecimal(value).round(PRECISION), value);
      case BIGINT -> toBigint(value);
      case DOUBLE -> ValueConversions.toDouble(value);
      case BOOLEAN -> ValueConversions.toBoolean(value);
      case VARBINARY -> ValueConversions.toBytes(value);
      case DATE -> TemporalConversions.toLocalDate(value, ZoneOffset.UTC);
      case TIMESTAMP -> TemporalConversions.toInstant(value, ZoneOffset.UTC);
      case ARRAY -> {
        if (value instanceof SetValue || value instanceof List<?>) {
          yield value;
        }
        throw ConversionFailure.invalid(value, target.typeName());
      }
      case JSON, VARIANT -> value;
      case NULL -> throw ConversionFailure.invalid(value, target.typeName());
    };
  }

  /**
   * {@code CAST(value AS DECIMAL(precision, scale))}: rounded half away from zero to {@code scale}
   * digits.
   *
   * @throws SQLException 22003 when more than {@code precision - scale} integer digits remain,
   *     22018 when the value is not a number
   */
  public static BigDecimal castDecimal(Object value, int precision, int scale) throws SQLException {
    if (value == null) {
      return null;
    }
    BigDecimal result = ValueConversions.toBigDecimal(value).setScale(scale, RoundingMode.HALF_UP);
    if (result.precision() - result.scale() > precision - scale) {
      throw ConversionFailure.outOfRange(value, "DECIMAL(" + precision + "," + scale + ")");
    }
    return result;
  }

  private static Long toBigint(Object value) throws SQLException {
    if (RuntimeType.isIntegral(value)) {
      return ((Number) value).longValue();
    }
    try {
      return ValueConversions.toBigDecimal(value)
          .setScale(0, RoundingMode.HALF_UP)
          .longValueExact();
    } catch (ArithmeticException e) {
      throw ConversionFailure.outOfRange(value, SqlType.BIGINT.typeName());
    }
  }

  private static BigDecimal withinRange(BigDecimal number, Object original) throws SQLException {
    if (number.precision() - number.scale() > 126) {
      throw ConversionFailure.outOfRange(original, SqlType.DECIMAL.typeName());
    }
    return number;
  }

  /**
   * The type that values of both types are given in CASE, COALESCE and set operations: the same
   * type; the other when one is NULL; DOUBLE over DECIMAL over BIGINT; TIMESTAMP over DATE; JSON
   * over ARRAY; VARIANT (values kept as they are) for anything else.
   */
  public static SqlType commonType(SqlType a, SqlType b) {
    if (a == b || b == SqlType.NULL) {
      return a;
    }
    if (a == SqlType.NULL) {
      return b;
    }
    if (a.isNumeric() && b.isNumeric()) {
      return a == SqlType.DOUBLE || b == SqlType.DOUBLE ? SqlType.DOUBLE : SqlType.DECIMAL;
    }
    if (isEither(a, b, SqlType.DATE, SqlType.TIMESTAMP)) {
      return SqlType.TIMESTAMP;
    }
    if (isEither(a, b, SqlType.ARRAY, SqlType.JSON)) {
      return SqlType.JSON;
    }
    return SqlType.VARIANT;
  }

  private static boolean isEither(SqlType a, SqlType b, SqlType x, SqlType y) {
    return (a == x && b == y) || (a == y && b == x);
  }

  /**
   * A number as a BigDecimal: numbers as they are (doubles through their shortest decimal form),
   * strings that read as numbers (trimmed).
   *
   * @throws SQLException 22018 for a string that is not a number or a non-finite double, 42804 for
   *     a value of another type
   */
  public static BigDecimal toNumber(Object value) throws SQLException {
    if (value == null) {
      return null;
    }
    if (value instanceof Number number && !ValueOrder.isNonFinite(number)) {
      return ValueOrder.decimal(number);
    }
    if (value instanceof Number || value instanceof String) {
      return ValueConversions.toBigDecimal(value);
    }
    throw SqlState.DATATYPE_MISMATCH.exception(
        "Expected a number, not " + RuntimeType.describe(value));
  }

  /** {@code a + b}; see {@link Arithmetic}. */
  public static Object add(Object a, Object b) throws SQLException {
    return Arithmetic.ADD.apply(a, b);
  }

  /** {@code a - b}; see {@link Arithmetic}. */
  public static Object subtract(Object a, Object b) throws SQLException {
    return Arithmetic.SUBTRACT.apply(a, b);
  }

  /** {@code a * b}; see {@link Arithmetic}. */
  public static Object multiply(Object a, Object b) throws SQLException {
    return Arithmetic.MULTIPLY.apply(a, b);
  }

  /** {@code a / b}; see {@link Arithmetic}. */
  public static Object divide(Object a, Object b) throws SQLException {
    return Arithmetic.DIVIDE.apply(a, b);
  }

  /** {@code a % b}; see {@link Arithmetic}. */
  public static Object modulo(Object a, Object b) throws SQLException {
    return Arithmetic.MODULO.apply(a, b);
  }

  /** {@code -a}: Long overflow fails with 22003. */
  public static Object negate(Object a) throws SQLException {
    if (a == null) {
      return null;
    }
    if (RuntimeType.isIntegral(a)) {
      long value = ((Number) a).longValue();
      if (value == Long.MIN_VALUE) {
        throw ConversionFailure.outOfRange(a, SqlType.BIGINT.typeName());
      }
      return -value;
    }
    if (a instanceof Double || a instanceof Float) {
      return -((Number) a).doubleValue();
    }
    return toNumber(a).negate();
  }
}
