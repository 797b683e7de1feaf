package io.dynamosql.jdbc.exec;

import io.dynamosql.jdbc.plan.expr.EvalContext;
import io.dynamosql.jdbc.plan.logical.SortKey;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/** ORDER BY in memory: reads its whole input (within the memory limit), then sorts stably. */
final class SortSource implements RowSource {

  private final RowSource input;
  private final List<SortKey> keys;
  private final EvalContext context;
  private final MemoryBudget memory;
  private Iterator<Object[][]> sorted;
  private long held;

  SortSource(RowSource input, List<SortKey> keys, EvalContext context, MemoryBudget memory) {
    this.input = input;
    this.keys = keys;
    this.context = context;
    this.memory = memory;
  }

  @Override
  public Object[] next() throws SQLException {
    if (sorted == null) {
      List<Object[][]> rows = new ArrayList<>();
      for (Object[] row = input.next(); row != null; row = input.next()) {
        memory.acquire(1, "ORDER BY");
        held++;
        Object[] values = new Object[keys.size()];
        for (int i = 0; i < values.length; i++) {
          values[i] = keys.get(i).expr().eval(context, row);
        }
        rows.add(new Object[][] {values, row});
      }
      input.close();
      RowOrder order = new RowOrder(keys);
      rows.sort(Comparator.comparing((Object[][] r) -> r[0], order));
      sorted = rows.iterator();
    }
    return sorted.hasNext() ? sorted.next()[1] : null;
  }

  @Override
  public void close() {
    memory.release(held);
    held = 0;
    input.close();
  }
}
