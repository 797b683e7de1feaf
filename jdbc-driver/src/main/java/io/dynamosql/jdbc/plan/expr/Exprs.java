package io.dynamosql.jdbc.plan.expr;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.UnaryOperator;

/** Walks and rewrites expression trees. */
public final class Exprs {

  private Exprs() {}

  /** Rewrites bottom-up: children first, then {@code rewrite} on the rebuilt node. */
  public static Expr transform(Expr expr, UnaryOperator<Expr> rewrite) {
    List<Expr> children = expr.children();
    Expr rebuilt = expr;
    if (!children.isEmpty()) {
      List<Expr> mapped = new ArrayList<>(children.size());
      boolean changed = false;
      for (Expr child : children) {
        Expr m = transform(child, rewrite);
        changed |= m != child;
        mapped.add(m);
      }
      rebuilt = changed ? expr.withChildren(mapped) : expr;
    }
    return rewrite.apply(rebuilt);
  }

  /** The input positions {@code expr} reads (not those of outer rows). */
  public static BitSet columns(Expr expr) {
    BitSet used = new BitSet();
    collect(expr, used);
    return used;
  }

  private static void collect(Expr expr, BitSet used) {
    if (expr instanceof ColumnRef ref) {
      used.set(ref.index());
    }
    expr.children().forEach(c -> collect(c, used));
  }

  /** Shifts every column reference by {@code delta} (moving an expression across a join side). */
  public static Expr shift(Expr expr, int delta) {
    return delta == 0
        ? expr
        : transform(
            expr,
            e ->
                e instanceof ColumnRef ref
                    ? new ColumnRef(ref.index() + delta, ref.type(), ref.name(), ref.fieldId())
                    : e);
  }

  /** The field ids every column and outer reference of {@code expr} reads, subqueries included. */
  public static void fieldIds(Expr expr, BitSet into) {
    if (expr instanceof ColumnRef ref) {
      into.set(ref.fieldId());
    } else if (expr instanceof OuterRef ref) {
      into.set(ref.fieldId());
    } else if (expr instanceof SubqueryExpr sub) {
      sub.plan().fieldIds(into);
    }
    expr.children().forEach(c -> fieldIds(c, into));
  }

  /** Whether the value cannot change within one execution: literals and parameters only. */
  public static boolean isConstant(Expr expr) {
    if (expr instanceof ColumnRef || expr instanceof SubqueryExpr || expr instanceof OuterRef) {
      return false;
    }
    return expr.children().stream().allMatch(Exprs::isConstant);
  }

  /** Whether the expression reads nothing of the current row (constants and outer rows). */
  public static boolean isRowIndependent(Expr expr) {
    if (expr instanceof ColumnRef || expr instanceof SubqueryExpr) {
      return false;
    }
    return expr.children().stream().allMatch(Exprs::isRowIndependent);
  }

  /** Whether a subquery occurs in {@code expr}. */
  public static boolean hasSubquery(Expr expr) {
    return expr instanceof SubqueryExpr || expr.children().stream().anyMatch(Exprs::hasSubquery);
  }
}
