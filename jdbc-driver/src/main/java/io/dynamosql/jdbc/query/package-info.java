/**
 * The seam between the JDBC statements and the SQL engine. A statement hands its SQL text and its
 * connection's {@link io.dynamosql.jdbc.query.QueryContext} to the {@link
 * io.dynamosql.jdbc.query.QueryEngine}, gets a {@link io.dynamosql.jdbc.query.PreparedQuery} back
 * (parsed, checked read-only, names resolved) and executes it as often as it likes, each run a
 * {@link io.dynamosql.jdbc.result.RowCursor} under its own {@link
 * io.dynamosql.jdbc.dynamo.ReadControl}. Nothing in here knows JSqlParser or the AWS SDK.
 */
package io.dynamosql.jdbc.query;
