package io.dynamosql.jdbc.exec;

import io.dynamosql.jdbc.exec.value.GroupKey;
import io.dynamosql.jdbc.plan.expr.EvalContext;
import io.dynamosql.jdbc.plan.expr.Expr;
import io.dynamosql.jdbc.plan.logical.Aggregate;
import io.dynamosql.jdbc.plan.logical.AggregateCall;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GROUP BY with hash grouping: one row per group (one in all without GROUP BY), per grouping set
 * when there are several.
 */
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
    List<Expr> keys = aggregate.groups();
    List<List<Integer>> sets =
        aggregate.groupingSets().isEmpty()
            ? List.of(allGroups(keys.size()))
            : aggregate.groupingSets();
    // One map per set: the same key values in two sets are two groups.
    List<Map<GroupKey, Group>> groups = new ArrayList<>();
    sets.forEach(set -> groups.add(new LinkedHashMap<>()));
    for (Object[] row = input.next(); row != null; row = input.next()) {
      Object[] values = new Object[keys.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = keys.get(i).eval(context, row);
      }
      for (int s = 0; s < sets.size(); s++) {
        Object[] setValues = new Object[keys.size()];
        for (int i : sets.get(s)) {
          setValues[i] = values[i];
        }
        GroupKey key = GroupKey.of(setValues);
        Group group = groups.get(s).get(key);
        if (group == null) {
          memory.acquire(1, "GROUP BY");
          held++;
          group = new Group(setValues, accumulators());
          groups.get(s).put(key, group);
        }
        for (int i = 0; i < aggregate.aggregates().size(); i++) {
          AggregateCall call = aggregate.aggregates().get(i);
          group
              .accumulators()
              .get(i)
              .add(call.argument() == null ? Boolean.TRUE : call.argument().eval(context, row));
        }
      }
    }
    input.close();
    List<Object[]> rows = new ArrayList<>();
    boolean withId = !aggregate.groupingSets().isEmpty();
    for (int s = 0; s < sets.size(); s++) {
      // A set without groups (no GROUP BY, or the () of GROUPING SETS) has its row even over no
      // rows.
      if (groups.get(s).isEmpty() && sets.get(s).isEmpty()) {
        groups.get(s).put(GroupKey.of(), new Group(new Object[keys.size()], accumulators()));
      }
      BigDecimal id = withId ? groupingId(sets.get(s), keys.size()) : null;
      for (Group group : groups.get(s).values()) {
        int width = keys.size() + aggregate.aggregates().size();
        Object[] row = new Object[width + (withId ? 1 : 0)];
        System.arraycopy(group.keys(), 0, row, 0, keys.size());
        for (int i = 0; i < group.accumulators().size(); i++) {
          row[keys.size() + i] = group.accumulators().get(i).result();
        }
        if (withId) {
          row[width] = id;
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static List<Integer> allGroups(int count) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      all.add(i);
    }
    return all;
  }

  /** A bit per group, the first highest, set when the group is not in {@code set}. */
  private static BigDecimal groupingId(List<Integer> set, int groups) {
    long id = 0;
    for (int i = 0; i < groups; i++) {
      id = id << 1 | (set.contains(i) ? 0 : 1);
    }
    return BigDecimal.valueOf(id);
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
