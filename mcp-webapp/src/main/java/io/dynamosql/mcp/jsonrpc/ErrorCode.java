package io.dynamosql.mcp.jsonrpc;

/**
 * The JSON-RPC error codes this server emits: the JSON-RPC 2.0 standard codes and the codes the MCP
 * specification defines (-32002 for the initialize-based revisions, -32020..-32022 for 2026-07-28).
 */
public enum ErrorCode {
  PARSE_ERROR(-32700),
  INVALID_REQUEST(-32600),
  METHOD_NOT_FOUND(-32601),
  INVALID_PARAMS(-32602),
  INTERNAL_ERROR(-32603),
  /** Resource not found in revisions up to 2025-11-25 (2026-07-28 uses {@link #INVALID_PARAMS}). */
  RESOURCE_NOT_FOUND(-32002),
  HEADER_MISMATCH(-32020),
  MISSING_REQUIRED_CLIENT_CAPABILITY(-32021),
  UNSUPPORTED_PROTOCOL_VERSION(-32022);

  private final int code;

  ErrorCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
