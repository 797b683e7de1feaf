package io.dynamosql.mcp.transport;

import io.dynamosql.mcp.protocol.RequestHeaders;
import io.dynamosql.mcp.security.Caller;

/**
 * One POST to the MCP endpoint, as the transport sees it.
 *
 * @param headers the request headers
 * @param body the body, at most one byte longer than the configured limit
 * @param caller the authenticated caller
 */
public record HttpCall(RequestHeaders headers, byte[] body, Caller caller) {}
