package io.dynamosql.jdbc.plan.logical;

import io.dynamosql.jdbc.plan.expr.Expr;

/**
 * One ORDER BY key. NULLs sort last unless {@code nullsFirst} (DuckDB's default, for ASC and DESC
 * alike).
 */
public record SortKey(Expr expr, boolean descending, boolean nullsFirst) {

  public String sql() {
    return expr.sql() + (descending ? " DESC" : "") + (nullsFirst ? " NULLS FIRST" : "");
  }
}
