package io.dynamosql.jdbc.exec;

import io.dynamosql.jdbc.exec.value.GroupKey;
import io.dynamosql.jdbc.plan.expr.EvalContext;
import io.dynamosql.jdbc.plan.expr.Expr;
import io.dynamosql.jdbc.plan.logical.AggregateCall;
import io.dynamosql.jdbc.plan.logical.Window;
import io.dynamosql.jdbc.plan.logical.WindowCall;
import io.dynamosql.jdbc.plan.logical.WindowFrame;
import io.dynamosql.jdbc.plan.logical.WindowFunction;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Window functions: reads all rows (within the memory limit), computes each function per partition
 * in its ORDER BY over each row's frame, and appends the values to the rows, which keep their input
 * order. Aggregates over frames that start (or end) with the partition are computed in one running
 * pass; frames bounded on both sides are recomputed per row, at a cost proportional to their width.
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
      FrameBounds frames = new FrameBounds(call.frame(), partition, order);
      if (call.function() instanceof WindowFunction.Ranking ranking) {
        rank(ranking, partition, order, target);
      } else if (call.function() instanceof WindowFunction.Aggregating aggregating) {
        aggregate(aggregating.call(), partition, frames, target);
      } else if (call.function() instanceof WindowFunction.Shift shift) {
        shift(shift, partition, target);
      } else {
        value((WindowFunction.Value) call.function(), partition, frames, target);
      }
    }
  }

  private static void rank(
      WindowFunction.Ranking ranking, List<Object[][]> partition, RowOrder order, int target) {
    FrameBounds peers = new FrameBounds(WindowFrame.DEFAULT, partition, order);
    int size = partition.size();
    long rank = 0;
    long dense = 0;
    for (int i = 0; i < size; i++) {
      boolean peer = i > 0 && order.compare(partition.get(i - 1)[0], partition.get(i)[0]) == 0;
      if (!peer) {
        rank = i + 1;
        dense++;
      }
      partition.get(i)[1][target] =
          switch (ranking.name()) {
            case "ROW_NUMBER" -> BigDecimal.valueOf(i + 1);
            case "RANK" -> BigDecimal.valueOf(rank);
            case "DENSE_RANK" -> BigDecimal.valueOf(dense);
            case "PERCENT_RANK" -> size == 1 ? 0.0 : (rank - 1) / (double) (size - 1);
            case "CUME_DIST" -> (peers.end(i) + 1) / (double) size;
            default -> BigDecimal.valueOf(tile(i, size, ranking.buckets()));
          };
    }
  }

  /** NTILE: the first {@code size % buckets} buckets hold one row more than the others. */
  private static long tile(int row, int size, long buckets) {
    long small = size / buckets;
    long large = size % buckets;
    long inLarge = large * (small + 1);
    return row < inLarge ? row / (small + 1) + 1 : (row - inLarge) / small + large + 1;
  }

  private void aggregate(
      AggregateCall call, List<Object[][]> partition, FrameBounds frames, int target)
      throws SQLException {
    int size = partition.size();
    if (frames.startsUnbounded()) {
      // Frame ends never move back: add rows as they come into the frame.
      Accumulator running = new Accumulator(call, memory);
      int added = 0;
      for (int i = 0; i < size; i++) {
        for (int end = frames.end(i); added <= end; added++) {
          running.add(input(call, partition.get(added)));
        }
        partition.get(i)[1][target] = running.result();
      }
      running.release();
    } else if (frames.endsUnbounded()) {
      // The mirror image: frame starts never move forward when walking from the last row.
      Accumulator running = new Accumulator(call, memory);
      int from = size;
      for (int i = size - 1; i >= 0; i--) {
        for (int start = frames.start(i); from > start; ) {
          running.add(input(call, partition.get(--from)));
        }
        partition.get(i)[1][target] = running.result();
      }
      running.release();
    } else {
      for (int i = 0; i < size; i++) {
        Accumulator frame = new Accumulator(call, memory);
        for (int j = frames.start(i), end = frames.end(i); j <= end; j++) {
          frame.add(input(call, partition.get(j)));
        }
        partition.get(i)[1][target] = frame.result();
        frame.release();
      }
    }
  }

  private Object input(AggregateCall call, Object[][] entry) throws SQLException {
    Expr argument = call.argument();
    return argument == null ? Boolean.TRUE : argument.eval(context, entry[1]);
  }

  private void value(
      WindowFunction.Value value, List<Object[][]> partition, FrameBounds frames, int target)
      throws SQLException {
    for (int i = 0; i < partition.size(); i++) {
      int start = frames.start(i);
      int end = frames.end(i);
      long at = value.name().equals("LAST_VALUE") ? end : start + value.nth() - 1;
      partition.get(i)[1][target] =
          start <= end && at <= end
              ? value.argument().eval(context, partition.get((int) at)[1])
              : null;
    }
  }

  private void shift(WindowFunction.Shift shift, List<Object[][]> partition, int target)
      throws SQLException {
    long step = shift.name().equals("LAG") ? -shift.offset() : shift.offset();
    for (int i = 0; i < partition.size(); i++) {
      long at = i + step;
      Object[] row = partition.get(i)[1];
      row[target] =
          at >= 0 && at < partition.size()
              ? shift.argument().eval(context, partition.get((int) at)[1])
              : shift.fallback().eval(context, row);
    }
  }

  @Override
  public void close() {
    memory.release(held);
    held = 0;
    input.close();
  }
}
