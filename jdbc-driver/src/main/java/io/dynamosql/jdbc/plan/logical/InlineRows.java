package io.dynamosql.jdbc.plan.logical;

import io.dynamosql.jdbc.plan.expr.Expr;
import java.util.ArrayList;
import java.util.List;

/** {@code VALUES (...), (...)}: rows written in the statement, each expression evaluated once. */
public record InlineRows(List<List<Expr>> rows, List<Field> fields) implements LogicalPlan {

  public InlineRows {
    rows = rows.stream().map(List::copyOf).toList();
    fields = List.copyOf(fields);
  }

  @Override
  public List<LogicalPlan> inputs() {
    return List.of();
  }

  @Override
  public List<Expr> expressions() {
    List<Expr> all = new ArrayList<>();
    rows.forEach(all::addAll);
    return all;
  }

  @Override
  public LogicalPlan withInputs(List<LogicalPlan> inputs) {
    return this;
  }

  @Override
  public String describe() {
    return "Values (" + rows.size() + (rows.size() == 1 ? " row)" : " rows)");
  }
}
