package io.dynamosql.jdbc.query;

import io.dynamosql.jdbc.dynamo.ReadControl;

/**
 * How one execution runs.
 *
 * @param control cancellation, query timeout and read budget of the executing statement
 * @param fetchSize the JDBC fetch size hint (0: the driver's default page size)
 * @param maxRows the most rows the application will take ({@code Statement.setMaxRows}, 0 for no
 *     cap); an engine may stop reading DynamoDB once it has produced this many
 * @param resumeToken a {@link io.dynamosql.jdbc.result.RowCursor#resumeToken()} of an earlier
 *     execution of the same query and parameters to continue from, or null to start at the
 *     beginning
 */
public record ExecutionOptions(
    ReadControl control, int fetchSize, long maxRows, String resumeToken) {}
