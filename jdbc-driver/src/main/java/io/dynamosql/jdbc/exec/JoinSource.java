package io.dynamosql.jdbc.exec;

import io.dynamosql.jdbc.exec.value.GroupKey;
import io.dynamosql.jdbc.exec.value.Truth;
import io.dynamosql.jdbc.plan.expr.EvalContext;
import io.dynamosql.jdbc.plan.expr.Expr;
import io.dynamosql.jdbc.plan.logical.Join;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A join that holds its right side in memory and streams its left side: by hash on the equi-join
 * keys when there are some, as a nested loop otherwise. Every kind: unmatched left rows (LEFT,
 * FULL) are padded as they stream, unmatched right rows (RIGHT, FULL) come at the end.
 */
final class JoinSource implements RowSource {

  private final RowSource left;
  private final RowSource right;
  private final Join join;
  private final EvalContext context;
  private final MemoryBudget memory;
  private final int leftWidth;
  private final int rightWidth;
  private List<Object[]> rightRows;
  private Map<GroupKey, List<Integer>> index;
  private boolean[] matched;
  private final Deque<Object[]> pending = new ArrayDeque<>();
  private boolean leftDone;
  private int unmatchedCursor;

  JoinSource(RowSource left, RowSource right, Join join, EvalContext context, MemoryBudget memory) {
    this.left = left;
    this.right = right;
    this.join = join;
    this.context = context;
    this.memory = memory;
    this.leftWidth = join.left().fields().size();
    this.rightWidth = join.right().fields().size();
  }

  @Override
  public Object[] next() throws SQLException {
    if (rightRows == null) {
      build();
    }
    while (pending.isEmpty()) {
      if (leftDone) {
        return unmatchedRight();
      }
      Object[] row = left.next();
      if (row == null) {
        leftDone = true;
        left.close();
        continue;
      }
      probe(row);
    }
    return pending.poll();
  }

  private void build() throws SQLException {
    rightRows = new ArrayList<>();
    for (Object[] row = right.next(); row != null; row = right.next()) {
      memory.acquire(1, join.leftKeys().isEmpty() ? "nested loop join" : "hash join");
      rightRows.add(row);
    }
    right.close();
    matched = new boolean[rightRows.size()];
    if (!join.rightKeys().isEmpty()) {
      index = new HashMap<>();
      for (int i = 0; i < rightRows.size(); i++) {
        GroupKey key = key(join.rightKeys(), rightRows.get(i));
        if (key != null) {
          index.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
      }
    }
  }

  private GroupKey key(List<Expr> exprs, Object[] row) throws SQLException {
    Object[] values = new Object[exprs.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = exprs.get(i).eval(context, row);
      if (values[i] == null) {
        return null;
      }
    }
    return GroupKey.of(values);
  }

  private void probe(Object[] row) throws SQLException {
    boolean any = false;
    List<Integer> candidates;
    if (index != null) {
      GroupKey key = key(join.leftKeys(), row);
      candidates = key == null ? List.of() : index.getOrDefault(key, List.of());
    } else {
      candidates = null;
    }
    int count = candidates == null ? rightRows.size() : candidates.size();
    for (int c = 0; c < count; c++) {
      int i = candidates == null ? c : candidates.get(c);
      Object[] combined = combine(row, rightRows.get(i));
      if (Truth.isTrue(join.condition().eval(context, combined))) {
        pending.add(combined);
        matched[i] = true;
        any = true;
      }
    }
    if (!any && join.kind().keepsLeft()) {
      pending.add(combine(row, null));
    }
  }

  private Object[] unmatchedRight() {
    if (!join.kind().keepsRight()) {
      return null;
    }
    while (unmatchedCursor < rightRows.size()) {
      int i = unmatchedCursor++;
      if (!matched[i]) {
        return combine(null, rightRows.get(i));
      }
    }
    return null;
  }

  private Object[] combine(Object[] l, Object[] r) {
    Object[] row = new Object[leftWidth + rightWidth];
    if (l != null) {
      System.arraycopy(l, 0, row, 0, leftWidth);
    }
    if (r != null) {
      System.arraycopy(r, 0, row, leftWidth, rightWidth);
    }
    return row;
  }

  @Override
  public void close() {
    if (rightRows != null) {
      memory.release(rightRows.size());
      rightRows = List.of();
    }
    left.close();
    right.close();
  }
}
