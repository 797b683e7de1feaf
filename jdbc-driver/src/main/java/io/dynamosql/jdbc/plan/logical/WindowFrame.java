package io.dynamosql.jdbc.plan.logical;

/**
 * The rows of its partition a window function sees for each row: {@code ROWS} counts rows from the
 * current one, {@code RANGE} counts peer groups (rows equal in the window's ORDER BY).
 */
public record WindowFrame(Unit unit, Bound start, Bound end) {

  /**
   * SQL's default: the partition up to the current row's last peer (all of it without ORDER BY).
   */
  public static final WindowFrame DEFAULT =
      new WindowFrame(Unit.RANGE, Bound.UNBOUNDED_PRECEDING, Bound.CURRENT_ROW);

  public enum Unit {
    ROWS,
    RANGE
  }

  public enum Direction {
    UNBOUNDED_PRECEDING,
    PRECEDING,
    CURRENT_ROW,
    FOLLOWING,
    UNBOUNDED_FOLLOWING
  }

  /**
   * @param offset the row count of {@code n PRECEDING} / {@code n FOLLOWING}, 0 otherwise
   */
  public record Bound(Direction direction, long offset) {

    public static final Bound UNBOUNDED_PRECEDING = new Bound(Direction.UNBOUNDED_PRECEDING, 0);
    public static final Bound CURRENT_ROW = new Bound(Direction.CURRENT_ROW, 0);
    public static final Bound UNBOUNDED_FOLLOWING = new Bound(Direction.UNBOUNDED_FOLLOWING, 0);

    public String sql() {
      return switch (direction) {
        case UNBOUNDED_PRECEDING -> "UNBOUNDED PRECEDING";
        case PRECEDING -> offset + " PRECEDING";
        case CURRENT_ROW -> "CURRENT ROW";
        case FOLLOWING -> offset + " FOLLOWING";
        case UNBOUNDED_FOLLOWING -> "UNBOUNDED FOLLOWING";
      };
    }
  }

  public String sql() {
    return unit + " BETWEEN " + start.sql() + " AND " + end.sql();
  }
}
