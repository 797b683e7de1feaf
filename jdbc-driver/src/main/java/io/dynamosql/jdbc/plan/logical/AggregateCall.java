package io.dynamosql.jdbc.plan.logical;

import io.dynamosql.jdbc.plan.expr.Expr;
import io.dynamosql.jdbc.type.SqlType;

/**
 * One aggregate of a GROUP BY: {@code function([DISTINCT] argument)}; {@code argument} is null for
 * {@code COUNT(*)}.
 */
public record AggregateCall(
    AggregateFunction function, boolean distinct, Expr argument, SqlType type) {

  public String sql() {
    return function
        + "("
        + (distinct ? "DISTINCT " : "")
        + (argument == null ? "*" : argument.sql())
        + ")";
  }
}
