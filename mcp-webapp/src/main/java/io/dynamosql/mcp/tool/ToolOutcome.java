package io.dynamosql.mcp.tool;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a {@code tools/call} answers: a finished {@link ToolResult}, or (2026-07-28) an {@link
 * InputRequired} result asking the client for input before the call can finish.
 */
public sealed interface ToolOutcome permits ToolResult, InputRequired {

  /** The result object of the JSON-RPC response. */
  ObjectNode toJson();

  /** Rows the call returned (for the audit log), or null. */
  Integer rowCount();

  /** DynamoDB items the call read (for the audit log), or null. */
  Long itemsRead();

  /** The audit log's {@code outcome}. */
  String auditOutcome();
}
