package io.dynamosql.jdbc.plan.logical;

/**
 * A LIMIT / OFFSET / FETCH count: a number written in the statement, or a {@code ?} marker whose
 * value is known only when the statement runs.
 */
public sealed interface RowCount {

  /** No LIMIT: all rows. */
  RowCount ALL = new Fixed(-1);

  /** No OFFSET. */
  RowCount NONE = new Fixed(0);

  String sql();

  /**
   * @param value a count; {@code -1}: all rows
   */
  record Fixed(long value) implements RowCount {
    @Override
    public String sql() {
      return value < 0 ? "ALL" : String.valueOf(value);
    }
  }

  /**
   * @param index the 0-based index of the {@code ?} marker
   */
  record Bound(int index) implements RowCount {
    @Override
    public String sql() {
      return "?" + (index + 1);
    }
  }
}
