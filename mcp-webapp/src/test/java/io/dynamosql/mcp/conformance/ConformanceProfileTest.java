package io.dynamosql.mcp.conformance;

import static io.dynamosql.mcp.support.EndpointClient.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamosql.mcp.config.ConfigKey;
import io.dynamosql.mcp.config.McpConfig;
import io.dynamosql.mcp.security.Caller;
import io.dynamosql.mcp.support.EndpointClient;
import io.dynamosql.mcp.support.H2Database;
import io.dynamosql.mcp.transport.HttpReply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The protocol features only the conformance fixtures exercise: notifications on an SSE response
 * stream and 2026-07-28 multi round-trip requests with integrity-protected state.
 */
class ConformanceProfileTest {

  private static final String MODERN = "2026-07-28";
  private static EndpointClient client;

  @BeforeAll
  static void start() throws Exception {
    client =
        new EndpointClient(
            H2Database.create(),
            McpConfig.of(Map.of(ConfigKey.CONFORMANCE_PROFILE, "true")),
            ConformanceFixtures.parts());
  }

  private static HttpReply call(String tool, ObjectNode extra, String accept) {
    ObjectNode params = extra.deepCopy().put("name", tool);
    ObjectNode meta = params.withObjectProperty("_meta");
    meta.put("io.modelcontextprotocol/protocolVersion", MODERN);
    meta.putObject("io.modelcontextprotocol/clientCapabilities").putObject("elicitation");
    ObjectNode body =
        EndpointClient.object().put("jsonrpc", "2.0").put("id", 21).put("method", "tools/call");
    body.set("params", params);
    return client.post(
        body.toString(),
        Caller.unauthenticated(),
        "Accept",
        accept,
        "MCP-Protocol-Version",
        MODERN,
        "Mcp-Method",
        "tools/call",
        "Mcp-Name",
        tool);
  }

  /** The data lines of an SSE body, parsed. */
  private static List<JsonNode> events(HttpReply reply) throws Exception {
    List<JsonNode> events = new ArrayList<>();
    for (String line : reply.body().split("\n")) {
      if (line.startsWith("data: ")) {
        events.add(EndpointClient.JSON.readTree(line.substring(6)));
      }
    }
    return events;
  }

  @Test
  void progressTravelsBeforeTheResponseOnAnEventStream() throws Exception {
    ObjectNode extra = EndpointClient.object();
    extra.putObject("_meta").put("progressToken", "p-1");
    HttpReply reply = call("test_tool_with_progress", extra, "application/json, text/event-stream");
    assertEquals("text/event-stream", reply.headers().get("Content-Type"));
    List<JsonNode> events = events(reply);
    assertEquals(4, events.size(), reply.body());
    for (int i = 0; i < 3; i++) {
      assertEquals("notifications/progress", events.get(i).get("method").asText());
      assertEquals("p-1", events.get(i).at("/params/progressToken").asText());
      assertEquals(i * 50, events.get(i).at("/params/progress").asInt());
    }
    assertEquals(21, events.get(3).get("id").asInt());
    assertEquals("complete", events.get(3).at("/result/resultType").asText());
  }

  @Test
  void aClientThatAcceptsOnlyJsonGetsTheResponseAlone() {
    ObjectNode extra = EndpointClient.object();
    extra.putObject("_meta").put("progressToken", "p-2");
    HttpReply reply = call("test_tool_with_progress", extra, "application/json");
    assertFalse(reply.headers().containsKey("Content-Type"));
    assertEquals("complete", parse(reply).at("/result/resultType").asText());
  }

  @Test
  void withoutALogLevelTheNewestRevisionLogsNothing() {
    HttpReply reply =
        call("test_logging_tool", EndpointClient.object(), "application/json, text/event-stream");
    assertFalse(reply.body().contains("notifications/message"), reply.body());
  }

  @Test
  void multiRoundRequestsCarrySignedStateThroughEveryRound() {
    HttpReply first =
        call("test_input_required_result_multi_round", EndpointClient.object(), "application/json");
    JsonNode round1 = parse(first).get("result");
    assertEquals("input_required", round1.get("resultType").asText());
    assertTrue(round1.at("/inputRequests/step1/method").asText().equals("elicitation/create"));

    ObjectNode retry =
        EndpointClient.object().put("requestState", round1.get("requestState").asText());
    retry
        .putObject("inputResponses")
        .putObject("step1")
        .put("action", "accept")
        .putObject("content")
        .put("name", "Ada");
    JsonNode round2 =
        parse(call("test_input_required_result_multi_round", retry, "application/json"))
            .get("result");
    assertEquals("input_required", round2.get("resultType").asText());
    assertTrue(round2.at("/inputRequests/step2").isObject());

    ObjectNode last =
        EndpointClient.object().put("requestState", round2.get("requestState").asText());
    last.putObject("inputResponses")
        .putObject("step2")
        .put("action", "accept")
        .putObject("content")
        .put("color", "teal");
    JsonNode done =
        parse(call("test_input_required_result_multi_round", last, "application/json"))
            .get("result");
    assertEquals("complete", done.get("resultType").asText());
    assertEquals("Favorite color: teal", done.at("/content/0/text").asText());
  }

  @Test
  void tamperedOrForeignStateIsInvalidParams() {
    JsonNode round1 =
        parse(
                call(
                    "test_input_required_result_tampered_state",
                    EndpointClient.object(),
                    "application/json"))
            .get("result");
    String state = round1.get("requestState").asText();
    String tampered = (state.charAt(0) == 'A' ? 'B' : 'A') + state.substring(1);
    for (String bad : List.of(tampered, "not-a-state")) {
      ObjectNode retry = EndpointClient.object().put("requestState", bad);
      retry.putObject("inputResponses").putObject("confirm").put("action", "accept");
      HttpReply reply =
          call("test_input_required_result_tampered_state", retry, "application/json");
      assertEquals(-32602, parse(reply).at("/error/code").asInt(), reply.body());
    }
    // A state issued for another tool does not continue this one.
    String other =
        parse(
                call(
                    "test_input_required_result_request_state",
                    EndpointClient.object(),
                    "application/json"))
            .at("/result/requestState")
            .asText();
    ObjectNode foreign = EndpointClient.object().put("requestState", other);
    foreign.putObject("inputResponses").putObject("confirm").put("action", "accept");
    assertEquals(
        -32602,
        parse(call("test_input_required_result_tampered_state", foreign, "application/json"))
            .at("/error/code")
            .asInt());
  }

  @Test
  void inputsTheClientCannotAnswerAreNeverAsked() {
    JsonNode result =
        parse(
                call(
                    "test_input_required_result_capabilities",
                    EndpointClient.object(),
                    "application/json"))
            .get("result");
    assertTrue(result.at("/inputRequests/user_name").isObject(), result.toString());
    assertTrue(
        result.at("/inputRequests/capital_question").isMissingNode(), "no sampling declared");
  }
}
