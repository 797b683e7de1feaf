/**
 * Request bodies read without a worker thread waiting on the client: {@link
 * io.dynamosql.mcp.body.BodyFilter} reads every POST body with Servlet non-blocking I/O, bounded in
 * size and in time, and hands the resources a {@link io.dynamosql.mcp.body.RequestBody}.
 */
package io.dynamosql.mcp.body;
