package io.dynamosql.mcp.jsonrpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds JSON-RPC response objects. */
public final class JsonRpcReplies {

  private JsonRpcReplies() {}

  public static ObjectNode result(JsonNode id, JsonNode result) {
    ObjectNode reply = envelope(id);
    reply.set("result", result);
    return reply;
  }

  /** An error response; {@code id} is JSON null when the request id could not be read. */
  public static ObjectNode error(JsonNode id, JsonRpcException error) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("code", error.code().code());
    body.put("message", error.getMessage());
    if (error.data() != null) {
      body.set("data", error.data());
    }
    ObjectNode reply = envelope(id);
    reply.set("error", body);
    return reply;
  }

  private static ObjectNode envelope(JsonNode id) {
    ObjectNode reply = JsonNodeFactory.instance.objectNode();
    reply.put("jsonrpc", "2.0");
    reply.set("id", id == null ? JsonNodeFactory.instance.nullNode() : id);
    return reply;
  }
}
