/**
 * Who is calling and what they may do: scopes, the bearer challenge, per-client rate limits and the
 * audit log of tool calls. Token verification itself is MicroProfile JWT's.
 */
package io.dynamosql.mcp.security;
