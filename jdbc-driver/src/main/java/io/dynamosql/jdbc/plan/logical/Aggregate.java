package io.dynamosql.jdbc.plan.logical;

import io.dynamosql.jdbc.plan.expr.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * GROUP BY: one row per distinct value of {@code groups} (one row in all when there are no groups),
 * the group values first, then the aggregates.
 */
public record Aggregate(
    LogicalPlan input, List<Expr> groups, List<AggregateCall> aggregates, List<Field> fields)
    implements LogicalPlan {

  public Aggregate {
    groups = List.copyOf(groups);
    aggregates = List.copyOf(aggregates);
    fields = List.copyOf(fields);
  }

  @Override
  public List<LogicalPlan> inputs() {
    return List.of(input);
  }

  @Override
  public List<Expr> expressions() {
    List<Expr> all = new ArrayList<>(groups);
    aggregates.stream().filter(a -> a.argument() != null).forEach(a -> all.add(a.argument()));
    return all;
  }

  @Override
  public LogicalPlan withInputs(List<LogicalPlan> inputs) {
    return new Aggregate(inputs.get(0), groups, aggregates, fields);
  }

  @Override
  public String describe() {
    return "HashAggregate"
        + (groups.isEmpty()
            ? ""
            : " group by " + groups.stream().map(Expr::sql).collect(Collectors.joining(", ")))
        + " compute "
        + aggregates.stream().map(AggregateCall::sql).collect(Collectors.joining(", "));
  }
}
