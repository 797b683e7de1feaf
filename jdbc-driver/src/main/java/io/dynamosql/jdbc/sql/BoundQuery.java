package io.dynamosql.jdbc.sql;

import io.dynamosql.jdbc.plan.logical.LogicalPlan;

/**
 * A query bound to the catalog.
 *
 * @param correlated whether it reads columns of an enclosing query
 */
record BoundQuery(LogicalPlan plan, boolean correlated) {}
