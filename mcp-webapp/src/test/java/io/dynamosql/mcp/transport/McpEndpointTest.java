package io.dynamosql.mcp.transport;

import static io.dynamosql.mcp.support.EndpointClient.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.dynamosql.mcp.security.Caller;
import io.dynamosql.mcp.support.EndpointClient;
import io.dynamosql.mcp.support.H2Database;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The transport and the initialize-based revisions, byte for byte as a client sees them. */
class McpEndpointTest {

  private static EndpointClient client;
  private static final Caller ALL = Caller.unauthenticated();

  @BeforeAll
  static void start() throws Exception {
    client = new EndpointClient(H2Database.create());
  }

  private static void assertError(HttpReply reply, int status, int code, JsonNode id) {
    JsonNode body = parse(reply);
    assertEquals(status, reply.status(), reply.toString());
    assertEquals(code, body.path("error").path("code").asInt(), reply.toString());
    assertEquals(id == null ? "null" : id.toString(), body.get("id").toString());
  }

  @Test
  void initializeAnswersTheClientsVersionWhenSupported() {
    HttpReply reply =
        client.post(
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}",
            ALL);
    JsonNode result = parse(reply).get("result");
    assertEquals(200, reply.status());
    assertEquals("2025-06-18", result.get("protocolVersion").asText());
    assertEquals("dynamosql-mcp", result.at("/serverInfo/name").asText());
    assertTrue(result.at("/capabilities/tools").isObject());
    assertTrue(result.at("/capabilities/completions").isObject());
    assertFalse(reply.headers().containsKey("Mcp-Session-Id"), "the server keeps no sessions");
  }

  @Test
  void initializeWithAnUnknownVersionAnswersTheNewestLegacyOne() {
    JsonNode result =
        parse(
                client.post(
                    "{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"method\":\"initialize\",\"params\":"
                        + "{\"protocolVersion\":\"2099-01-01\",\"capabilities\":{}}}",
                    ALL))
            .get("result");
    assertEquals("2025-11-25", result.get("protocolVersion").asText());
  }

  @Test
  void notificationsAreAcceptedWithoutABody() {
    HttpReply reply =
        client.post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}", ALL);
    assertEquals(202, reply.status());
    assertNull(reply.body());
  }

  @Test
  void pingAnswersAnEmptyResult() {
    assertEquals("{}", client.result("ping", EndpointClient.object(), ALL).toString());
  }

  @Test
  void malformedJsonIsAParseError() {
    assertError(client.post("{\"jsonrpc\":\"2.0\",", ALL), 400, -32700, null);
    assertError(client.post("", ALL), 400, -32700, null);
  }

  @Test
  void wrongJsonRpcVersionIsAnInvalidRequestThatKeepsTheId() {
    assertError(
        client.post("{\"jsonrpc\":\"1.0\",\"id\":5,\"method\":\"ping\"}", ALL),
        400,
        -32600,
        EndpointClient.JSON.getNodeFactory().numberNode(5));
  }

  @Test
  void batchesAndBadIdsAreInvalidRequests() {
    assertError(
        client.post("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}]", ALL),
        400,
        -32600,
        null);
    assertError(
        client.post("{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"ping\"}", ALL), 400, -32600, null);
    assertError(
        client.post("{\"jsonrpc\":\"2.0\",\"id\":3}", ALL),
        400,
        -32600,
        EndpointClient.JSON.getNodeFactory().numberNode(3));
  }

  @Test
  void unknownMethodIsMethodNotFound() {
    assertError(
        client.legacy("tables/drop", EndpointClient.object(), ALL),
        200,
        -32601,
        EndpointClient.JSON.getNodeFactory().numberNode(7));
  }

  @Test
  void serverDiscoverBelongsToTheNewestRevisionOnly() {
    assertError(
        client.legacy("server/discover", EndpointClient.object(), ALL),
        200,
        -32601,
        EndpointClient.JSON.getNodeFactory().numberNode(7));
  }

  @Test
  void missingAndMistypedParamsAreInvalidParams() {
    assertError(
        client.legacy("tools/call", EndpointClient.object(), ALL),
        200,
        -32602,
        EndpointClient.JSON.getNodeFactory().numberNode(7));
    assertError(
        client.legacy("tools/call", EndpointClient.object().put("name", 42), ALL),
        200,
        -32602,
        EndpointClient.JSON.getNodeFactory().numberNode(7));
    assertError(
        client.legacy("tools/call", EndpointClient.object().put("name", "no_such_tool"), ALL),
        200,
        -32602,
        EndpointClient.JSON.getNodeFactory().numberNode(7));
    assertError(
        client.post("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"tools/list\",\"params\":[1]}", ALL),
        400,
        -32602,
        EndpointClient.JSON.getNodeFactory().numberNode(9));
    assertError(
        client.legacy("tools/list", EndpointClient.object().put("cursor", "x"), ALL),
        200,
        -32602,
        EndpointClient.JSON.getNodeFactory().numberNode(7));
  }

  @Test
  void wrongContentTypeIsUnsupportedMediaType() {
    assertEquals(415, client.post("{}", ALL, "Content-Type", "text/plain").status());
    assertEquals(415, client.post("{}", ALL, "Content-Type", null).status());
    assertEquals(
        200,
        client
            .post(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}",
                ALL,
                "Content-Type",
                "application/json; charset=utf-8")
            .status());
  }

  @Test
  void contentTypesThatAreNotOneMediaTypeAreABadRequest() {
    for (List<String> contentTypes :
        List.of(
            List.of("text/plain", "application/json"),
            List.of("application/json", "application/json"),
            List.of("text/plain, application/json"),
            List.of("json"),
            List.of("application/"),
            List.of("application/json; charset"),
            List.of("application/json; charset=\"utf-8"))) {
      HttpReply reply = McpEndpoint.contentTypeRefusal(contentTypes).orElseThrow();
      assertError(reply, 400, -32600, null);
      assertEquals(
          "Content-Type must be one media type, application/json",
          parse(reply).at("/error/message").asText(),
          contentTypes.toString());
    }
  }

  @Test
  void oneWellFormedContentTypeOrNoneIsLeftToTheEndpoint() {
    for (List<String> contentTypes :
        List.of(
            List.<String>of(),
            List.of("application/json"),
            List.of("Application/JSON;charset=UTF-8"),
            List.of("application/json ; charset=\"utf-8\" ;"),
            List.of("text/plain"))) {
      assertTrue(McpEndpoint.contentTypeRefusal(contentTypes).isEmpty(), contentTypes.toString());
    }
  }

  @Test
  void acceptWithoutJsonIsNotAcceptable() {
    assertEquals(406, client.post("{}", ALL, "Accept", "text/html").status());
  }

  @Test
  void oversizedBodyIsTooLarge() {
    String big =
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"pad\":\""
            + "x".repeat(1_048_577)
            + "\"}}";
    assertEquals(413, client.post(big, ALL).status());
  }

  @Test
  void foreignOriginsAreForbiddenAndLoopbackOnesAllowed() {
    String ping = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}";
    assertEquals(403, client.post(ping, ALL, "Origin", "http://evil.example.com").status());
    assertEquals(200, client.post(ping, ALL, "Origin", "http://localhost:6274").status());
    assertEquals(200, client.post(ping, ALL, "Origin", "http://127.0.0.1:8080").status());
  }

  @Test
  void anUnsupportedVersionHeaderIsABadRequest() {
    HttpReply reply =
        client.post(
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}",
            ALL,
            "MCP-Protocol-Version",
            "1999-01-01");
    assertError(reply, 400, -32022, EndpointClient.JSON.getNodeFactory().numberNode(1));
    assertEquals("1999-01-01", parse(reply).at("/error/data/requested").asText());
  }

  @Test
  void aMissingVersionHeaderMeansAnOlderClient() {
    assertEquals(
        200,
        client
            .post(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}",
                ALL,
                "MCP-Protocol-Version",
                null)
            .status());
  }

  @Test
  void missingResourceIsMinus32002() {
    assertError(
        client.legacy(
            "resources/read", EndpointClient.object().put("uri", "dynamosql://nothing"), ALL),
        200,
        -32002,
        EndpointClient.JSON.getNodeFactory().numberNode(7));
  }
}
