package io.dynamosql.jdbc.exec;

import io.dynamosql.jdbc.exec.value.GroupKey;
import io.dynamosql.jdbc.plan.logical.SetOperation;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * UNION [ALL] streams both sides (remembering rows seen unless ALL); INTERSECT and EXCEPT hold the
 * right side's row counts and stream the left side.
 */
final class SetOperationSource implements RowSource {

  private final RowSource left;
  private final RowSource right;
  private final SetOperation operation;
  private final MemoryBudget memory;
  private final Set<GroupKey> emitted = new HashSet<>();
  private Map<GroupKey, Integer> rightCounts;
  private boolean leftDone;
  private long held;

  SetOperationSource(RowSource left, RowSource right, SetOperation operation, MemoryBudget memory) {
    this.left = left;
    this.right = right;
    this.operation = operation;
    this.memory = memory;
  }

  @Override
  public Object[] next() throws SQLException {
    return operation.kind() == SetOperation.Kind.UNION ? union() : intersectOrExcept();
  }

  private Object[] union() throws SQLException {
    while (true) {
      Object[] row = leftDone ? right.next() : left.next();
      if (row == null) {
        if (leftDone) {
          return null;
        }
        leftDone = true;
        continue;
      }
      if (operation.all() || remember(row)) {
        return row;
      }
    }
  }

  private boolean remember(Object[] row) throws SQLException {
    if (emitted.add(GroupKey.of(row))) {
      memory.acquire(1, operation.kind().toString());
      held++;
      return true;
    }
    return false;
  }

  private Object[] intersectOrExcept() throws SQLException {
    if (rightCounts == null) {
      rightCounts = new HashMap<>();
      for (Object[] row = right.next(); row != null; row = right.next()) {
        if (rightCounts.merge(GroupKey.of(row), 1, Integer::sum) == 1) {
          memory.acquire(1, operation.kind().toString());
          held++;
        }
      }
      right.close();
    }
    boolean intersect = operation.kind() == SetOperation.Kind.INTERSECT;
    for (Object[] row = left.next(); row != null; row = left.next()) {
      GroupKey key = GroupKey.of(row);
      int count = rightCounts.getOrDefault(key, 0);
      if (operation.all()) {
        if (count > 0) {
          rightCounts.put(key, count - 1);
          if (intersect) {
            return row;
          }
        } else if (!intersect) {
          return row;
        }
      } else if ((count > 0) == intersect && remember(row)) {
        return row;
      }
    }
    return null;
  }

  @Override
  public void close() {
    memory.release(held);
    held = 0;
    left.close();
    right.close();
  }
}
