package io.dynamosql.jdbc.exec;

import io.dynamosql.jdbc.exec.value.GroupKey;
import io.dynamosql.jdbc.plan.expr.EvalContext;
import io.dynamosql.jdbc.plan.expr.Expr;
import io.dynamosql.jdbc.plan.logical.Aggregate;
import io.dynamosql.jdbc.plan.logical.AggregateCall;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** GROUP BY with hash grouping: one row per group (one in all without GROUP BY). */
final class AggregateSource implements RowSource {

  private final RowSource input;
  private final Aggregate aggregate;
  private final EvalContext context;
  private final MemoryBudget memory;
  private Iterator<Object[]> output;
  private long held;

  AggregateSource(RowSource input, Aggregate aggregate, EvalContext context, MemoryBudget memory) {
    this.input = input;
    this.aggregate = aggregate;
    this.context = context;
    this.memory = memory;
  }

  private record Group(Object[] keys, List<Accumulator> accumulators) {}

  @Override
  public Object[] next() throws SQLException {
    if (output == null) {
      output = compute().iterator();
    }
    return output.hasNext() ? output.next() : null;
  }

  private List<Object[]> compute() throws SQLException {
    Map<GroupKey, Group> groups = new LinkedHashMap<>();
    List<Expr> keys = aggregate.groups();
    for (Object[] row = input.next(); row != null; row = input.next()) {
      Object[] values = new Object[keys.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = keys.get(i).eval(context, row);
      }
      GroupKey key = GroupKey.of(values);
      Group group = groups.get(key);
      if (group == null) {
        memory.acquire(1, "GROUP BY");
        held++;
        group = new Group(values, accumulators());
        groups.put(key, group);
      }
      for (int i = 0; i < aggregate.aggregates().size(); i++) {
        AggregateCall call = aggregate.aggregates().get(i);
        group
            .accumulators()
            .get(i)
            .add(call.argument() == null ? Boolean.TRUE : call.argument().eval(context, row));
      }
    }
    input.close();
    if (groups.isEmpty() && keys.isEmpty()) {
      groups.put(GroupKey.of(), new Group(new Object[0], accumulators()));
    }
    List<Object[]> rows = new ArrayList<>();
    for (Group group : groups.values()) {
      Object[] row = new Object[keys.size() + aggregate.aggregates().size()];
      System.arraycopy(group.keys(), 0, row, 0, keys.size());
      for (int i = 0; i < group.accumulators().size(); i++) {
        row[keys.size() + i] = group.accumulators().get(i).result();
      }
      rows.add(row);
    }
    return rows;
  }

  private List<Accumulator> accumulators() {
    List<Accumulator> list = new ArrayList<>();
    aggregate.aggregates().forEach(call -> list.add(new Accumulator(call, memory)));
    return list;
  }

  @Override
  public void close() {
    memory.release(held);
    held = 0;
    input.close();
  }
}
