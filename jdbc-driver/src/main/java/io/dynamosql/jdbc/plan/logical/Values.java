package io.dynamosql.jdbc.plan.logical;

import io.dynamosql.jdbc.plan.expr.Expr;
import java.util.List;

/** One row of no columns: the FROM of a SELECT without FROM. */
public record Values() implements LogicalPlan {

  @Override
  public List<Field> fields() {
    return List.of();
  }

  @Override
  public List<LogicalPlan> inputs() {
    return List.of();
  }

  @Override
  public List<Expr> expressions() {
    return List.of();
  }

  @Override
  public LogicalPlan withInputs(List<LogicalPlan> inputs) {
    return this;
  }

  @Override
  public String describe() {
    return "Values (one row)";
  }
}
