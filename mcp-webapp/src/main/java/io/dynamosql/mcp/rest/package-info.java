/**
 * The hosted product's REST face: {@code POST /v1/query} runs or plans one read-only query with the
 * same bearer tokens as the MCP endpoint and the {@code query} scope.
 */
package io.dynamosql.mcp.rest;
