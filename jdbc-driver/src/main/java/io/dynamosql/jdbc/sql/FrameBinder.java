package io.dynamosql.jdbc.sql;

import io.dynamosql.jdbc.error.Excerpt;
import io.dynamosql.jdbc.error.SqlState;
import io.dynamosql.jdbc.plan.logical.WindowFrame;
import io.dynamosql.jdbc.plan.logical.WindowFrame.Bound;
import io.dynamosql.jdbc.plan.logical.WindowFrame.Direction;
import java.math.BigInteger;
import java.sql.SQLException;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.WindowElement;
import net.sf.jsqlparser.expression.WindowOffset;

/**
 * Binds a window frame clause: {@code ROWS} with any bounds, {@code RANGE} with UNBOUNDED and
 * CURRENT ROW bounds (offsets on RANGE would need arithmetic on the ORDER BY key).
 */
final class FrameBinder {

  private FrameBinder() {}

  /** The frame of {@code element}; {@link WindowFrame#DEFAULT} when there is none. */
  static WindowFrame bind(WindowElement element) throws SQLException {
    if (element == null) {
      return WindowFrame.DEFAULT;
    }
    if (element.getType() == WindowElement.Type.GROUPS || element.getExclusion() != null) {
      throw SqlState.FEATURE_NOT_SUPPORTED.exception(
          "Not supported: GROUPS frames and EXCLUDE in window frames: "
              + Excerpt.of(element.toString()));
    }
    WindowFrame.Unit unit =
        element.getType() == WindowElement.Type.ROWS
            ? WindowFrame.Unit.ROWS
            : WindowFrame.Unit.RANGE;
    Bound start;
    Bound end;
    if (element.getRange() != null) {
      start = bound(element.getRange().getStart(), true, element);
      end = bound(element.getRange().getEnd(), false, element);
    } else {
      start = bound(element.getOffset(), true, element);
      end = Bound.CURRENT_ROW;
    }
    check(unit, start, end, element);
    return new WindowFrame(unit, start, end);
  }

  private static Bound bound(WindowOffset offset, boolean isStart, WindowElement element)
      throws SQLException {
    return switch (offset.getType()) {
      case CURRENT -> Bound.CURRENT_ROW;
      case PRECEDING ->
          offset.getExpression() == null
              ? Bound.UNBOUNDED_PRECEDING
              : new Bound(Direction.PRECEDING, rows(offset.getExpression()));
      case FOLLOWING ->
          offset.getExpression() == null
              ? Bound.UNBOUNDED_FOLLOWING
              : new Bound(Direction.FOLLOWING, rows(offset.getExpression()));
      default ->
          throw SqlState.SYNTAX_ERROR.exception(
              "A window frame "
                  + (isStart ? "start" : "end")
                  + " is UNBOUNDED PRECEDING, n PRECEDING, CURRENT ROW, n FOLLOWING or UNBOUNDED"
                  + " FOLLOWING: "
                  + Excerpt.of(element.toString()));
    };
  }

  private static long rows(Expression expression) throws SQLException {
    if (expression instanceof LongValue value) {
      BigInteger count = new BigInteger(value.getStringValue());
      return count.bitLength() < 63 ? count.longValue() : Long.MAX_VALUE / 2;
    }
    if (expression instanceof SignedExpression signed
        && signed.getSign() == '-'
        && signed.getExpression() instanceof LongValue) {
      throw SqlState.INVALID_PARAMETER_VALUE.exception(
          "A window frame offset must not be negative: " + Excerpt.of(expression.toString()));
    }
    throw SqlState.FEATURE_NOT_SUPPORTED.exception(
        "Not supported: the window frame offset "
            + Excerpt.of(expression.toString())
            + " (a non-negative integer is needed)");
  }

  private static void check(WindowFrame.Unit unit, Bound start, Bound end, WindowElement element)
      throws SQLException {
    if (start.direction() == Direction.UNBOUNDED_FOLLOWING) {
      throw invalid("cannot start at UNBOUNDED FOLLOWING", element);
    }
    if (end.direction() == Direction.UNBOUNDED_PRECEDING) {
      throw invalid("cannot end at UNBOUNDED PRECEDING", element);
    }
    if (start.direction() == Direction.CURRENT_ROW && end.direction() == Direction.PRECEDING) {
      throw invalid("starting at the current row cannot end before it", element);
    }
    if (start.direction() == Direction.FOLLOWING
        && (end.direction() == Direction.PRECEDING || end.direction() == Direction.CURRENT_ROW)) {
      throw invalid("starting after the current row cannot end before it", element);
    }
    if (unit == WindowFrame.Unit.RANGE
        && (start.direction() == Direction.PRECEDING
            || start.direction() == Direction.FOLLOWING
            || end.direction() == Direction.PRECEDING
            || end.direction() == Direction.FOLLOWING)) {
      throw SqlState.FEATURE_NOT_SUPPORTED.exception(
          "Not supported: RANGE frames with n PRECEDING / n FOLLOWING (write ROWS, or RANGE with"
              + " UNBOUNDED and CURRENT ROW bounds): "
              + Excerpt.of(element.toString()));
    }
  }

  private static SQLException invalid(String why, WindowElement element) {
    return SqlState.SYNTAX_ERROR.exception(
        "A window frame " + why + ": " + Excerpt.of(element.toString()));
  }
}
