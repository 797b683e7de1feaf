package io.dynamosql.jdbc.plan.logical;

import io.dynamosql.jdbc.plan.expr.Expr;
import java.util.List;

/** Keeps the rows for which {@code condition} is TRUE. */
public record Filter(LogicalPlan input, Expr condition) implements LogicalPlan {

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
    return List.of(condition);
  }

  @Override
  public LogicalPlan withInputs(List<LogicalPlan> inputs) {
    return new Filter(inputs.get(0), condition);
  }

  @Override
  public String describe() {
    return "Filter " + condition.sql();
  }
}
