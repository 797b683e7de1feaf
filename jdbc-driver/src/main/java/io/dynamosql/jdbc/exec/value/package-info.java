/**
 * How values of the value model ({@link io.dynamosql.jdbc.type}) behave in SQL: comparison ({@link
 * io.dynamosql.jdbc.exec.value.SqlComparison}), the total order of sorting ({@link
 * io.dynamosql.jdbc.exec.value.ValueOrder}), grouping equality ({@link
 * io.dynamosql.jdbc.exec.value.GroupKey}), three-valued logic ({@link
 * io.dynamosql.jdbc.exec.value.Truth}), casts and arithmetic ({@link
 * io.dynamosql.jdbc.exec.value.Coercion}) and {@code LIKE} ({@link
 * io.dynamosql.jdbc.exec.value.LikePattern}).
 *
 * <p>Where SQL leaves a choice these classes behave like DuckDB, the reference engine of the
 * differential tests, and like DynamoDB for what DynamoDB defines: strings compare byte-wise in
 * UTF-8 order, numbers numerically. Values without an offset are read in UTC.
 */
package io.dynamosql.jdbc.exec.value;
