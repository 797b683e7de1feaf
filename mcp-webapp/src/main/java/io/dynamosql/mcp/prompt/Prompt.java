package io.dynamosql.mcp.prompt;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamosql.mcp.jsonrpc.JsonRpcException;
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
}
