package io.dynamosql.jdbc.plan.logical;

import io.dynamosql.jdbc.plan.expr.Expr;
import java.util.List;

/**
 * OFFSET / LIMIT / FETCH FIRST: skips {@code offset} rows, then passes at most {@code fetch}
 * ({@code -1}: all).
 */
public record Limit(LogicalPlan input, long offset, long fetch) implements LogicalPlan {

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
    return "Limit "
        + (fetch < 0 ? "ALL" : String.valueOf(fetch))
        + (offset > 0 ? " offset " + offset : "");
  }
}
