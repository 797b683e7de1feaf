package io.dynamosql.jdbc.exec.function;

import static io.dynamosql.jdbc.exec.function.Parameter.INTEGER;
import static io.dynamosql.jdbc.exec.function.Parameter.NUMBER;

import io.dynamosql.jdbc.error.SqlState;
import io.dynamosql.jdbc.exec.value.Arithmetic;
import io.dynamosql.jdbc.exec.value.Coercion;
import io.dynamosql.jdbc.exec.value.RuntimeType;
import io.dynamosql.jdbc.type.ConversionFailure;
import io.dynamosql.jdbc.type.SqlType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Numeric functions. Exact numbers stay exact (BigDecimal, or Long for integers); a DOUBLE argument
 * gives a DOUBLE.
 *
 * <ul>
 *   <li>ABS, SIGN (→ BIGINT -1, 0, 1), FLOOR, CEIL/CEILING: the argument's type.
 *   <li>ROUND(x [, digits]): half away from zero, like DuckDB and PostgreSQL's numeric ({@code
 *       ROUND(-2.5) = -3}, {@code ROUND(2.345, 2) = 2.35}); negative digits round left of the point
 *       ({@code ROUND(1234.5, -2) = 1200}). Doubles are rounded on their shortest decimal form, so
 *       {@code ROUND(2.675, 2)} is 2.68 rather than binary floating point's 2.67.
 *   <li>MOD(a, b): as the {@code %} operator (sign of the dividend, 22012 for b = 0).
 *   <li>POWER/POW(x, y), SQRT(x): DOUBLE, like DuckDB; SQRT of a negative number fails with 22003.
 * </ul>
 */
final class NumericFunctions {

  private NumericFunctions() {}

  static List<BuiltinFunction> all() {
    BuiltinFunction ceil =
        BuiltinFunction.named("CEIL")
            .takes(NumericFunctions::sameNumber, NUMBER)
            .does(a -> toWhole((Number) a.get(0), RoundingMode.CEILING, Math::ceil));
    BuiltinFunction power =
        BuiltinFunction.named("POWER")
            .takes(SqlType.DOUBLE, NUMBER, NUMBER)
            .does(
                a ->
                    Math.pow(((Number) a.get(0)).doubleValue(), ((Number) a.get(1)).doubleValue()));
    return List.of(
        BuiltinFunction.named("ABS")
            .takes(NumericFunctions::sameNumber, NUMBER)
            .does(a -> abs((Number) a.get(0))),
        BuiltinFunction.named("SIGN")
            .takes(SqlType.BIGINT, NUMBER)
            .does(a -> sign((Number) a.get(0))),
        BuiltinFunction.named("FLOOR")
            .takes(NumericFunctions::sameNumber, NUMBER)
            .does(a -> toWhole((Number) a.get(0), RoundingMode.FLOOR, Math::floor)),
        ceil,
        ceil.alias("CEILING"),
        BuiltinFunction.named("ROUND")
            .takes(NumericFunctions::sameNumber, NUMBER)
            .takes(NumericFunctions::sameNumber, NUMBER, INTEGER)
            .does(a -> round((Number) a.get(0), a.size() > 1 ? (Long) a.get(1) : 0L)),
        BuiltinFunction.named("MOD")
            .takes(t -> Arithmetic.MODULO.resultType(t.get(0), t.get(1)), NUMBER, NUMBER)
            .does(a -> Arithmetic.MODULO.apply(a.get(0), a.get(1))),
        power,
        power.alias("POW"),
        BuiltinFunction.named("SQRT")
            .takes(SqlType.DOUBLE, NUMBER)
            .does(a -> sqrt((Number) a.get(0))));
  }

  /** The argument's numeric type; DECIMAL when only the run time knows (NULL, VARCHAR, VARIANT). */
  private static SqlType sameNumber(List<SqlType> types) {
    SqlType type = types.get(0);
    return type.isNumeric() ? type : SqlType.DECIMAL;
  }

  private static boolean isDouble(Number number) {
    return number instanceof Double || number instanceof Float;
  }

  private static Object abs(Number number) throws SQLException {
    if (isDouble(number)) {
      return Math.abs(number.doubleValue());
    }
    if (number instanceof Long value) {
      if (value == Long.MIN_VALUE) {
        throw ConversionFailure.outOfRange(value, SqlType.BIGINT.typeName());
      }
      return Math.abs(value);
    }
    return Coercion.toNumber(number).abs();
  }

  private static Object toWhole(Number number, RoundingMode mode, DoubleUnaryOperator onDouble)
      throws SQLException {
    if (isDouble(number)) {
      return onDouble.applyAsDouble(number.doubleValue());
    }
    if (number instanceof Long) {
      return number;
    }
    return Coercion.toNumber(number).setScale(0, mode);
  }

  private static Object round(Number number, long digits) throws SQLException {
    if (isDouble(number) && !Double.isFinite(number.doubleValue())) {
      return number;
    }
    if (number instanceof Long && digits >= 0) {
      return number;
    }
    int scale = (int) Math.max(-SqlType.DECIMAL.precision() * 4L, Math.min(digits, 1000));
    BigDecimal rounded = Coercion.toNumber(number).setScale(scale, RoundingMode.HALF_UP);
    if (scale < 0) {
      rounded = rounded.setScale(0, RoundingMode.UNNECESSARY);
    }
    if (isDouble(number)) {
      return rounded.doubleValue();
    }
    return number instanceof Long ? Coercion.cast(rounded, SqlType.BIGINT) : rounded;
  }

  private static long sign(Number number) throws SQLException {
    return isDouble(number)
        ? (long) Math.signum(number.doubleValue())
        : Coercion.toNumber(number).signum();
  }

  private static double sqrt(Number number) throws SQLException {
    double value = number.doubleValue();
    if (value < 0) {
      throw SqlState.NUMERIC_VALUE_OUT_OF_RANGE.exception(
          "SQRT of a negative number: " + RuntimeType.describe(number));
    }
    return Math.sqrt(value);
  }
}
