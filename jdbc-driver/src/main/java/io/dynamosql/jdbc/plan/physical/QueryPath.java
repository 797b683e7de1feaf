package io.dynamosql.jdbc.plan.physical;

import io.dynamosql.jdbc.plan.expr.Expr;
import io.dynamosql.jdbc.schema.ColumnSchema;
import io.dynamosql.jdbc.schema.IndexSchema;
import io.dynamosql.jdbc.schema.IndexType;
import java.util.List;
import java.util.Optional;

/**
 * A Query on the table or an index: one per partition value (a small IN-list runs several).
 *
 * @param fetchFromTable the index does not project every needed attribute: its items give the table
 *     keys, and a BatchGetItem on the table fetches the rest
 * @param forward ScanIndexForward (false: descending sort-key order, an ORDER BY ... DESC)
 */
public record QueryPath(
    IndexSchema index,
    ColumnSchema partitionKey,
    List<Expr> partitionValues,
    Optional<SortCondition> sort,
    boolean forward,
    boolean fetchFromTable)
    implements AccessPath {

  public QueryPath {
    partitionValues = List.copyOf(partitionValues);
  }

  public boolean onIndex() {
    return index.type() != IndexType.PRIMARY;
  }

  public QueryPath descending() {
    return new QueryPath(index, partitionKey, partitionValues, sort, false, fetchFromTable);
  }

  @Override
  public String operation() {
    return onIndex()
        ? "Query(index "
            + index.name()
            + (fetchFromTable ? ", then BatchGetItem for the other attributes" : "")
            + ")"
        : "Query(table)";
  }
}
