package io.dynamosql.jdbc.exec;

import io.dynamosql.jdbc.exec.value.GroupKey;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/** Passes the first row of each distinct value, streaming; remembers the values seen. */
final class DistinctSource implements RowSource {

  private final RowSource input;
  private final MemoryBudget memory;
  private final Set<GroupKey> seen = new HashSet<>();

  DistinctSource(RowSource input, MemoryBudget memory) {
    this.input = input;
    this.memory = memory;
  }

  @Override
  public Object[] next() throws SQLException {
    for (Object[] row = input.next(); row != null; row = input.next()) {
      if (seen.add(GroupKey.of(row))) {
        memory.acquire(1, "DISTINCT");
        return row;
      }
    }
    return null;
  }

  @Override
  public void close() {
    memory.release(seen.size());
    seen.clear();
    input.close();
  }
}
