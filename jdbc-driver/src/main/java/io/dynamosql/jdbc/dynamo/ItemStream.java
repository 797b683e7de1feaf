package io.dynamosql.jdbc.dynamo;

import java.sql.SQLException;
import java.util.Map;

/**
 * Items of one read, fetched page by page as they are consumed. Closing it stops the read (a
 * parallel scan stops its segment threads).
 */
public interface ItemStream extends AutoCloseable {

  /** Whether another item exists; may fetch the next page. */
  boolean hasNext() throws SQLException;

  Map<String, Object> next() throws SQLException;

  @Override
  void close();
}
