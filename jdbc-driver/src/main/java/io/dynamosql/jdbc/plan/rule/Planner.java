package io.dynamosql.jdbc.plan.rule;

import io.dynamosql.jdbc.plan.logical.Limit;
import io.dynamosql.jdbc.plan.logical.LogicalPlan;
import io.dynamosql.jdbc.plan.physical.AccessPlanner;
import java.util.BitSet;

/**
 * Turns a bound plan into an executable one: predicates pushed down, join keys found, access paths
 * chosen, lookup joins, sorts served by the key order, exact limits pushed. Subqueries are planned
 * the same way when they first run.
 */
public final class Planner {

  private final int scanSegments;

  public Planner(int scanSegments) {
    this.scanSegments = scanSegments;
  }

  public LogicalPlan plan(LogicalPlan bound) {
    LogicalPlan plan = new PushPredicates().rewrite(bound);
    plan = new ExtractJoinKeys().rewrite(plan);
    BitSet used = RequiredFields.of(plan);
    plan = new ChooseAccessPaths(new AccessPlanner(scanSegments), used).rewrite(plan);
    plan = new UseLookupJoins().rewrite(plan);
    plan = new SortByIndex().rewrite(plan);
    return new PushLimit().rewrite(plan);
  }

  /**
   * {@code limit} with its {@code ?} counts replaced by their values for one execution, pushed into
   * DynamoDB's Limit when that is exact.
   */
  public LogicalPlan withCounts(Limit limit, long offset, long fetch) {
    return new PushLimit().apply(new Limit(limit.input(), offset, fetch));
  }
}
