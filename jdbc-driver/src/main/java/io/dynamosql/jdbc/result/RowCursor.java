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

  @Override
  void close() throws SQLException;
}
