package io.dynamosql.it.hostile;

import static io.dynamosql.it.hostile.McpWire.PING;
import static io.dynamosql.it.hostile.McpWire.assertJsonRpcError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.dynamosql.it.support.DeployedProductTest;
import io.dynamosql.it.support.TestTokens;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Malformed JSON-RPC and header abuse at the MCP endpoint, beyond what McpHttpIT covers (parse
 * errors, wrong version, oversized body, text/plain, foreign Origin): each refusal is the exact
 * status and JSON-RPC code, carries no stack trace, and the endpoint keeps answering.
 */
class McpRequestAbuseIT extends DeployedProductTest {

  private static final String MODERN = "2026-07-28";

  private final McpWire wire = new McpWire();
  private final String token = TestTokens.fullAccess();

  private static String modernPing(String id) {
    return "{\"jsonrpc\":\"2.0\",\"id\":\""
        + id
        + "\",\"method\":\"ping\",\"params\":{\"_meta\":{"
        + "\"io.modelcontextprotocol/protocolVersion\":\""
        + MODERN
        + "\",\"io.modelcontextprotocol/clientCapabilities\":{}}}}";
  }

  @Test
  void aBatchIsAnInvalidRequest() {
    assertJsonRpcError(wire.postAs(token, "[" + PING + "," + PING + "]"), 400, -32600, null);
  }

  @Test
  void deeplyNestedJsonIsAParseErrorNotAStackOverflow() {
    String nested = "[".repeat(100_000) + "]".repeat(100_000);
    HttpResponse<String> response =
        wire.postAs(
            token, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":" + nested + "}");
    assertJsonRpcError(response, 400, -32700, null);
    assertFalse(response.body().contains("Exception"), response.body());
  }

  @Test
  void duplicateKeysAreAParseError() {
    assertJsonRpcError(
        wire.postAs(token, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"method\":\"x\"}"),
        400,
        -32700,
        null);
  }

  /**
   * Two Content-Type headers are refused by the webapp before the REST layer parses them (which
   * answered 400 on Jersey and 415 on RESTEasy): the endpoint's JSON-RPC 400, on every server.
   */
  @Test
  void aContradictoryContentTypeIsABadRequest() {
    HttpResponse<String> response =
        wire.post(
            PING,
            "Content-Type",
            "text/plain",
            "Content-Type",
            "application/json",
            "Accept",
            "application/json",
            "Authorization",
            "Bearer " + token);
    assertJsonRpcError(response, 400, -32600, null);
    assertNoStackTrace(response);
  }

  @Test
  void anAcceptWithoutJsonIsNotAcceptable() {
    HttpResponse<String> response =
        wire.post(
            PING,
            "Content-Type",
            "application/json",
            "Accept",
            "text/html",
            "Authorization",
            "Bearer " + token);
    assertJsonRpcError(response, 406, -32600, null);
  }

  @Test
  void anUnknownProtocolVersionHeaderIsRefusedWithTheSupportedOnes() {
    JsonNode error =
        assertJsonRpcError(
            wire.postAs(token, PING, "MCP-Protocol-Version", "1999-01-01"), 400, -32022, "1");
    assertEquals("1999-01-01", error.at("/error/data/requested").asText());
    assertTrue(error.at("/error/data/supported").toString().contains("2025-11-25"));
  }

  @Test
  void aProtocolVersionHeaderThatContradictsTheBodyIsAHeaderMismatch() {
    assertJsonRpcError(
        wire.postAs(
            token, modernPing("v"), "MCP-Protocol-Version", "2025-11-25", "Mcp-Method", "ping"),
        400,
        -32020,
        "v");
  }

  @Test
  void anMcpMethodHeaderThatContradictsTheBodyIsAHeaderMismatch() {
    JsonNode error =
        assertJsonRpcError(
            wire.postAs(
                token, modernPing("m"), "MCP-Protocol-Version", MODERN, "Mcp-Method", "tools/list"),
            400,
            -32020,
            "m");
    assertTrue(error.at("/error/message").asText().contains("Mcp-Method"), error.toString());
  }

  @Test
  void anMcpMethodHeaderWithControlCharactersIsAHeaderMismatch() {
    assertJsonRpcError(
        wire.postAs(
            token, modernPing("c"), "MCP-Protocol-Version", MODERN, "Mcp-Method", "pin\u00e9"),
        400,
        -32020,
        "c");
  }

  /**
   * A 64 KiB header is refused by the container before the application, with a 400 and no stack
   * trace; the endpoint still answers the next request.
   */
  @Test
  void aHugeHeaderIsRefusedAndTheEndpointKeepsAnswering() {
    McpWire.SocketAnswer answer =
        McpWire.postOverSocket(token, PING, "X-Padding", "x".repeat(64 * 1024));
    assertEquals(400, answer.status(), answer.text());
    assertNoStackTrace(answer.text());
    assertEquals(200, wire.postAs(token, PING).statusCode());
  }

  /** A 60 KB bearer token is refused like any oversized header, before it is parsed. */
  @Test
  void aHugeBearerTokenIsRefused() {
    McpWire.SocketAnswer answer = McpWire.postOverSocket("e" + "x".repeat(60_000), PING);
    assertEquals(400, answer.status(), answer.text());
    assertNoStackTrace(answer.text());
  }

  private static void assertNoStackTrace(HttpResponse<String> response) {
    assertNoStackTrace(response.body());
  }

  private static void assertNoStackTrace(String answer) {
    assertFalse(answer.contains("Exception"), answer);
    assertFalse(answer.contains("\tat "), answer);
  }
}
