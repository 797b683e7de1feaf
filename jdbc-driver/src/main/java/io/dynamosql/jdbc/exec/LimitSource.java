package io.dynamosql.jdbc.exec;

import java.sql.SQLException;

/**
 * Skips {@code offset} rows, passes at most {@code fetch} ({@code -1}: all), and then stops pulling
 * its input, so that no further DynamoDB page is requested.
 */
final class LimitSource implements RowSource {

  private final RowSource input;
  private final long fetch;
  private long toSkip;
  private long passed;

  LimitSource(RowSource input, long offset, long fetch) {
    this.input = input;
    this.toSkip = offset;
    this.fetch = fetch;
  }

  @Override
  public Object[] next() throws SQLException {
    if (fetch >= 0 && passed >= fetch) {
      input.close();
      return null;
    }
    while (toSkip > 0) {
      if (input.next() == null) {
        return null;
      }
      toSkip--;
    }
    Object[] row = input.next();
    if (row != null) {
      passed++;
    }
    return row;
  }

  @Override
  public void close() {
    input.close();
  }
}
