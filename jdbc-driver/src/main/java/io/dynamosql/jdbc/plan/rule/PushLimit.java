package io.dynamosql.jdbc.plan.rule;

import io.dynamosql.jdbc.plan.logical.DynamoRead;
import io.dynamosql.jdbc.plan.logical.Limit;
import io.dynamosql.jdbc.plan.logical.LogicalPlan;
import io.dynamosql.jdbc.plan.logical.Project;
import io.dynamosql.jdbc.plan.physical.QueryPath;
import io.dynamosql.jdbc.plan.physical.ScanPath;
import java.util.List;

/**
 * Pushes LIMIT (plus OFFSET) into DynamoDB's Limit when it is exact: the read has no filter at all
 * (DynamoDB's Limit counts evaluated items, not matches) and nothing between reorders or drops
 * rows. A limited Scan reads one segment, in order. Counts given as {@code ?} markers are pushed
 * when the statement runs ({@link Planner#withCounts}).
 */
final class PushLimit implements Rule {

  @Override
  public LogicalPlan apply(LogicalPlan node) {
    if (!(node instanceof Limit limit) || !limit.fixed() || limit.fetchValue() < 0) {
      return node;
    }
    Project project = limit.input() instanceof Project p ? p : null;
    LogicalPlan below = project == null ? limit.input() : project.input();
    if (!(below instanceof DynamoRead read)
        || !read.pushed().isEmpty()
        || !read.residual().isEmpty()
        || !(read.path() instanceof ScanPath
            || read.path() instanceof QueryPath q
                && q.partitionValues().size() == 1
                && !q.fetchFromTable())) {
      return node;
    }
    long items = limit.offsetValue() + limit.fetchValue();
    if (items < 0) {
      // Beyond a long: no Limit to push.
      return node;
    }
    DynamoRead limited = read.withLimit(items);
    LogicalPlan input = project == null ? limited : project.withInputs(List.of(limited));
    return limit.withInputs(List.of(input));
  }
}
