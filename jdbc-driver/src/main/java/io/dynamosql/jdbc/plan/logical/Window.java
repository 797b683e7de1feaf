package io.dynamosql.jdbc.plan.logical;

import io.dynamosql.jdbc.plan.expr.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Appends one column per window function to each input row. */
public record Window(LogicalPlan input, List<WindowCall> calls, List<Field> fields)
    implements LogicalPlan {

  public Window {
    calls = List.copyOf(calls);
    fields = List.copyOf(fields);
  }

  @Override
  public List<LogicalPlan> inputs() {
    return List.of(input);
  }

  @Override
  public List<Expr> expressions() {
    List<Expr> all = new ArrayList<>();
    for (WindowCall call : calls) {
      all.addAll(call.partitionBy());
      call.orderBy().forEach(k -> all.add(k.expr()));
      all.addAll(call.function().arguments());
    }
    return all;
  }

  @Override
  public LogicalPlan withInputs(List<LogicalPlan> inputs) {
    return new Window(inputs.get(0), calls, fields);
  }

  @Override
  public String describe() {
    return "Window " + calls.stream().map(WindowCall::sql).collect(Collectors.joining(", "));
  }
}
