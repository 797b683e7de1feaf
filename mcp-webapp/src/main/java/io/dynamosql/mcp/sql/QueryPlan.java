package io.dynamosql.mcp.sql;

/**
 * What the driver would do with a query, without running it.
 *
 * @param plan the driver's {@code EXPLAIN} text
 * @param normalizedSql the query in the driver's own form ({@link java.sql.Connection#nativeSQL})
 * @param planMillis time spent planning, in milliseconds
 */
public record QueryPlan(String plan, String normalizedSql, long planMillis) {}
