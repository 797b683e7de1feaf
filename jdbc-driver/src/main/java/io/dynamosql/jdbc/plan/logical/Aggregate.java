package io.dynamosql.jdbc.plan.logical;

import io.dynamosql.jdbc.plan.expr.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * GROUP BY: one row per distinct value of {@code groups} (one row in all when there are no groups),
 * the group values first, then the aggregates.
 *
 * <p>With grouping sets (GROUPING SETS, ROLLUP, CUBE) the rows are grouped once per set, by the
 * groups it lists (the others are NULL in its rows), and each row ends with its grouping id: a bit
 * per group, the first group highest, set when the group is not in the row's set (what GROUPING()
 * reads).
 *
 * @param groupingSets the indexes into {@code groups} of each set; empty for a plain GROUP BY
 */
public record Aggregate(
    LogicalPlan input,
    List<Expr> groups,
    List<AggregateCall> aggregates,
    List<List<Integer>> groupingSets,
    List<Field> fields)
    implements LogicalPlan {

  public Aggregate {
    groups = List.copyOf(groups);
    aggregates = List.copyOf(aggregates);
    groupingSets = groupingSets.stream().map(List::copyOf).toList();
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
    return new Aggregate(inputs.get(0), groups, aggregates, groupingSets, fields);
  }

  @Override
  public String describe() {
    String by =
        groupingSets.isEmpty()
            ? groups.stream().map(Expr::sql).collect(Collectors.joining(", "))
            : "GROUPING SETS ("
                + groupingSets.stream()
                    .map(
                        set ->
                            set.stream()
                                .map(i -> groups.get(i).sql())
                                .collect(Collectors.joining(", ", "(", ")")))
                    .collect(Collectors.joining(", "))
                + ")";
    return "HashAggregate"
        + (by.isEmpty() ? "" : " group by " + by)
        + " compute "
        + aggregates.stream().map(AggregateCall::sql).collect(Collectors.joining(", "));
  }
}
