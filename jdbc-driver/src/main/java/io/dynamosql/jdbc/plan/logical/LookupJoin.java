package io.dynamosql.jdbc.plan.logical;

import io.dynamosql.jdbc.plan.expr.Expr;
import io.dynamosql.jdbc.plan.physical.BatchGetPath;
import io.dynamosql.jdbc.schema.IndexSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * A join whose inner side is read by key for each batch of outer rows (BatchGetItem when the full
 * key is known, a Query per partition otherwise) instead of being scanned.
 *
 * @param inner the inner table's read: its path is a template, the key values below replace it
 * @param partitionValue the inner partition key's value, over the outer row
 * @param sortValue the inner sort key's value (over the outer row, or constant), null when only the
 *     partition is known
 * @param condition the whole join condition over the combined row, checked on every match
 */
public record LookupJoin(
    LogicalPlan outer,
    DynamoRead inner,
    JoinKind kind,
    Expr partitionValue,
    Expr sortValue,
    Expr condition)
    implements LogicalPlan {

  @Override
  public List<Field> fields() {
    List<Field> all = new ArrayList<>(outer.fields());
    all.addAll(inner.fields());
    return all;
  }

  @Override
  public List<LogicalPlan> inputs() {
    return List.of(outer, inner);
  }

  @Override
  public List<Expr> expressions() {
    List<Expr> all = new ArrayList<>();
    all.add(partitionValue);
    if (sortValue != null) {
      all.add(sortValue);
    }
    all.add(condition);
    return all;
  }

  @Override
  public LogicalPlan withInputs(List<LogicalPlan> inputs) {
    return new LookupJoin(
        inputs.get(0), (DynamoRead) inputs.get(1), kind, partitionValue, sortValue, condition);
  }

  @Override
  public String describe() {
    IndexSchema key = inner.scan().table().primaryKey();
    String how =
        inner.path() instanceof BatchGetPath
            ? "BatchGetItem per batch of outer rows"
            : "Query per outer key";
    return "LookupJoin "
        + kind
        + " "
        + inner.scan().table().name()
        + " by "
        + key.partitionKey()
        + " = "
        + partitionValue.sql()
        + (sortValue == null ? "" : " and " + key.sortKey().orElse("") + " = " + sortValue.sql())
        + " ("
        + how
        + ") on "
        + condition.sql();
  }
}
