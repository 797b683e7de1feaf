package io.dynamosql.jdbc.plan.logical;

import io.dynamosql.jdbc.plan.expr.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * A join; the output row is the left row followed by the right row. The condition is over that
 * combined row. {@code leftKeys}/{@code rightKeys} are the equi-join keys found in the condition
 * (each over its own side's row); with keys the join runs as a hash join, without as a nested loop.
 */
public record Join(
    LogicalPlan left,
    LogicalPlan right,
    JoinKind kind,
    Expr condition,
    List<Expr> leftKeys,
    List<Expr> rightKeys)
    implements LogicalPlan {

  public Join {
    leftKeys = List.copyOf(leftKeys);
    rightKeys = List.copyOf(rightKeys);
  }

  @Override
  public List<Field> fields() {
    List<Field> all = new ArrayList<>(left.fields());
    all.addAll(right.fields());
    return all;
  }

  @Override
  public List<LogicalPlan> inputs() {
    return List.of(left, right);
  }

  @Override
  public List<Expr> expressions() {
    List<Expr> all = new ArrayList<>(leftKeys);
    all.addAll(rightKeys);
    all.add(condition);
    return all;
  }

  @Override
  public LogicalPlan withInputs(List<LogicalPlan> inputs) {
    return new Join(inputs.get(0), inputs.get(1), kind, condition, leftKeys, rightKeys);
  }

  @Override
  public String describe() {
    return (leftKeys.isEmpty() ? "NestedLoopJoin " : "HashJoin ") + kind + " on " + condition.sql();
  }
}
