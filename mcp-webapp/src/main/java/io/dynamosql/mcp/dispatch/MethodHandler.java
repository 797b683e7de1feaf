package io.dynamosql.mcp.dispatch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamosql.mcp.protocol.RequestContext;

/** Answers one JSON-RPC method. */
@FunctionalInterface
public interface MethodHandler {

  /**
   * @return the result object
   * @throws io.dynamosql.mcp.jsonrpc.JsonRpcException for a request the method refuses
   * @throws Exception for a server failure
   */
  ObjectNode handle(ObjectNode params, RequestContext context) throws Exception;
}
