package io.dynamosql.mcp.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamosql.mcp.jsonrpc.JsonRpcException;
import io.dynamosql.mcp.prompt.Prompt;
import io.dynamosql.mcp.prompt.PromptMessages;
import java.util.Map;
import java.util.function.Function;

/** A conformance fixture prompt: fixed messages built from its (checked) arguments. */
class FixturePrompt implements Prompt {

  private final ObjectNode definition;
  private final Function<Map<String, String>, ArrayNode> body;

  FixturePrompt(ObjectNode definition, Function<Map<String, String>, ArrayNode> body) {
    this.definition = definition;
    this.body = body;
  }

  @Override
  public String name() {
    return definition.get("name").asText();
  }

  @Override
  public ObjectNode definition() {
    return definition;
  }

  @Override
  public ArrayNode messages(Map<String, String> arguments) throws JsonRpcException {
    for (JsonNode argument : definition.path("arguments")) {
      if (argument.path("required").asBoolean()) {
        PromptMessages.required(name(), arguments, argument.get("name").asText());
      }
    }
    return body.apply(arguments);
  }
}
