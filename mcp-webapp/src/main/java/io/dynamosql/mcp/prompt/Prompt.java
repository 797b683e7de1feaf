package io.dynamosql.mcp.prompt;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamosql.mcp.jsonrpc.JsonRpcException;
import io.dynamosql.mcp.protocol.RequestContext;
import java.util.Map;

/** One prompt: its listing and the messages it expands to. */
public interface Prompt {

  String name();

  /** The {@code Prompt} object of {@code prompts/list}. */
  ObjectNode definition();

  /**
   * The prompt's messages for these arguments.
   *
   * @throws JsonRpcException -32602 when a required argument is missing
   */
  ArrayNode messages(Map<String, String> arguments) throws JsonRpcException;

  /**
   * The {@code prompts/get} result: the description and the messages. A prompt that first needs
   * input from the client (2026-07-28) answers an {@code InputRequiredResult} instead.
   */
  default ObjectNode get(Map<String, String> arguments, RequestContext context)
      throws JsonRpcException {
    ObjectNode result = JsonNodeFactory.instance.objectNode();
    result.put("description", definition().path("description").asText());
    result.set("messages", messages(arguments));
    return result;
  }
}
