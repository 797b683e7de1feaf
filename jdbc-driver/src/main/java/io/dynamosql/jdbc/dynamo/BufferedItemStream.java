package io.dynamosql.jdbc.dynamo;

import io.dynamosql.jdbc.error.SqlState;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The part every stream shares: items of the last answer wait in a buffer, and the next answer is
 * asked for ({@link #fill()}) only once the buffer is empty.
 */
abstract class BufferedItemStream implements ItemStream {

  private final Deque<Map<String, Object>> buffer = new ArrayDeque<>();
  private boolean more = true;
  private boolean closed;

  /**
   * Gets the next answer's items into the buffer ({@link #buffer(List)}); returns whether more may
   * come after it.
   */
  abstract boolean fill() throws SQLException;

  /** Stops what the stream runs in the background; called once, by {@link #close()}. */
  void stop() {}

  final void buffer(List<Map<String, Object>> items) {
    buffer.addAll(items);
  }

  @Override
  public final boolean hasNext() throws SQLException {
    if (closed) {
      throw SqlState.OBJECT_CLOSED.exception("The DynamoDB read is closed");
    }
    // An empty answer that is not the last (everything filtered out) is not the end.
    while (buffer.isEmpty() && more) {
      more = fill();
    }
    return !buffer.isEmpty();
  }

  @Override
  public final Map<String, Object> next() throws SQLException {
    if (!hasNext()) {
      throw new NoSuchElementException("the DynamoDB read has no more items");
    }
    return buffer.removeFirst();
  }

  @Override
  public final void close() {
    if (!closed) {
      closed = true;
      buffer.clear();
      stop();
    }
  }
}
