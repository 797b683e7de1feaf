package io.dynamosql.jdbc.exec;

import io.dynamosql.jdbc.exec.value.GroupKey;
import io.dynamosql.jdbc.plan.expr.EvalContext;
import io.dynamosql.jdbc.plan.expr.Expr;
import io.dynamosql.jdbc.plan.logical.Window;
import io.dynamosql.jdbc.plan.logical.WindowCall;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Window functions: reads all rows (within the memory limit), computes each function per partition
 * in its ORDER BY, and appends the values to the rows, which keep their input order. Aggregates
 * with ORDER BY cover the partition up to the current row's last peer (SQL's default RANGE frame).
 */
final class WindowSource implements RowSource {

  private final RowSource input;
  private final Window window;
  private final EvalContext context;
  private final MemoryBudget memory;
  private Iterator<Object[]> output;
  private long held;

  WindowSource(RowSource input, Window window, EvalContext context, MemoryBudget memory) {
    this.input = input;
    this.window = window;
    this.context = context;
    this.memory = memory;
  }

  @Override
  public Object[] next() throws SQLException {
    if (output == null) {
      output = compute().iterator();
    }
    return output.hasNext() ? output.next() : null;
  }

  private List<Object[]> compute() throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    int width = window.input().fields().size();
    int calls = window.calls().size();
    for (Object[] row = input.next(); row != null; row = input.next()) {
      memory.acquire(1, "window function");
      held++;
      Object[] extended = new Object[width + calls];
      System.arraycopy(row, 0, extended, 0, width);
      rows.add(extended);
    }
    input.close();
    for (int c = 0; c < calls; c++) {
      compute(window.calls().get(c), rows, width + c);
    }
    return rows;
  }

  private void compute(WindowCall call, List<Object[]> rows, int target) throws SQLException {
    Map<GroupKey, List<Object[][]>> partitions = new LinkedHashMap<>();
    for (Object[] row : rows) {
      Object[] keys = new Object[call.partitionBy().size()];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = call.partitionBy().get(i).eval(context, row);
      }
      Object[] order = new Object[call.orderBy().size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = call.orderBy().get(i).expr().eval(context, row);
      }
      partitions
          .computeIfAbsent(GroupKey.of(keys), k -> new ArrayList<>())
          .add(new Object[][] {order, row});
    }
    RowOrder order = new RowOrder(call.orderBy());
    for (List<Object[][]> partition : partitions.values()) {
      partition.sort((a, b) -> order.compare(a[0], b[0]));
      if (call.ranking() != null) {
        rank(call.ranking(), partition, order, target);
      } else {
        aggregate(call, partition, order, target);
      }
    }
  }

  private static void rank(String ranking, List<Object[][]> partition, RowOrder order, int target) {
    long rank = 0;
    long dense = 0;
    for (int i = 0; i < partition.size(); i++) {
      boolean peer = i > 0 && order.compare(partition.get(i - 1)[0], partition.get(i)[0]) == 0;
      if (!peer) {
        rank = i + 1;
        dense++;
      }
      long value =
          switch (ranking) {
            case "ROW_NUMBER" -> i + 1;
            case "RANK" -> rank;
            default -> dense;
          };
      partition.get(i)[1][target] = BigDecimal.valueOf(value);
    }
  }

  private void aggregate(WindowCall call, List<Object[][]> partition, RowOrder order, int target)
      throws SQLException {
    Expr argument = call.aggregate().argument();
    if (call.orderBy().isEmpty()) {
      Accumulator all = new Accumulator(call.aggregate(), memory);
      for (Object[][] entry : partition) {
        all.add(argument == null ? Boolean.TRUE : argument.eval(context, entry[1]));
      }
      Object result = all.result();
      partition.forEach(entry -> entry[1][target] = result);
      return;
    }
    Accumulator running = new Accumulator(call.aggregate(), memory);
    int i = 0;
    while (i < partition.size()) {
      int end = i;
      while (end + 1 < partition.size()
          && order.compare(partition.get(i)[0], partition.get(end + 1)[0]) == 0) {
        end++;
      }
      for (int j = i; j <= end; j++) {
        running.add(argument == null ? Boolean.TRUE : argument.eval(context, partition.get(j)[1]));
      }
      Object result = running.result();
      for (int j = i; j <= end; j++) {
        partition.get(j)[1][target] = result;
      }
      i = end + 1;
    }
  }

  @Override
  public void close() {
    memory.release(held);
    held = 0;
    input.close();
  }
}
