package io.dynamosql.jdbc;

import io.dynamosql.jdbc.result.ResultColumn;
import io.dynamosql.jdbc.result.RowCursor;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.List;

/**
 * A query's cursor as its statement hands it out: cut after {@code Statement.setMaxRows} rows
 * (whatever the engine did with the hint), and telling the statement when its result is closed.
 */
final class StatementCursor implements RowCursor {

  private final RowCursor cursor;
  private final long maxRows;
  private final Runnable onClose;
  private long produced;
  private boolean closed;

  /**
   * @param maxRows 0 for no cap
   */
  StatementCursor(RowCursor cursor, long maxRows, Runnable onClose) {
    this.cursor = cursor;
    this.maxRows = maxRows;
    this.onClose = onClose;
  }

  @Override
  public List<ResultColumn> columns() {
    return cursor.columns();
  }

  @Override
  public Object[] next() throws SQLException {
    if (maxRows > 0 && produced >= maxRows) {
      return null;
    }
    Object[] row = cursor.next();
    if (row != null) {
      produced++;
    }
    return row;
  }

  @Override
  public String resumeToken() {
    return cursor.resumeToken();
  }

  @Override
  public long itemsRead() {
    return cursor.itemsRead();
  }

  @Override
  public SQLWarning warnings() {
    return cursor.warnings();
  }

  @Override
  public void close() throws SQLException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      cursor.close();
    } finally {
      onClose.run();
    }
  }
}
