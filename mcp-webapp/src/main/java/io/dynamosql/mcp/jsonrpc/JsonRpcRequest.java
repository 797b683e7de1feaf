package io.dynamosql.mcp.jsonrpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One client message: a request (with an id) or a notification (without).
 *
 * @param id the request id (a string or integer node), or null for a notification
 * @param method the method name
 * @param params the params object (empty when the message had none)
 */
public record JsonRpcRequest(JsonNode id, String method, ObjectNode params) {

  /**
   * Reads a parsed body as a JSON-RPC request or notification.
   *
   * @throws JsonRpcException -32600 when the body is not a single well-formed request (batches are
   *     not part of MCP since 2025-06-18, responses are not accepted because this server never
   *     sends requests to clients)
   */
  public static JsonRpcRequest from(JsonNode body) throws JsonRpcException {
    if (!body.isObject()) {
      throw invalid(
          body.isArray()
              ? "JSON-RPC batches are not supported: send one message per request"
              : "the body must be a JSON-RPC request object");
    }
    JsonNode id = body.get("id");
    if (id != null && !(id.isTextual() || id.isIntegralNumber())) {
      throw invalid("'id' must be a string or an integer");
    }
    if (!"2.0".equals(body.path("jsonrpc").asText(null)) || !body.path("jsonrpc").isTextual()) {
      throw invalid("'jsonrpc' must be \"2.0\"");
    }
    JsonNode method = body.get("method");
    if (method == null || !method.isTextual() || method.asText().isEmpty()) {
      throw invalid(
          body.has("result") || body.has("error")
              ? "this server sends no requests, so it accepts no responses"
              : "'method' must be a non-empty string");
    }
    JsonNode params = body.get("params");
    if (params != null && !params.isNull() && !params.isObject()) {
      throw JsonRpcException.withStatus(
          ErrorCode.INVALID_PARAMS, "'params' must be an object", 400);
    }
    ObjectNode paramsObject =
        params instanceof ObjectNode p ? p : JsonNodeFactory.instance.objectNode();
    return new JsonRpcRequest(id, method.asText(), paramsObject);
  }

  public boolean isNotification() {
    return id == null;
  }

  private static JsonRpcException invalid(String message) {
    return JsonRpcException.withStatus(ErrorCode.INVALID_REQUEST, message, 400);
  }

  /**
   * The id of a message that may be invalid, when it is readable: error responses carry the request
   * id whenever it could be read.
   */
  public static JsonNode readableId(JsonNode body) {
    JsonNode id = body.isObject() ? body.get("id") : null;
    return id != null && (id.isTextual() || id.isIntegralNumber()) ? id : null;
  }
}
