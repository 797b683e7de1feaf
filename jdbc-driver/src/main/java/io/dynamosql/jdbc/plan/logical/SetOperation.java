package io.dynamosql.jdbc.plan.logical;

import io.dynamosql.jdbc.plan.expr.Expr;
import java.util.List;

/** UNION / INTERSECT / EXCEPT, with or without ALL; columns match by position. */
public record SetOperation(
    Kind kind, boolean all, LogicalPlan left, LogicalPlan right, List<Field> fields)
    implements LogicalPlan {

  /** The set operators. */
  public enum Kind {
    UNION,
    INTERSECT,
    EXCEPT
  }

  public SetOperation {
    fields = List.copyOf(fields);
  }

  @Override
  public List<LogicalPlan> inputs() {
    return List.of(left, right);
  }

  @Override
  public List<Expr> expressions() {
    return List.of();
  }

  @Override
  public LogicalPlan withInputs(List<LogicalPlan> inputs) {
    return new SetOperation(kind, all, inputs.get(0), inputs.get(1), fields);
  }

  @Override
  public String describe() {
    return kind + (all ? " ALL" : "");
  }
}
