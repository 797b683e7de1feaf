package io.dynamosql.mcp.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamosql.mcp.jsonrpc.ErrorCode;
import io.dynamosql.mcp.jsonrpc.JsonRpcException;
import io.dynamosql.mcp.protocol.RequestContext;
import io.dynamosql.mcp.tool.InputRequired;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rounds of a conformance fixture that needs input from the client (2026-07-28 multi round-trip
 * requests): each round asks for some inputs, the client retries with their responses (and the
 * signed state of the round, when the fixture keeps one), and after the last round the fixture
 * answers from the responses. Inputs the client declared no capability for are never asked.
 */
final class InputRounds {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** One input: the request the client answers, and the client capability that request needs. */
  record Input(String method, ObjectNode params, String capability) {}

  private final String name;
  private final List<Map<String, Input>> rounds;
  private final RequestStates states;

  /**
   * @param name the tool or prompt, which the state names
   * @param states signer of the state between rounds, or null for a one-round fixture without state
   */
  InputRounds(String name, List<Map<String, Input>> rounds, RequestStates states) {
    this.name = name;
    this.rounds = List.copyOf(rounds);
    this.states = states;
  }

  /**
   * What the client must still provide, or empty when the request's {@code inputResponses} answer
   * the last round.
   *
   * @throws JsonRpcException -32602 for a malformed retry or a state that fails its check, -32021
   *     when the client declared none of the capabilities a round needs
   */
  Optional<InputRequired> pending(RequestContext context) throws JsonRpcException {
    JsonNode params = context.params();
    JsonNode state = params.get("requestState");
    int round = 0;
    if (states != null && state != null) {
      if (!state.isTextual()) {
        throw JsonRpcException.invalidParams("'requestState' must be a string");
      }
      round = states.verify(name, state.asText());
    }
    JsonNode responses = params.get("inputResponses");
    if (responses == null || responses.isNull()) {
      return Optional.of(ask(round, context));
    }
    if (!responses.isObject()) {
      throw JsonRpcException.invalidParams("'inputResponses' must be an object");
    }
    boolean missing = false;
    for (String key : asked(round, context).keySet()) {
      JsonNode response = responses.get(key);
      if (response == null) {
        missing = true;
      } else if (!response.isObject()) {
        throw JsonRpcException.invalidParams("'inputResponses." + key + "' must be an object");
      }
    }
    if (missing) {
      // The revision asks servers to re-request what is missing rather than fail.
      return Optional.of(ask(round, context));
    }
    return round + 1 < rounds.size() ? Optional.of(ask(round + 1, context)) : Optional.empty();
  }

  private Map<String, Input> asked(int round, RequestContext context) throws JsonRpcException {
    if (round >= rounds.size()) {
      throw JsonRpcException.invalidParams("Invalid requestState: no such round");
    }
    Map<String, Input> inputs = new LinkedHashMap<>();
    rounds
        .get(round)
        .forEach(
            (key, input) -> {
              if (context.clientCapabilities().has(input.capability())) {
                inputs.put(key, input);
              }
            });
    if (inputs.isEmpty()) {
      ObjectNode data = NODES.objectNode();
      ObjectNode required = data.putObject("requiredCapabilities");
      rounds.get(round).values().forEach(i -> required.putObject(i.capability()));
      throw new JsonRpcException(
          ErrorCode.MISSING_REQUIRED_CLIENT_CAPABILITY,
          "This tool needs input the client declared no capability for",
          data,
          400);
    }
    return inputs;
  }

  private InputRequired ask(int round, RequestContext context) throws JsonRpcException {
    ObjectNode requests = NODES.objectNode();
    asked(round, context)
        .forEach(
            (key, input) ->
                requests
                    .putObject(key)
                    .put("method", input.method())
                    .set("params", input.params()));
    return new InputRequired(requests, states == null ? null : states.issue(name, round));
  }
}
