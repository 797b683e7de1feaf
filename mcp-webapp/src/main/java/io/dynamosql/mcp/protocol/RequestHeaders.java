package io.dynamosql.mcp.protocol;

/** The HTTP request headers the protocol checks; names are case-insensitive. */
@FunctionalInterface
public interface RequestHeaders {

  /** The header's value, or null when absent. */
  String get(String name);

  String PROTOCOL_VERSION = "MCP-Protocol-Version";
  String METHOD = "Mcp-Method";
  String NAME = "Mcp-Name";
}
