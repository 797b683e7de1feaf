package io.dynamosql.jdbc.exec;

import io.dynamosql.jdbc.plan.expr.ColumnRef;
import io.dynamosql.jdbc.plan.logical.Aggregate;
import io.dynamosql.jdbc.plan.logical.Distinct;
import io.dynamosql.jdbc.plan.logical.DynamoRead;
import io.dynamosql.jdbc.plan.logical.Filter;
import io.dynamosql.jdbc.plan.logical.InlineRows;
import io.dynamosql.jdbc.plan.logical.Join;
import io.dynamosql.jdbc.plan.logical.Limit;
import io.dynamosql.jdbc.plan.logical.LogicalPlan;
import io.dynamosql.jdbc.plan.logical.LookupJoin;
import io.dynamosql.jdbc.plan.logical.Project;
import io.dynamosql.jdbc.plan.logical.SetOperation;
import io.dynamosql.jdbc.plan.logical.Sort;
import io.dynamosql.jdbc.plan.logical.TableScan;
import io.dynamosql.jdbc.plan.logical.Values;
import io.dynamosql.jdbc.plan.logical.Window;
import java.sql.SQLException;

/** Builds the operator tree of a planned query. */
final class Operators {

  /** The row of expressions evaluated outside any row (key values, filter values). */
  static final Object[] NO_ROW = new Object[0];

  private Operators() {}

  static RowSource build(LogicalPlan plan, ExecutionContext context) throws SQLException {
    return build(plan, context, null);
  }

  /**
   * The operator tree of a plan whose {@link SingleStream} read starts and reports as {@code
   * resume} says (null: no resume tracking).
   */
  static RowSource build(LogicalPlan plan, ExecutionContext context, StreamResume resume)
      throws SQLException {
    if (plan instanceof DynamoRead read) {
      return new DynamoReadSource(
          read, context, resume != null && resume.read() == read ? resume : null);
    }
    if (plan instanceof Filter filter) {
      return new FilterSource(build(filter.input(), context, resume), filter.condition(), context);
    }
    if (plan instanceof Project project) {
      if (passesReadRows(project)) {
        return build(project.input(), context, resume);
      }
      return new ProjectSource(build(project.input(), context, resume), project.exprs(), context);
    }
    if (plan instanceof Join join) {
      return new JoinSource(
          build(join.left(), context),
          build(join.right(), context),
          join,
          context,
          context.memory());
    }
    if (plan instanceof LookupJoin join) {
      return new LookupJoinSource(build(join.outer(), context), join, context);
    }
    if (plan instanceof Aggregate aggregate) {
      return new AggregateSource(
          build(aggregate.input(), context), aggregate, context, context.memory());
    }
    if (plan instanceof Window window) {
      return new WindowSource(build(window.input(), context), window, context, context.memory());
    }
    if (plan instanceof Sort sort) {
      return new SortSource(build(sort.input(), context), sort.keys(), context, context.memory());
    }
    if (plan instanceof Limit limit) {
      if (!limit.fixed()) {
        long offset = RowCounts.of(limit.offset(), "OFFSET", 0, context);
        long fetch = RowCounts.of(limit.fetch(), "LIMIT", -1, context);
        return build(context.planner().withCounts(limit, offset, fetch), context);
      }
      return new LimitSource(
          build(limit.input(), context), limit.offsetValue(), limit.fetchValue());
    }
    if (plan instanceof Distinct distinct) {
      return new DistinctSource(build(distinct.input(), context), context.memory());
    }
    if (plan instanceof SetOperation set) {
      return new SetOperationSource(
          build(set.left(), context), build(set.right(), context), set, context.memory());
    }
    if (plan instanceof Values) {
      return new ValuesSource();
    }
    if (plan instanceof InlineRows rows) {
      return new InlineRowsSource(rows, context);
    }
    if (plan instanceof TableScan scan) {
      throw new IllegalStateException("unplanned table scan of " + scan.table().name());
    }
    throw new IllegalStateException("no operator for " + plan.describe());
  }

  /**
   * Whether the projection hands a read's rows on unchanged ({@code SELECT *} of one table): a
   * read's rows are fresh arrays nobody else holds, so copying them column by column is waste.
   */
  private static boolean passesReadRows(Project project) {
    if (!(project.input() instanceof DynamoRead read)
        || project.exprs().size() != read.fields().size()) {
      return false;
    }
    for (int i = 0; i < project.exprs().size(); i++) {
      if (!(project.exprs().get(i) instanceof ColumnRef ref) || ref.index() != i) {
        return false;
      }
    }
    return true;
  }

  /** The single empty row of a SELECT without FROM. */
  private static final class ValuesSource implements RowSource {
    private boolean done;

    @Override
    public Object[] next() {
      if (done) {
        return null;
      }
      done = true;
      return NO_ROW;
    }

    @Override
    public void close() {
      done = true;
    }
  }
}
