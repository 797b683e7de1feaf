package io.dynamosql.jdbc.plan.logical;

import io.dynamosql.jdbc.plan.expr.Expr;
import java.util.List;
import java.util.stream.Collectors;

/** Computes one output column per expression. */
public record Project(LogicalPlan input, List<Expr> exprs, List<Field> fields)
    implements LogicalPlan {

  public Project {
    exprs = List.copyOf(exprs);
    fields = List.copyOf(fields);
  }

  @Override
  public List<LogicalPlan> inputs() {
    return List.of(input);
  }

  @Override
  public List<Expr> expressions() {
    return exprs;
  }

  @Override
  public LogicalPlan withInputs(List<LogicalPlan> inputs) {
    return new Project(inputs.get(0), exprs, fields);
  }

  @Override
  public String describe() {
    return "Project " + exprs.stream().map(Expr::sql).collect(Collectors.joining(", "));
  }
}
