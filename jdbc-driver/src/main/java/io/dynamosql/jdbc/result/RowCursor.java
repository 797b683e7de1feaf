package io.dynamosql.jdbc.result;

import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.List;

/**
 * A forward-only stream of rows, each an {@code Object[]} in the value model of {@link
 * io.dynamosql.jdbc.type}, aligned with {@link #columns()}. Rows are produced on demand.
 */
public interface RowCursor extends AutoCloseable {

  List<ResultColumn> columns();

  /** The next row, or {@code null} at the end. */
  Object[] next() throws SQLException;

  /** Warnings raised while producing rows (e.g. a full table scan), chained; null when none. */
  default SQLWarning warnings() {
    return null;
  }

  /**
   * An opaque, URL-safe token that lets a later execution of the same statement continue right
   * after the row {@link #next()} returned last; null when this result cannot be continued that way
   * (or no row was returned yet).
   */
  default String resumeToken() {
    return null;
  }

  /** Items DynamoDB evaluated for these rows so far (what read capacity is charged for). */
  default long itemsRead() {
    return 0;
  }

  @Override
  void close() throws SQLException;
}
