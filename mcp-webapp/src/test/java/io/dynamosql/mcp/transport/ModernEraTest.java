package io.dynamosql.mcp.transport;

import static io.dynamosql.mcp.support.EndpointClient.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamosql.mcp.security.Caller;
import io.dynamosql.mcp.support.EndpointClient;
import io.dynamosql.mcp.support.H2Database;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Revision 2026-07-28: per-request _meta, header checks, result decoration. */
class ModernEraTest {

  private static final String VERSION = "2026-07-28";
  private static final Caller ALL = Caller.unauthenticated();
  private static EndpointClient client;

  @BeforeAll
  static void start() throws Exception {
    client = new EndpointClient(H2Database.create());
  }

  private static ObjectNode request(String method, ObjectNode params, String version) {
    ObjectNode meta = params.putObject("_meta");
    meta.put("io.modelcontextprotocol/protocolVersion", version);
    meta.putObject("io.modelcontextprotocol/clientCapabilities");
    ObjectNode body = EndpointClient.object().put("jsonrpc", "2.0").put("id", 11);
    body.put("method", method).set("params", params);
    return body;
  }

  private static HttpReply send(ObjectNode body, String... headers) {
    return client.post(body.toString(), ALL, headers);
  }

  private static HttpReply conformant(String method, ObjectNode params, String name) {
    return send(
        request(method, params, VERSION),
        "MCP-Protocol-Version",
        VERSION,
        "Mcp-Method",
        method,
        "Mcp-Name",
        name);
  }

  private static void assertError(HttpReply reply, int status, int code) {
    assertEquals(status, reply.status(), reply.toString());
    JsonNode body = parse(reply);
    assertEquals(code, body.at("/error/code").asInt(), reply.toString());
    assertEquals(11, body.get("id").asInt(), "error responses carry the request id");
  }

  @Test
  void discoverListsVersionsCapabilitiesAndCachingHints() {
    JsonNode result =
        parse(conformant("server/discover", EndpointClient.object(), null)).get("result");
    assertEquals("complete", result.get("resultType").asText());
    assertTrue(result.get("supportedVersions").toString().contains(VERSION));
    assertTrue(result.get("supportedVersions").toString().contains("2025-11-25"));
    assertTrue(result.at("/capabilities/tools").isObject());
    assertTrue(result.at("/capabilities/logging").isMissingNode(), "logging is not declared");
    assertEquals(
        "dynamosql-mcp", result.at("/_meta/io.modelcontextprotocol~1serverInfo/name").asText());
    assertTrue(result.get("ttlMs").isIntegralNumber());
    // Tool lists depend on the token's scopes, so shared caches must not keep them.
    assertEquals("private", result.get("cacheScope").asText());
  }

  @Test
  void listResultsCarryCachingHintsAndCallResultsDoNot() {
    JsonNode list = parse(conformant("tools/list", EndpointClient.object(), null)).get("result");
    assertEquals(3, list.get("tools").size());
    assertTrue(list.has("ttlMs"));
    ObjectNode call = EndpointClient.object().put("name", "list_tables");
    call.putObject("arguments");
    JsonNode result = parse(conformant("tools/call", call, "list_tables")).get("result");
    assertEquals("complete", result.get("resultType").asText());
    assertTrue(!result.has("ttlMs"));
  }

  @Test
  void missingMetaIsInvalidParamsWith400() {
    ObjectNode body = EndpointClient.object().put("jsonrpc", "2.0").put("id", 11);
    body.put("method", "tools/list").putObject("params");
    assertError(
        send(body, "MCP-Protocol-Version", VERSION, "Mcp-Method", "tools/list"), 400, -32602);
    ObjectNode noCapabilities = request("tools/list", EndpointClient.object(), VERSION);
    ((ObjectNode) noCapabilities.at("/params/_meta"))
        .remove("io.modelcontextprotocol/clientCapabilities");
    assertError(
        send(noCapabilities, "MCP-Protocol-Version", VERSION, "Mcp-Method", "tools/list"),
        400,
        -32602);
  }

  @Test
  void headerMismatchesAre32020() {
    ObjectNode body = request("tools/list", EndpointClient.object(), VERSION);
    assertError(send(body, "MCP-Protocol-Version", VERSION), 400, -32020);
    assertError(
        send(body, "MCP-Protocol-Version", VERSION, "Mcp-Method", "prompts/list"), 400, -32020);
    assertError(
        send(
            request("tools/list", EndpointClient.object(), "v999"),
            "MCP-Protocol-Version",
            VERSION,
            "Mcp-Method",
            "tools/list"),
        400,
        -32020);
    ObjectNode call = EndpointClient.object().put("name", "list_tables");
    assertError(conformant("tools/call", call, "run_sql"), 400, -32020);
    assertError(
        send(
            request("tools/call", EndpointClient.object().put("name", "list_tables"), VERSION),
            "MCP-Protocol-Version",
            VERSION,
            "Mcp-Method",
            "tools/call"),
        400,
        -32020);
  }

  @Test
  void aHeaderValueOutsideVisibleAsciiIsAMismatchEvenWhenItEqualsTheBody() {
    ObjectNode call = EndpointClient.object().put("name", "tést");
    assertError(conformant("tools/call", call, "tést"), 400, -32020);
  }

  @Test
  void base64EncodedNamesAreDecodedBeforeComparing() {
    ObjectNode params = EndpointClient.object().put("uri", "dynamosql://docs/sql-reference");
    String encoded =
        "=?base64?"
            + Base64.getEncoder()
                .encodeToString("dynamosql://docs/sql-reference".getBytes(StandardCharsets.UTF_8))
            + "?=";
    JsonNode result = parse(conformant("resources/read", params, encoded)).get("result");
    assertEquals("text/markdown", result.at("/contents/0/mimeType").asText());
  }

  @Test
  void unsupportedVersionIs32022WithTheSupportedList() {
    HttpReply reply =
        send(
            request("server/discover", EndpointClient.object(), "v999.0.0"),
            "MCP-Protocol-Version",
            "v999.0.0",
            "Mcp-Method",
            "server/discover");
    assertError(reply, 400, -32022);
    assertEquals("v999.0.0", parse(reply).at("/error/data/requested").asText());
    assertTrue(parse(reply).at("/error/data/supported").toString().contains(VERSION));
  }

  @Test
  void removedAndUnknownMethodsAre404() {
    for (String method :
        new String[] {
          "initialize", "ping", "logging/setLevel", "resources/subscribe", "nope/nope"
        }) {
      assertError(conformant(method, EndpointClient.object(), null), 404, -32601);
    }
  }

  @Test
  void missingResourceIsInvalidParams() {
    ObjectNode params = EndpointClient.object().put("uri", "dynamosql://docs/nothing");
    assertError(conformant("resources/read", params, "dynamosql://docs/nothing"), 200, -32602);
  }
}
