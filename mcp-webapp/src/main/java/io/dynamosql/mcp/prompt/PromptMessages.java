package io.dynamosql.mcp.prompt;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamosql.mcp.jsonrpc.JsonRpcException;
import java.util.Map;

/** Builders for prompt definitions and messages. */
public final class PromptMessages {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private PromptMessages() {}

  /** A prompt definition; arguments are {name, description, required} triples. */
  public static ObjectNode definition(
      String name, String title, String description, Object... arguments) {
    ObjectNode prompt = NODES.objectNode().put("name", name).put("title", title);
    prompt.put("description", description);
    ArrayNode list = prompt.putArray("arguments");
    for (int i = 0; i < arguments.length; i += 3) {
      list.addObject()
          .put("name", (String) arguments[i])
          .put("description", (String) arguments[i + 1])
          .put("required", (Boolean) arguments[i + 2]);
    }
    return prompt;
  }

  /** One user message with text content. */
  public static ArrayNode userText(String text) {
    ArrayNode messages = NODES.arrayNode();
    ObjectNode message = messages.addObject().put("role", "user");
    message.putObject("content").put("type", "text").put("text", text);
    return messages;
  }

  /** A required argument's value. */
  public static String required(String prompt, Map<String, String> arguments, String name)
      throws JsonRpcException {
    String value = arguments.get(name);
    if (value == null || value.isBlank()) {
      throw JsonRpcException.invalidParams(
          "prompts/get " + prompt + ": argument '" + name + "' is required");
    }
    return value;
  }
}
