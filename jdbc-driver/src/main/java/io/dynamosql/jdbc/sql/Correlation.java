package io.dynamosql.jdbc.sql;

import io.dynamosql.jdbc.plan.expr.Expr;
import io.dynamosql.jdbc.plan.expr.OuterRef;
import io.dynamosql.jdbc.plan.expr.SubqueryExpr;
import io.dynamosql.jdbc.plan.logical.LogicalPlan;

/** Finds out whether a subquery reads rows of the queries around it. */
final class Correlation {

  private Correlation() {}

  static boolean isCorrelated(LogicalPlan plan) {
    return reaches(plan, 0);
  }

  /** Whether {@code plan}, nested {@code level} subqueries deep, reads beyond its own levels. */
  private static boolean reaches(LogicalPlan plan, int level) {
    for (Expr expr : plan.expressions()) {
      if (reaches(expr, level)) {
        return true;
      }
    }
    return plan.inputs().stream().anyMatch(input -> reaches(input, level));
  }

  private static boolean reaches(Expr expr, int level) {
    if (expr instanceof OuterRef ref && ref.depth() > level) {
      return true;
    }
    if (expr instanceof SubqueryExpr sub && reaches(sub.plan(), level + 1)) {
      return true;
    }
    return expr.children().stream().anyMatch(child -> reaches(child, level));
  }
}
