package io.dynamosql.jdbc.plan.logical;

/** The kinds of join; CROSS and comma joins are INNER joins on TRUE. */
public enum JoinKind {
  INNER,
  LEFT,
  RIGHT,
  FULL;

  /** Whether unmatched left rows are kept (padded with NULLs). */
  public boolean keepsLeft() {
    return this == LEFT || this == FULL;
  }

  /** Whether unmatched right rows are kept (padded with NULLs). */
  public boolean keepsRight() {
    return this == RIGHT || this == FULL;
  }
}
