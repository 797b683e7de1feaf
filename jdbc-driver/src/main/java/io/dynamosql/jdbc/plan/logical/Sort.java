package io.dynamosql.jdbc.plan.logical;

import io.dynamosql.jdbc.plan.expr.Expr;
import java.util.List;
import java.util.stream.Collectors;

/** ORDER BY, done locally (in memory, within the memory limit). */
public record Sort(LogicalPlan input, List<SortKey> keys) implements LogicalPlan {

  public Sort {
    keys = List.copyOf(keys);
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
    return keys.stream().map(SortKey::expr).toList();
  }

  @Override
  public LogicalPlan withInputs(List<LogicalPlan> inputs) {
    return new Sort(inputs.get(0), keys);
  }

  @Override
  public String describe() {
    return "Sort " + keys.stream().map(SortKey::sql).collect(Collectors.joining(", "));
  }
}
