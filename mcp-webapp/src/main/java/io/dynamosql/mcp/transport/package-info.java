/**
 * The Streamable HTTP transport at {@code /mcp}: the Jakarta REST resource, the HTTP-level checks
 * (Origin, media types, body size, era headers) and the wiring of the server's parts.
 */
package io.dynamosql.mcp.transport;
