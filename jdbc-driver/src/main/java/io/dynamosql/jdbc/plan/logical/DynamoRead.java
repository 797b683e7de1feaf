package io.dynamosql.jdbc.plan.logical;

import io.dynamosql.jdbc.plan.expr.Expr;
import io.dynamosql.jdbc.plan.expr.Logical;
import io.dynamosql.jdbc.plan.expr.SubqueryExpr;
import io.dynamosql.jdbc.plan.physical.AccessPath;
import io.dynamosql.jdbc.plan.physical.BatchGetPath;
import io.dynamosql.jdbc.plan.physical.QueryPath;
import io.dynamosql.jdbc.plan.physical.ScanPath;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A table reference with its access path chosen. Its row has one value per table column (columns
 * not {@code needed} stay NULL: the ProjectionExpression does not ask for them).
 *
 * @param pushed conjuncts DynamoDB evaluates exactly (the FilterExpression)
 * @param residual conjuncts evaluated locally on each item
 * @param limit DynamoDB's Limit when it is exact (no filter at all), -1 otherwise
 * @param estimatedItems items the read is expected to evaluate
 */
public record DynamoRead(
    TableScan scan,
    AccessPath path,
    List<Expr> pushed,
    List<Expr> residual,
    BitSet needed,
    long limit,
    long estimatedItems)
    implements LogicalPlan {

  public DynamoRead {
    pushed = List.copyOf(pushed);
    residual = List.copyOf(residual);
    needed = (BitSet) needed.clone();
  }

  public DynamoRead withPath(AccessPath newPath) {
    return new DynamoRead(scan, newPath, pushed, residual, needed, limit, estimatedItems);
  }

  public DynamoRead withLimit(long newLimit) {
    AccessPath newPath = path instanceof ScanPath scanPath ? scanPath.sequential() : path;
    return new DynamoRead(
        scan, newPath, pushed, residual, needed, newLimit, Math.min(estimatedItems, newLimit));
  }

  @Override
  public List<Field> fields() {
    return scan.fields();
  }

  @Override
  public List<LogicalPlan> inputs() {
    return List.of();
  }

  @Override
  public List<Expr> expressions() {
    List<Expr> all = new ArrayList<>(pushed);
    all.addAll(residual);
    // A key IN (SELECT ...) lives in the path; its subquery is evaluated by this read.
    if (path instanceof BatchGetPath batch) {
      batch.keys().forEach(key -> key.forEach(k -> keySubquery(k.value(), all)));
    } else if (path instanceof QueryPath query) {
      query.partitionValues().forEach(v -> keySubquery(v, all));
    }
    return all;
  }

  private static void keySubquery(Expr value, List<Expr> into) {
    if (value instanceof SubqueryExpr) {
      into.add(value);
    }
  }

  @Override
  public LogicalPlan withInputs(List<LogicalPlan> inputs) {
    return this;
  }

  @Override
  public String describe() {
    return path.operation()
        + " "
        + scan.table().name()
        + (residual.isEmpty() ? "" : " local filter " + Logical.and(residual).sql());
  }
}
