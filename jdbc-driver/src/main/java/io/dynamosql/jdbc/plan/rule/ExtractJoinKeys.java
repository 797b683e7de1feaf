package io.dynamosql.jdbc.plan.rule;

import io.dynamosql.jdbc.plan.expr.Comparison;
import io.dynamosql.jdbc.plan.expr.Expr;
import io.dynamosql.jdbc.plan.expr.Exprs;
import io.dynamosql.jdbc.plan.expr.Logical;
import io.dynamosql.jdbc.plan.logical.Join;
import io.dynamosql.jdbc.plan.logical.LogicalPlan;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Finds the equi-join keys of each join ({@code left expr = right expr}): with keys a join runs as
 * a hash join, without as a nested loop.
 */
final class ExtractJoinKeys implements Rule {

  @Override
  public LogicalPlan apply(LogicalPlan node) {
    if (!(node instanceof Join join) || !join.leftKeys().isEmpty()) {
      return node;
    }
    int width = join.left().fields().size();
    List<Expr> leftKeys = new ArrayList<>();
    List<Expr> rightKeys = new ArrayList<>();
    for (Expr c : Logical.conjuncts(join.condition())) {
      if (c instanceof Comparison eq && eq.operator() == Comparison.Operator.EQ) {
        if (onlyBelow(eq.left(), width) && onlyFrom(eq.right(), width)) {
          leftKeys.add(eq.left());
          rightKeys.add(Exprs.shift(eq.right(), -width));
        } else if (onlyBelow(eq.right(), width) && onlyFrom(eq.left(), width)) {
          leftKeys.add(eq.right());
          rightKeys.add(Exprs.shift(eq.left(), -width));
        }
      }
    }
    return leftKeys.isEmpty()
        ? node
        : new Join(join.left(), join.right(), join.kind(), join.condition(), leftKeys, rightKeys);
  }

  private static boolean onlyBelow(Expr e, int width) {
    BitSet columns = Exprs.columns(e);
    return !columns.isEmpty() && columns.length() <= width && !Exprs.hasSubquery(e);
  }

  private static boolean onlyFrom(Expr e, int width) {
    BitSet columns = Exprs.columns(e);
    return !columns.isEmpty() && columns.nextSetBit(0) >= width && !Exprs.hasSubquery(e);
  }
}
