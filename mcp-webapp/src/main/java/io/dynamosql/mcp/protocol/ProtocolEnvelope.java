package io.dynamosql.mcp.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamosql.mcp.jsonrpc.JsonRpcException;
import io.dynamosql.mcp.jsonrpc.JsonRpcRequest;
import io.dynamosql.mcp.security.Caller;

/** One era's rules around the handlers: request validation, result and error shaping. */
public interface ProtocolEnvelope {

  /**
   * Validates a request against the era's rules and states what it speaks.
   *
   * @throws JsonRpcException with the era's code and HTTP status for a request it refuses
   */
  RequestContext open(JsonRpcRequest request, RequestHeaders headers, Caller caller)
      throws JsonRpcException;

  /** Adds the era's fields to a handler's result. */
  ObjectNode complete(String method, ObjectNode result);

  /** Gives an error the code and HTTP status this era uses for it. */
  JsonRpcException adapt(JsonRpcException error);
}
