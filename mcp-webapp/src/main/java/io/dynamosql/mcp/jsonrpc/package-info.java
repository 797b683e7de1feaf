/** JSON-RPC 2.0 messages as MCP uses them: one message per HTTP body, error codes, replies. */
package io.dynamosql.mcp.jsonrpc;
