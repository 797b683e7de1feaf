package io.dynamosql.jdbc.dynamo;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One statement's hold on its reads: cancellation ({@code Statement.cancel}), the query timeout,
 * and the read budget (the most items the statement may make DynamoDB evaluate). Every request
 * checks it before it is sent and reports what it read afterwards.
 */
public final class ReadControl {

  private final long deadlineNanos;
  private final long itemBudget;
  private final AtomicLong itemsRead = new AtomicLong();
  private volatile boolean cancelled;

  /**
   * @param timeoutMillis 0 for none
   * @param itemBudget the most items this statement may read, {@code Long.MAX_VALUE} for no cap
   */
  public ReadControl(long timeoutMillis, long itemBudget) {
    this.deadlineNanos =
        timeoutMillis <= 0 ? Long.MAX_VALUE : System.nanoTime() + timeoutMillis * 1_000_000;
    this.itemBudget = itemBudget;
  }

  public static ReadControl unlimited() {
    return new ReadControl(0, Long.MAX_VALUE);
  }

  public void cancel() {
    cancelled = true;
  }

  public boolean isCancelled() {
    return cancelled;
  }

  /** Milliseconds left before the timeout, {@code Long.MAX_VALUE} without one. */
  public long remainingMillis() {
    return deadlineNanos == Long.MAX_VALUE
        ? Long.MAX_VALUE
        : Math.max(0, (deadlineNanos - System.nanoTime()) / 1_000_000);
  }

  /** Throws if the statement was cancelled or ran out of time. */
  public void checkpoint() throws SQLException {
    if (cancelled) {
      throw new SQLException("The statement was cancelled", "57014");
    }
    if (System.nanoTime() > deadlineNanos) {
      throw new SQLTimeoutException("The statement exceeded its query timeout", "57014");
    }
  }

  /** Records items DynamoDB evaluated; returns the statement's total so far. */
  public long recordItemsRead(long count) {
    return itemsRead.addAndGet(count);
  }

  public long itemsRead() {
    return itemsRead.get();
  }

  public long itemBudget() {
    return itemBudget;
  }

  /** Whether the statement has read more than its budget allows. */
  public boolean overBudget() {
    return itemsRead.get() > itemBudget;
  }
}
