package io.dynamosql.mcp.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamosql.mcp.conformance.InputRounds.Input;
import io.dynamosql.mcp.jsonrpc.JsonRpcException;
import io.dynamosql.mcp.prompt.Prompt;
import io.dynamosql.mcp.prompt.PromptMessages;
import io.dynamosql.mcp.protocol.RequestContext;
import io.dynamosql.mcp.tool.InputRequired;
import io.dynamosql.mcp.tool.Tool;
import io.dynamosql.mcp.tool.ToolResult;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The multi round-trip fixture tools of the 2026-07-28 conformance scenarios ({@code
 * input-required-result-*}), with the inputs and answers the suite's descriptions give.
 */
final class InputRequiredFixtures {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private InputRequiredFixtures() {}

  static List<Tool> tools() {
    RequestStates states = new RequestStates(Clock.systemUTC());
    Map<String, Input> name = Map.of("user_name", elicit("What is your name?", "name", "string"));
    return List.of(
        fixture(
            "test_input_required_result_elicitation",
            List.of(name),
            null,
            r -> "Hello, " + r.at("/user_name/content/name").asText() + "!"),
        fixture(
            "test_streaming_elicitation",
            List.of(name),
            null,
            r -> "Hello, " + r.at("/user_name/content/name").asText() + "!"),
        fixture(
            "test_input_required_result_sampling",
            List.of(Map.of("capital_question", sample("What is the capital of France?", 100))),
            null,
            r -> "The model answered: " + r.at("/capital_question/content/text").asText()),
        fixture(
            "test_input_required_result_list_roots",
            List.of(Map.of("client_roots", roots())),
            null,
            r -> "The client's roots: " + rootUris(r.at("/client_roots/roots"))),
        fixture(
            "test_input_required_result_request_state",
            List.of(Map.of("confirm", elicit("Please confirm", "ok", "boolean"))),
            states,
            r -> "state-ok: confirmed " + r.at("/confirm/content/ok").asText()),
        fixture(
            "test_input_required_result_multiple_inputs",
            List.of(
                ordered(
                    "user_name", elicit("What is your name?", "name", "string"),
                    "greeting", sample("Generate a greeting", 50),
                    "client_roots", roots())),
            states,
            r ->
                r.at("/greeting/content/text").asText()
                    + " "
                    + r.at("/user_name/content/name").asText()
                    + " ("
                    + rootUris(r.at("/client_roots/roots"))
                    + ")"),
        fixture(
            "test_input_required_result_multi_round",
            List.of(
                Map.of("step1", elicit("Step 1: What is your name?", "name", "string")),
                Map.of("step2", elicit("Step 2: What is your favorite color?", "color", "string"))),
            states,
            r -> "Favorite color: " + r.at("/step2/content/color").asText()),
        fixture(
            "test_input_required_result_tampered_state",
            List.of(Map.of("confirm", elicit("Please confirm", "ok", "boolean"))),
            states,
            r -> "state-ok"),
        fixture(
            "test_input_required_result_capabilities",
            List.of(
                ordered(
                    "user_name", elicit("What is your name?", "name", "string"),
                    "capital_question", sample("What is the capital of France?", 100))),
            null,
            r -> "Answered with the capabilities the client declared"));
  }

  /** {@code test_input_required_result_prompt}: asks for context, then answers its messages. */
  static Prompt prompt() {
    String name = "test_input_required_result_prompt";
    InputRounds rounds =
        new InputRounds(
            name,
            List.of(
                Map.of(
                    "user_context",
                    elicit("What context should the prompt use?", "context", "string"))),
            null);
    return new FixturePrompt(
        PromptMessages.definition(
            name, "Prompt Needing Input", "A prompt that asks the client for context first"),
        arguments -> PromptMessages.userText("Use the context the client provided.")) {
      @Override
      public ObjectNode get(Map<String, String> arguments, RequestContext context)
          throws JsonRpcException {
        Optional<InputRequired> pending = rounds.pending(context);
        if (pending.isPresent()) {
          return pending.get().toJson();
        }
        String given = context.params().at("/inputResponses/user_context/content/context").asText();
        ObjectNode result =
            JsonNodeFactory.instance.objectNode().put("description", "Prompt with context");
        result.set("messages", PromptMessages.userText("Prompt with context: " + given));
        return result;
      }
    };
  }

  private static Tool fixture(
      String name,
      List<Map<String, Input>> rounds,
      RequestStates states,
      Function<JsonNode, String> answer) {
    InputRounds inputs = new InputRounds(name, rounds, states);
    return new FixtureTool(
        name,
        "Asks the client for input before it answers",
        context -> {
          Optional<InputRequired> pending = inputs.pending(context);
          if (pending.isPresent()) {
            return pending.get();
          }
          JsonNode responses = context.params().get("inputResponses");
          return new ToolResult(
              ToolResult.textBlock(answer.apply(responses)), null, false, null, null);
        });
  }

  private static Map<String, Input> ordered(Object... keysAndInputs) {
    Map<String, Input> inputs = new LinkedHashMap<>();
    for (int i = 0; i < keysAndInputs.length; i += 2) {
      inputs.put((String) keysAndInputs[i], (Input) keysAndInputs[i + 1]);
    }
    return inputs;
  }

  private static Input elicit(String message, String property, String type) {
    ObjectNode params = NODES.objectNode().put("message", message);
    ObjectNode schema = params.putObject("requestedSchema").put("type", "object");
    schema.putObject("properties").putObject(property).put("type", type);
    schema.putArray("required").add(property);
    return new Input("elicitation/create", params, "elicitation");
  }

  private static Input sample(String question, int maxTokens) {
    ObjectNode params = NODES.objectNode();
    ObjectNode message = params.putArray("messages").addObject().put("role", "user");
    message.putObject("content").put("type", "text").put("text", question);
    params.put("maxTokens", maxTokens);
    return new Input("sampling/createMessage", params, "sampling");
  }

  private static Input roots() {
    return new Input("roots/list", NODES.objectNode(), "roots");
  }

  private static String rootUris(JsonNode roots) {
    StringBuilder uris = new StringBuilder();
    for (JsonNode root : roots) {
      uris.append(uris.length() == 0 ? "" : ", ").append(root.path("uri").asText());
    }
    return uris.toString();
  }
}
