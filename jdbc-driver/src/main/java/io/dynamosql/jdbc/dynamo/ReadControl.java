package io.dynamosql.jdbc.dynamo;

import io.dynamosql.jdbc.error.SqlState;
import java.sql.SQLException;
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

  /**
   * Throws if the statement was cancelled, ran out of time or already read its whole budget; called
   * before every request.
   */
  public void checkpoint() throws SQLException {
    if (cancelled) {
      throw SqlState.QUERY_CANCELLED.exception("The statement was cancelled");
    }
    // Called for every row too: no clock read without a timeout.
    if (deadlineNanos != Long.MAX_VALUE && System.nanoTime() > deadlineNanos) {
      throw SqlState.QUERY_TIMEOUT.exception("The statement exceeded its query timeout");
    }
    checkBudget();
  }

  /** Throws 53400 if the statement has read more items than its budget allows. */
  public void checkBudget() throws SQLException {
    long read = itemsRead.get();
    if (read > itemBudget) {
      throw SqlState.READ_BUDGET_EXCEEDED.exception(
          "The statement read "
              + read
              + " items, more than its read budget of "
              + itemBudget
              + " (connection property readBudget); add a key condition or raise the budget");
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
