package io.dynamosql.jdbc.plan.rule;

import io.dynamosql.jdbc.plan.expr.ColumnRef;
import io.dynamosql.jdbc.plan.expr.Comparison;
import io.dynamosql.jdbc.plan.expr.Expr;
import io.dynamosql.jdbc.plan.expr.Literal;
import io.dynamosql.jdbc.plan.logical.DynamoRead;
import io.dynamosql.jdbc.plan.logical.Join;
import io.dynamosql.jdbc.plan.logical.JoinKind;
import io.dynamosql.jdbc.plan.logical.LogicalPlan;
import io.dynamosql.jdbc.plan.logical.LookupJoin;
import io.dynamosql.jdbc.plan.physical.AccessPath;
import io.dynamosql.jdbc.plan.physical.BatchGetPath;
import io.dynamosql.jdbc.plan.physical.QueryPath;
import io.dynamosql.jdbc.plan.physical.ScanPath;
import io.dynamosql.jdbc.schema.ColumnSchema;
import io.dynamosql.jdbc.schema.IndexSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns an inner or left join whose inner (right) table would be scanned, but is keyed on a join
 * column, into a lookup join: the inner table is read by key for the outer rows' values
 * (BatchGetItem with the full key, a Query per partition otherwise).
 */
final class UseLookupJoins implements Rule {

  @Override
  public LogicalPlan apply(LogicalPlan node) {
    if (!(node instanceof Join join)
        || !(join.right() instanceof DynamoRead inner)
        || !(inner.path() instanceof ScanPath)
        || join.kind() == JoinKind.RIGHT
        || join.kind() == JoinKind.FULL) {
      return node;
    }
    IndexSchema key = inner.scan().table().primaryKey();
    Expr partition = outerValue(join, inner, key.partitionKey());
    if (partition == null) {
      return node;
    }
    Expr sort = null;
    List<Expr> pushed = new ArrayList<>(inner.pushed());
    List<Expr> residual = new ArrayList<>(inner.residual());
    if (key.sortKey().isPresent()) {
      sort = outerValue(join, inner, key.sortKey().get());
      if (sort == null) {
        Optional<Expr> constant = constantEquality(inner, key.sortKey().get(), pushed);
        if (constant.isEmpty()) {
          constant = constantEquality(inner, key.sortKey().get(), residual);
        }
        if (constant.isPresent()) {
          Comparison c = (Comparison) constant.get();
          sort = c.left() instanceof Literal ? c.left() : c.right();
          pushed.remove(c);
          residual.remove(c);
        }
      }
    }
    boolean fullKey = sort != null || key.sortKey().isEmpty();
    if (fullKey) {
      // BatchGetItem has no FilterExpression: every inner predicate is checked locally.
      residual.addAll(pushed);
      pushed.clear();
    }
    AccessPath path =
        fullKey
            ? new BatchGetPath(List.of())
            : new QueryPath(
                key,
                keyColumn(inner, key.partitionKey()),
                List.of(),
                Optional.empty(),
                true,
                false);
    DynamoRead template =
        new DynamoRead(
            inner.scan(), path, pushed, residual, inner.needed(), -1, inner.estimatedItems());
    return new LookupJoin(join.left(), template, join.kind(), partition, sort, join.condition());
  }

  /** The outer-row expression the inner key attribute is joined to, if any. */
  private static Expr outerValue(Join join, DynamoRead inner, String attribute) {
    for (int i = 0; i < join.rightKeys().size(); i++) {
      if (join.rightKeys().get(i) instanceof ColumnRef ref
          && isAttribute(inner, ref.index(), attribute)) {
        return join.leftKeys().get(i);
      }
    }
    return null;
  }

  private static Optional<Expr> constantEquality(
      DynamoRead inner, String attribute, List<Expr> conjuncts) {
    for (Expr c : conjuncts) {
      if (c instanceof Comparison eq
          && eq.operator() == Comparison.Operator.EQ
          && (eq.left() instanceof ColumnRef l
                  && isAttribute(inner, l.index(), attribute)
                  && eq.right() instanceof Literal
              || eq.right() instanceof ColumnRef r
                  && isAttribute(inner, r.index(), attribute)
                  && eq.left() instanceof Literal)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private static boolean isAttribute(DynamoRead inner, int index, String attribute) {
    ColumnSchema column = inner.scan().table().columns().get(index);
    return column.attributePath().equals(List.of(attribute));
  }

  private static ColumnSchema keyColumn(DynamoRead inner, String attribute) {
    return inner.scan().table().columns().stream()
        .filter(c -> c.attributePath().equals(List.of(attribute)))
        .findFirst()
        .orElseThrow();
  }
}
