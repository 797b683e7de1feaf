package io.dynamosql.jdbc.plan.logical;

import io.dynamosql.jdbc.plan.expr.Expr;
import java.util.List;

/** SELECT DISTINCT: the first row of each distinct value, streaming. */
public record Distinct(LogicalPlan input) implements LogicalPlan {

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
    return new Distinct(inputs.get(0));
  }

  @Override
  public String describe() {
    return "HashDistinct";
  }
}
