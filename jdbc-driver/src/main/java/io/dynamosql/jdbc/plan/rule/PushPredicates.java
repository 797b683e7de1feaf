package io.dynamosql.jdbc.plan.rule;

import io.dynamosql.jdbc.plan.expr.ColumnRef;
import io.dynamosql.jdbc.plan.expr.Expr;
import io.dynamosql.jdbc.plan.expr.Exprs;
import io.dynamosql.jdbc.plan.expr.Logical;
import io.dynamosql.jdbc.plan.expr.SubqueryExpr;
import io.dynamosql.jdbc.plan.logical.Aggregate;
import io.dynamosql.jdbc.plan.logical.Filter;
import io.dynamosql.jdbc.plan.logical.Join;
import io.dynamosql.jdbc.plan.logical.JoinKind;
import io.dynamosql.jdbc.plan.logical.LogicalPlan;
import io.dynamosql.jdbc.plan.logical.Project;
import io.dynamosql.jdbc.plan.logical.TableScan;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Moves WHERE and ON conjuncts as close to the tables as SQL allows, so that they can become key
 * conditions and filters: into both sides of inner joins, into the preserved side of outer joins
 * (WHERE) or the null-supplying side (ON), through projections (derived tables, CTEs), below
 * aggregates when they test group keys only, and onto table scans. Conjuncts with correlated
 * subqueries stay where they are; nothing moves below a window, DISTINCT, LIMIT or set operation.
 */
final class PushPredicates implements Rule {

  @Override
  public LogicalPlan rewrite(LogicalPlan plan) {
    return push(plan, List.of());
  }

  @Override
  public LogicalPlan apply(LogicalPlan node) {
    return node;
  }

  /** Rewrites {@code plan} with {@code conjuncts} (over its row) to apply on top of it. */
  private LogicalPlan push(LogicalPlan plan, List<Expr> conjuncts) {
    if (plan instanceof Filter filter) {
      List<Expr> all = new ArrayList<>(conjuncts);
      all.addAll(Logical.conjuncts(filter.condition()));
      return push(filter.input(), all);
    }
    if (plan instanceof TableScan scan) {
      List<Expr> movable = new ArrayList<>();
      List<Expr> kept = new ArrayList<>();
      for (Expr c : conjuncts) {
        (movable(c) ? movable : kept).add(c);
      }
      List<Expr> predicates = new ArrayList<>(scan.predicates());
      predicates.addAll(movable);
      return wrap(scan.withPredicates(predicates), kept);
    }
    if (plan instanceof Join join) {
      return join(join, conjuncts);
    }
    if (plan instanceof Project project && !conjuncts.isEmpty()) {
      return throughProject(project, conjuncts);
    }
    if (plan instanceof Aggregate aggregate
        && !conjuncts.isEmpty()
        && aggregate.groupingSets().isEmpty()) {
      return throughAggregate(aggregate, conjuncts);
    }
    List<LogicalPlan> inputs = new ArrayList<>();
    for (LogicalPlan input : plan.inputs()) {
      inputs.add(push(input, List.of()));
    }
    return wrap(plan.inputs().isEmpty() ? plan : plan.withInputs(inputs), conjuncts);
  }

  /**
   * A condition on a derived table's or CTE's columns is the same condition on the expressions that
   * compute them, so it moves below the projection (and on to the tables).
   */
  private LogicalPlan throughProject(Project project, List<Expr> conjuncts) {
    List<Expr> below = new ArrayList<>();
    List<Expr> kept = new ArrayList<>();
    for (Expr c : conjuncts) {
      Expr substituted =
          Exprs.transform(
              c, e -> e instanceof ColumnRef ref ? project.exprs().get(ref.index()) : e);
      if (movable(c) && movable(substituted)) {
        below.add(substituted);
      } else {
        kept.add(c);
      }
    }
    LogicalPlan input = push(project.input(), below);
    return wrap(new Project(input, project.exprs(), project.fields()), kept);
  }

  /**
   * A condition on group keys only (HAVING or an outer WHERE on them) keeps or drops whole groups,
   * so it can filter the rows before grouping instead (not with grouping sets: the rows of a set
   * that leaves the key out sum over all its values).
   */
  private LogicalPlan throughAggregate(Aggregate aggregate, List<Expr> conjuncts) {
    int groups = aggregate.groups().size();
    List<Expr> below = new ArrayList<>();
    List<Expr> kept = new ArrayList<>();
    for (Expr c : conjuncts) {
      BitSet columns = Exprs.columns(c);
      if (groups > 0 && movable(c) && !columns.isEmpty() && columns.length() <= groups) {
        below.add(
            Exprs.transform(
                c, e -> e instanceof ColumnRef ref ? aggregate.groups().get(ref.index()) : e));
      } else {
        kept.add(c);
      }
    }
    LogicalPlan input = push(aggregate.input(), below);
    return wrap(aggregate.withInputs(List.of(input)), kept);
  }

  private LogicalPlan join(Join join, List<Expr> where) {
    int width = join.left().fields().size();
    JoinKind kind = join.kind();
    List<Expr> toLeft = new ArrayList<>();
    List<Expr> toRight = new ArrayList<>();
    List<Expr> on = new ArrayList<>();
    List<Expr> kept = new ArrayList<>();
    for (Expr c : where) {
      Side side = side(c, width);
      if (side == Side.LEFT && !kind.keepsRight()) {
        toLeft.add(c);
      } else if (side == Side.RIGHT && !kind.keepsLeft()) {
        toRight.add(Exprs.shift(c, -width));
      } else if (kind == JoinKind.INNER && side != Side.NONE) {
        on.add(c);
      } else {
        kept.add(c);
      }
    }
    for (Expr c : Logical.conjuncts(join.condition())) {
      Side side = side(c, width);
      if (side == Side.LEFT && !kind.keepsLeft()) {
        toLeft.add(c);
      } else if (side == Side.RIGHT && !kind.keepsRight()) {
        toRight.add(Exprs.shift(c, -width));
      } else {
        on.add(c);
      }
    }
    Join pushed =
        new Join(
            push(join.left(), toLeft),
            push(join.right(), toRight),
            kind,
            Logical.and(on),
            join.leftKeys(),
            join.rightKeys());
    return wrap(pushed, kept);
  }

  private enum Side {
    LEFT,
    RIGHT,
    BOTH,
    NONE
  }

  private static Side side(Expr conjunct, int leftWidth) {
    if (!movable(conjunct)) {
      return Side.BOTH;
    }
    BitSet columns = Exprs.columns(conjunct);
    if (columns.isEmpty()) {
      return Side.NONE;
    }
    boolean left = columns.nextSetBit(0) < leftWidth;
    boolean right = columns.length() > leftWidth;
    return left && right ? Side.BOTH : left ? Side.LEFT : Side.RIGHT;
  }

  /** Whether a conjunct may move to another row layout: no correlated subquery inside. */
  private static boolean movable(Expr conjunct) {
    if (conjunct instanceof SubqueryExpr sub && sub.correlated()) {
      return false;
    }
    return conjunct.children().stream().allMatch(PushPredicates::movable);
  }

  private static LogicalPlan wrap(LogicalPlan plan, List<Expr> conjuncts) {
    return conjuncts.isEmpty() ? plan : new Filter(plan, Logical.and(conjuncts));
  }
}
