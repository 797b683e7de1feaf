package io.dynamosql.jdbc.exec.value;

import io.dynamosql.jdbc.error.SqlState;
import io.dynamosql.jdbc.type.ConversionFailure;
import io.dynamosql.jdbc.type.SqlType;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The binary arithmetic operators, null-propagating.
 *
 * <ul>
 *   <li>Operands: numbers (BigDecimal, Long, Double) and strings that read as numbers (as DuckDB
 *       reads a string literal); anything else fails with 42804.
 *   <li>Long with Long stays Long (22003 on overflow, like DuckDB's BIGINT); a Double makes the
 *       result Double; otherwise BigDecimal rounded to 38 significant digits, half away from zero
 *       ({@link Coercion#PRECISION}, DynamoDB's precision; DECIMAL128 has only 34), and 22003
 *       beyond DynamoDB's range (10^126).
 *   <li>Division is exact to 38 digits even for integers ({@code 7 / 2 = 3.5}); DuckDB gives the
 *       same values as DOUBLE. Division or modulo by zero fails with 22012 (DuckDB would answer
 *       NULL or Infinity). Modulo takes the sign of the dividend ({@code -7 % 3 = -1}).
 *   <li>Dates: {@code date ± integer} adds days, {@code date - date} is the number of days between
 *       (BIGINT), as in DuckDB.
 * </ul>
 */
public enum Arithmetic {
  ADD("+"),
  SUBTRACT("-"),
  MULTIPLY("*"),
  DIVIDE("/"),
  MODULO("%");

  /** DynamoDB numbers have a magnitude below 10^126. */
  private static final BigDecimal LIMIT = BigDecimal.TEN.pow(126);

  private final String symbol;

  Arithmetic(String symbol) {
    this.symbol = symbol;
  }

  /** The SQL operator, e.g. {@code "+"}. */
  public String symbol() {
    return symbol;
  }

  /**
   * The result type for operands of these types: BIGINT with BIGINT stays BIGINT except for
   * division (DECIMAL); DOUBLE wins over DECIMAL, DECIMAL over BIGINT; VARCHAR and VARIANT operands
   * count as DECIMAL (read at run time); NULL takes the other operand's type.
   *
   * @throws SQLException 42804 for operands that are not numbers
   */
  public SqlType resultType(SqlType left, SqlType right) throws SQLException {
    if (left == SqlType.DATE && (this == ADD || this == SUBTRACT)) {
      return right == SqlType.DATE && this == SUBTRACT ? SqlType.BIGINT : SqlType.DATE;
    }
    if (right == SqlType.DATE && this == ADD) {
      return SqlType.DATE;
    }
    SqlType a = numericType(left);
    SqlType b = numericType(right);
    if (a == SqlType.DOUBLE || b == SqlType.DOUBLE) {
      return SqlType.DOUBLE;
    }
    if (a == SqlType.DECIMAL || b == SqlType.DECIMAL || this == DIVIDE) {
      return SqlType.DECIMAL;
    }
    return SqlType.BIGINT;
  }

  private SqlType numericType(SqlType type) throws SQLException {
    return switch (type) {
      case BIGINT, DECIMAL, DOUBLE -> type;
      case NULL -> SqlType.BIGINT;
      case VARCHAR, VARIANT -> SqlType.DECIMAL;
      default ->
          throw SqlState.DATATYPE_MISMATCH.exception(
              "Operator " + symbol + " is not defined for " + type.typeName());
    };
  }

  /**
   * The operator applied to two values; null if either is null.
   *
   * @throws SQLException 42804 for non-numeric operands, 22018 for strings that are not numbers,
   *     22012 on division by zero, 22003 on overflow
   */
  public Object apply(Object left, Object right) throws SQLException {
    if (left == null || right == null) {
      return null;
    }
    if (left instanceof LocalDate || right instanceof LocalDate) {
      return applyToDate(left, right);
    }
    Number a = operand(left);
    Number b = operand(right);
    if (RuntimeType.isIntegral(a) && RuntimeType.isIntegral(b)) {
      return applyToLongs(a.longValue(), b.longValue(), left, right);
    }
    if (a instanceof Double || a instanceof Float || b instanceof Double || b instanceof Float) {
      return applyToDoubles(a.doubleValue(), b.doubleValue(), left, right);
    }
    return applyToDecimals(Coercion.toNumber(a), Coercion.toNumber(b), left, right);
  }

  private Number operand(Object value) throws SQLException {
    if (value instanceof Number number) {
      return number;
    }
    if (value instanceof String) {
      return Coercion.toNumber(value);
    }
    throw SqlState.DATATYPE_MISMATCH.exception(
        "Operator " + symbol + " is not defined for " + RuntimeType.describe(value));
  }

  private Object applyToDate(Object left, Object right) throws SQLException {
    if (left instanceof LocalDate a && right instanceof LocalDate b && this == SUBTRACT) {
      return ChronoUnit.DAYS.between(b, a);
    }
    if (left instanceof LocalDate date && (this == ADD || this == SUBTRACT)) {
      long days = days(right);
      return this == ADD ? date.plusDays(days) : date.minusDays(days);
    }
    if (right instanceof LocalDate date && this == ADD) {
      return date.plusDays(days(left));
    }
    throw SqlState.DATATYPE_MISMATCH.exception(
        "Operator "
            + symbol
            + " is not defined for "
            + RuntimeType.describe(left)
            + " and "
            + RuntimeType.describe(right));
  }

  private long days(Object value) throws SQLException {
    try {
      return Coercion.toNumber(operand(value)).longValueExact();
    } catch (ArithmeticException notWhole) {
      throw ConversionFailure.invalid(value, "a whole number of days");
    }
  }

  private Object applyToLongs(long a, long b, Object left, Object right) throws SQLException {
    try {
      return switch (this) {
        case ADD -> Math.addExact(a, b);
        case SUBTRACT -> Math.subtractExact(a, b);
        case MULTIPLY -> Math.multiplyExact(a, b);
        case MODULO -> {
          requireNonZero(b == 0, left, right);
          yield a % b;
        }
        case DIVIDE -> applyToDecimals(BigDecimal.valueOf(a), BigDecimal.valueOf(b), left, right);
      };
    } catch (ArithmeticException overflow) {
      throw overflow(left, right);
    }
  }

  private Object applyToDoubles(double a, double b, Object left, Object right) throws SQLException {
    return switch (this) {
      case ADD -> a + b;
      case SUBTRACT -> a - b;
      case MULTIPLY -> a * b;
      case DIVIDE -> {
        requireNonZero(b == 0, left, right);
        yield a / b;
      }
      case MODULO -> {
        requireNonZero(b == 0, left, right);
        yield a % b;
      }
    };
  }

  private Object applyToDecimals(BigDecimal a, BigDecimal b, Object left, Object right)
      throws SQLException {
    BigDecimal result =
        switch (this) {
          case ADD -> a.add(b, Coercion.PRECISION);
          case SUBTRACT -> a.subtract(b, Coercion.PRECISION);
          case MULTIPLY -> a.multiply(b, Coercion.PRECISION);
          case DIVIDE -> {
            requireNonZero(b.signum() == 0, left, right);
            yield a.divide(b, Coercion.PRECISION);
          }
          case MODULO -> {
            requireNonZero(b.signum() == 0, left, right);
            yield a.remainder(b, Coercion.PRECISION);
          }
        };
    if (result.abs().compareTo(LIMIT) >= 0) {
      throw overflow(left, right);
    }
    return result;
  }

  private void requireNonZero(boolean zero, Object left, Object right) throws SQLException {
    if (zero) {
      throw SqlState.DIVISION_BY_ZERO.exception(
          "Division by zero: "
              + ConversionFailure.describe(left)
              + " "
              + symbol
              + " "
              + ConversionFailure.describe(right));
    }
  }

  private SQLException overflow(Object left, Object right) {
    return SqlState.NUMERIC_VALUE_OUT_OF_RANGE.exception(
        "Numeric overflow: "
            + ConversionFailure.describe(left)
            + " "
            + symbol
            + " "
            + ConversionFailure.describe(right));
  }
}
