package io.dynamosql.jdbc.exec;

import io.dynamosql.jdbc.exec.value.Arithmetic;
import io.dynamosql.jdbc.exec.value.GroupKey;
import io.dynamosql.jdbc.exec.value.ValueOrder;
import io.dynamosql.jdbc.plan.logical.AggregateCall;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * The running state of one aggregate over one group (or window frame); the values a DISTINCT
 * aggregate remembers count against the memory limit (released when the statement ends).
 */
final class Accumulator {

  private final AggregateCall call;
  private final MemoryBudget memory;
  private final Set<GroupKey> distinct;
  private long count;
  private Object value;

  Accumulator(AggregateCall call, MemoryBudget memory) {
    this.call = call;
    this.memory = memory;
    this.distinct = call.distinct() ? new HashSet<>() : null;
  }

  /** Adds one input value ({@code COUNT(*)} passes a non-null marker). */
  void add(Object input) throws SQLException {
    if (input == null || distinct != null && !distinct.add(GroupKey.of(input))) {
      return;
    }
    if (distinct != null) {
      // The distinct values are held until the group is done.
      memory.acquire(1, call.function() + "(DISTINCT ...)");
    }
    count++;
    switch (call.function()) {
      case COUNT -> {}
      case SUM, AVG -> value = value == null ? input : Arithmetic.ADD.apply(value, input);
      case MIN ->
          value = value == null || ValueOrder.INSTANCE.compare(input, value) < 0 ? input : value;
      case MAX ->
          value = value == null || ValueOrder.INSTANCE.compare(input, value) > 0 ? input : value;
    }
  }

  /** Gives back the memory its DISTINCT values hold, once its window frame is done. */
  void release() {
    if (distinct != null) {
      memory.release(distinct.size());
      distinct.clear();
    }
  }

  Object result() throws SQLException {
    return switch (call.function()) {
      case COUNT -> BigDecimal.valueOf(count);
      case AVG -> count == 0 ? null : Arithmetic.DIVIDE.apply(value, BigDecimal.valueOf(count));
      default -> value;
    };
  }
}
