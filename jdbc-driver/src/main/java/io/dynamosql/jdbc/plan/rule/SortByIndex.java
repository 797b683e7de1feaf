package io.dynamosql.jdbc.plan.rule;

import io.dynamosql.jdbc.plan.expr.ColumnRef;
import io.dynamosql.jdbc.plan.expr.Expr;
import io.dynamosql.jdbc.plan.logical.DynamoRead;
import io.dynamosql.jdbc.plan.logical.LogicalPlan;
import io.dynamosql.jdbc.plan.logical.Project;
import io.dynamosql.jdbc.plan.logical.Sort;
import io.dynamosql.jdbc.plan.logical.SortKey;
import io.dynamosql.jdbc.plan.physical.QueryPath;
import io.dynamosql.jdbc.schema.IndexType;
import java.util.List;

/**
 * Drops a Sort on the sort key of a single-partition Query: DynamoDB returns a partition in
 * sort-key order, and ScanIndexForward=false reverses it. On the table's own key the sort key is
 * unique in its partition, so later ORDER BY keys do not matter; on an index it must be the only
 * key.
 */
final class SortByIndex implements Rule {

  @Override
  public LogicalPlan apply(LogicalPlan node) {
    if (!(node instanceof Sort sort)) {
      return node;
    }
    Project project = sort.input() instanceof Project p ? p : null;
    LogicalPlan below = project == null ? sort.input() : project.input();
    if (!(below instanceof DynamoRead read)
        || !(read.path() instanceof QueryPath query)
        || query.partitionValues().size() != 1
        || query.index().sortKey().isEmpty()) {
      return node;
    }
    List<SortKey> keys = sort.keys();
    if (keys.size() > 1 && query.index().type() != IndexType.PRIMARY) {
      return node;
    }
    SortKey first = keys.get(0);
    Expr key = first.expr();
    if (project != null && key instanceof ColumnRef ref) {
      key = project.exprs().get(ref.index());
    }
    if (!(key instanceof ColumnRef column)
        || !read.scan()
            .table()
            .columns()
            .get(column.index())
            .attributePath()
            .equals(List.of(query.index().sortKey().get()))) {
      return node;
    }
    DynamoRead ordered = first.descending() ? read.withPath(query.descending()) : read;
    return project == null ? ordered : project.withInputs(List.of(ordered));
  }
}
