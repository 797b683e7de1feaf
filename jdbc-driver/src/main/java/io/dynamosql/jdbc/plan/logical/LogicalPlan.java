package io.dynamosql.jdbc.plan.logical;

import io.dynamosql.jdbc.plan.expr.Expr;
import io.dynamosql.jdbc.plan.expr.Exprs;
import java.util.BitSet;
import java.util.List;

/** A node of a query plan: it produces rows whose columns are {@link #fields()}. */
public sealed interface LogicalPlan
    permits TableScan,
        DynamoRead,
        Values,
        InlineRows,
        Filter,
        Project,
        Join,
        LookupJoin,
        Aggregate,
        Window,
        Sort,
        Limit,
        Distinct,
        SetOperation {

  List<Field> fields();

  List<LogicalPlan> inputs();

  /** The expressions this node evaluates (not those of its inputs). */
  List<Expr> expressions();

  /** The same node over other inputs. */
  LogicalPlan withInputs(List<LogicalPlan> inputs);

  /** A one-line description for EXPLAIN. */
  String describe();

  /** Collects the ids of every field this plan (and its inputs and subqueries) reads. */
  default void fieldIds(BitSet into) {
    for (Expr expr : expressions()) {
      Exprs.fieldIds(expr, into);
    }
    for (LogicalPlan input : inputs()) {
      input.fieldIds(into);
    }
  }
}
