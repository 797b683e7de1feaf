package io.dynamosql.jdbc.exec;

import io.dynamosql.jdbc.error.Excerpt;
import io.dynamosql.jdbc.error.SqlState;
import io.dynamosql.jdbc.plan.expr.EvalContext;
import io.dynamosql.jdbc.plan.logical.RowCount;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;

/** The value of a LIMIT / OFFSET / FETCH count for one execution. */
final class RowCounts {

  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private RowCounts() {}

  /**
   * @param ifNull the count a NULL value means (LIMIT NULL: all rows, OFFSET NULL: none)
   * @throws SQLException 22023 when the value is negative or not an integer
   */
  static long of(RowCount count, String clause, long ifNull, EvalContext context)
      throws SQLException {
    if (count instanceof RowCount.Fixed fixed) {
      return fixed.value();
    }
    Object value = context.parameter(((RowCount.Bound) count).index());
    if (value == null) {
      return ifNull;
    }
    if (!(value instanceof BigDecimal number)) {
      throw invalid(clause, String.valueOf(value));
    }
    BigInteger integral;
    try {
      integral = number.toBigIntegerExact();
    } catch (ArithmeticException fraction) {
      throw invalid(clause, number.toPlainString());
    }
    if (integral.signum() < 0) {
      throw invalid(clause, integral.toString());
    }
    // Beyond a long, a count means "all rows".
    return number.compareTo(LONG_MAX) > 0 ? Long.MAX_VALUE : integral.longValueExact();
  }

  static SQLException invalid(String clause, String value) {
    return SqlState.INVALID_PARAMETER_VALUE.exception(
        clause + " needs a non-negative integer, not " + Excerpt.of(value));
  }
}
