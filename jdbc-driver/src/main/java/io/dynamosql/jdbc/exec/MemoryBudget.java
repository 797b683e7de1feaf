package io.dynamosql.jdbc.exec;

import io.dynamosql.jdbc.error.SqlState;
import java.sql.SQLException;

/**
 * The rows one statement's memory-hungry operators (sort, hash join, aggregate, distinct, window,
 * set operations) may hold at once, shared by all of them (connection property memoryLimit).
 */
final class MemoryBudget {

  private final long limit;
  private long held;

  MemoryBudget(long limit) {
    this.limit = limit;
  }

  /** Takes {@code rows} more rows for {@code operator}; 53200 past the limit. */
  void acquire(long rows, String operator) throws SQLException {
    held += rows;
    if (held > limit) {
      throw SqlState.MEMORY_LIMIT_EXCEEDED.exception(
          operator
              + " needs to hold more than "
              + limit
              + " rows in memory (connection property memoryLimit); narrow the query with a WHERE"
              + " condition or a LIMIT, or raise memoryLimit");
    }
  }

  void release(long rows) {
    held = Math.max(0, held - rows);
  }
}
