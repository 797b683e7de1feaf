package io.dynamosql.jdbc.exec;

import java.sql.SQLException;

/** A pull-based stream of rows: the engine's operators. */
interface RowSource extends AutoCloseable {

  /** The next row, or null at the end. */
  Object[] next() throws SQLException;

  /** Releases what the source holds (DynamoDB streams, buffered rows); idempotent. */
  @Override
  void close();
}
