package io.dynamosql.mcp.prompt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamosql.mcp.dispatch.Dispatcher;
import io.dynamosql.mcp.dispatch.SinglePageLists;
import io.dynamosql.mcp.jsonrpc.JsonRpcException;
import io.dynamosql.mcp.protocol.RequestContext;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code prompts/list}, {@code prompts/get} and {@code completion/complete}. */
public final class PromptMethods {

  /** The most values a completion returns (the protocol's limit). */
  private static final int MAX_COMPLETIONS = 100;

  private final Map<String, Prompt> prompts = new LinkedHashMap<>();
  private final Map<String, Completer> completers;

  /**
   * @param completers by {@link Completer#forPrompt} or {@link Completer#forResource} key
   */
  public PromptMethods(List<Prompt> prompts, Map<String, Completer> completers) {
    prompts.forEach(p -> this.prompts.put(p.name(), p));
    this.completers = Map.copyOf(completers);
  }

  public void register(Dispatcher dispatcher) {
    dispatcher.on("prompts/list", this::list);
    dispatcher.on("prompts/get", this::get);
    dispatcher.on("completion/complete", this::complete);
  }

  private ObjectNode list(ObjectNode params, RequestContext context) throws JsonRpcException {
    SinglePageLists.rejectCursor(params);
    ObjectNode result = JsonNodeFactory.instance.objectNode();
    ArrayNode list = result.putArray("prompts");
    prompts.values().forEach(p -> list.add(p.definition()));
    return result;
  }

  private ObjectNode get(ObjectNode params, RequestContext context) throws JsonRpcException {
    JsonNode name = params.get("name");
    if (name == null || !name.isTextual()) {
      throw JsonRpcException.invalidParams("prompts/get: 'name' must be a string");
    }
    Prompt prompt = prompts.get(name.asText());
    if (prompt == null) {
      throw JsonRpcException.invalidParams("Unknown prompt: " + name.asText());
    }
    return prompt.get(strings(params.get("arguments"), "arguments"), context);
  }

  private ObjectNode complete(ObjectNode params, RequestContext context) throws Exception {
    JsonNode ref = params.get("ref");
    JsonNode argument = params.get("argument");
    if (ref == null || !ref.isObject() || argument == null || !argument.isObject()) {
      throw JsonRpcException.invalidParams(
          "completion/complete: 'ref' and 'argument' must be objects");
    }
    String type = ref.path("type").asText();
    String key =
        switch (type) {
          case "ref/prompt" -> Completer.forPrompt(ref.path("name").asText());
          case "ref/resource" -> Completer.forResource(ref.path("uri").asText());
          default ->
              throw JsonRpcException.invalidParams(
                  "completion/complete: unknown ref type '" + type + "'");
        };
    if (!argument.path("name").isTextual()) {
      throw JsonRpcException.invalidParams("completion/complete: 'argument.name' is required");
    }
    Completer completer = completers.get(key);
    List<String> values =
        completer == null
            ? List.of()
            : completer.complete(
                argument.get("name").asText(),
                argument.path("value").asText(""),
                strings(params.path("context").get("arguments"), "context.arguments"));
    ObjectNode result = JsonNodeFactory.instance.objectNode();
    ObjectNode completion = result.putObject("completion");
    ArrayNode list = completion.putArray("values");
    values.stream().limit(MAX_COMPLETIONS).forEach(list::add);
    completion.put("total", values.size());
    completion.put("hasMore", values.size() > MAX_COMPLETIONS);
    return result;
  }

  private static Map<String, String> strings(JsonNode object, String what) throws JsonRpcException {
    Map<String, String> values = new HashMap<>();
    if (object == null || object.isNull()) {
      return values;
    }
    if (!object.isObject()) {
      throw JsonRpcException.invalidParams("'" + what + "' must be an object of strings");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (!field.getValue().isTextual()) {
        throw JsonRpcException.invalidParams(
            "'" + what + "." + field.getKey() + "' must be a string");
      }
      values.put(field.getKey(), field.getValue().asText());
    }
    return values;
  }
}
