package io.dynamosql.jdbc.plan.logical;

import io.dynamosql.jdbc.plan.expr.Expr;
import java.util.List;

/**
 * OFFSET / LIMIT / FETCH FIRST: skips {@code offset} rows, then passes at most {@code fetch} (a
 * fixed {@code -1}: all).
 */
public record Limit(LogicalPlan input, RowCount offset, RowCount fetch) implements LogicalPlan {

  public Limit(LogicalPlan input, long offset, long fetch) {
    this(input, new RowCount.Fixed(offset), new RowCount.Fixed(fetch));
  }

  /** Whether both counts are written in the statement (none is a {@code ?} marker). */
  public boolean fixed() {
    return offset instanceof RowCount.Fixed && fetch instanceof RowCount.Fixed;
  }

  /** The fixed offset; only when {@link #fixed()}. */
  public long offsetValue() {
    return ((RowCount.Fixed) offset).value();
  }

  /** The fixed fetch count, {@code -1} for all; only when {@link #fixed()}. */
  public long fetchValue() {
    return ((RowCount.Fixed) fetch).value();
  }

  @Override
  public List<Field> fields() {
    return input.fields();
  }

  @Override
  public List<LogicalPlan> inputs() {
    return List.of(input);
  }

  @Override
  public List<Expr> expressions() {
    return List.of();
  }

  @Override
  public LogicalPlan withInputs(List<LogicalPlan> inputs) {
    return new Limit(inputs.get(0), offset, fetch);
  }

  @Override
  public String describe() {
    return "Limit " + fetch.sql() + (offset.equals(RowCount.NONE) ? "" : " offset " + offset.sql());
  }
}
