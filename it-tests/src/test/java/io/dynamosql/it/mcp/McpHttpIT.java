package io.dynamosql.it.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.dynamosql.it.support.DeployedProductTest;
import io.dynamosql.it.support.ProductHttp;
import io.dynamosql.it.support.TestTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The deployed MCP endpoint on the wire: bearer token verification by MicroProfile JWT with our
 * challenges, scopes, the rate limit, and every kind of bad request with its exact status and
 * JSON-RPC error.
 */
class McpHttpIT extends DeployedProductTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RESOURCE_METADATA =
      ProductHttp.uri("/.well-known/oauth-protected-resource/mcp").toString();
  private static final String PING = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}";

  private HttpResponse<String> post(String body, String token, String... headers) {
    return postTo(McpPaths.ENDPOINT, body, token, headers);
  }

  private HttpResponse<String> postTo(String path, String body, String token, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(ProductHttp.uri(path))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .header("Accept", "application/json, text/event-stream");
    boolean contentType = false;
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
      contentType |= headers[i].equalsIgnoreCase("Content-Type");
    }
    if (!contentType) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request);
  }

  /** A legacy-era request after initialize: 2025-11-25 header. */
  private HttpResponse<String> legacy(String body, String token) {
    return post(body, token, "MCP-Protocol-Version", "2025-11-25");
  }

  private static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertJsonRpcError(
      HttpResponse<String> response, int status, int code, String id) {
    assertEquals(status, response.statusCode(), response.body());
    JsonNode body = json(response);
    assertEquals("2.0", body.get("jsonrpc").asText());
    assertEquals(code, body.at("/error/code").asInt(), response.body());
    assertEquals(id, body.get("id").isNull() ? null : body.get("id").asText(), response.body());
  }

  private static String expiredToken() {
    return TestTokens.sign(
        TestTokens.claims("demo", "it-expired", List.of("query"))
            .issueTime(Date.from(Instant.now().minus(Duration.ofHours(2))))
            .expirationTime(Date.from(Instant.now().minus(Duration.ofHours(1))))
            .build());
  }

  private static String foreignAudienceToken() {
    return TestTokens.sign(
        TestTokens.claims("demo", "it-foreign", List.of("query"))
            .audience("https://elsewhere.example/mcp")
            .build());
  }

  private static String foreignIssuerToken() {
    return TestTokens.sign(
        TestTokens.claims("demo", "it-foreign", List.of("query"))
            .issuer("https://elsewhere.example")
            .build());
  }

  /**
   * Right claims signed by a key the server's JWKS does not hold, under {@code keyId}: the test
   * key's own id (the signature does not verify) or an unknown one (no key to verify with).
   */
  private static String forgedToken(String keyId) {
    JWTClaimsSet claims = TestTokens.claims("demo", "it-forged", List.of("query")).build();
    try {
      SignedJWT jwt =
          new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(), claims);
      jwt.sign(new RSASSASigner(new RSAKeyGenerator(2048).keyID(keyId).generate()));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String testKeyId() {
    try {
      return SignedJWT.parse(TestTokens.fullAccess()).getHeader().getKeyID();
    } catch (ParseException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void withoutATokenTheChallengeLeadsToTheResourceMetadata() {
    HttpResponse<String> response = post(PING, null);
    assertEquals(401, response.statusCode());
    assertEquals(
        "Bearer resource_metadata=\"" + RESOURCE_METADATA + "\", scope=\"query schemas:read\"",
        response.headers().firstValue("WWW-Authenticate").orElseThrow());
    assertEquals("unauthorized", json(response).get("error").asText());
  }

  /**
   * The documented URL has no trailing slash and is answered there, not redirected (clients follow
   * a 301 with a GET that drops the JSON-RPC body); the slash form keeps working for older configs.
   */
  @ParameterizedTest(name = "POST {0}")
  @CsvSource({"/mcp", "/mcp/"})
  void theEndpointAnswersWithAndWithoutATrailingSlash(String path) {
    HttpResponse<String> response =
        postTo(
            path,
            "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/list\"}",
            TestTokens.fullAccess(),
            "MCP-Protocol-Version",
            "2025-11-25");
    assertEquals(200, response.statusCode(), response.headers() + " " + response.body());
    List<String> tools = new ArrayList<>();
    json(response).at("/result/tools").forEach(tool -> tools.add(tool.get("name").asText()));
    assertEquals(
        List.of("describe_table", "list_tables", "run_sql"), tools.stream().sorted().toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "expired",
    "foreign audience",
    "foreign issuer",
    "bad signature",
    "unknown key",
    "not a JWT"
  })
  void anUnusableTokenIsAnInvalidTokenChallenge(String kind) {
    String token =
        switch (kind) {
          case "expired" -> expiredToken();
          case "foreign audience" -> foreignAudienceToken();
          case "foreign issuer" -> foreignIssuerToken();
          case "bad signature" -> forgedToken(testKeyId());
          case "unknown key" -> forgedToken("unknown-" + UUID.randomUUID());
          default -> "not-a-jwt";
        };
    HttpResponse<String> response = post(PING, token);
    assertEquals(401, response.statusCode(), response.body());
    assertEquals(
        "Bearer error=\"invalid_token\", resource_metadata=\""
            + RESOURCE_METADATA
            + "\", scope=\"query schemas:read\"",
        response.headers().firstValue("WWW-Authenticate").orElseThrow());
    assertTrue(
        response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
  }

  @Test
  void theResourceMetadataNamesTheResourceClientsConnectTo() {
    JsonNode metadata = json(http.get("/.well-known/oauth-protected-resource/mcp"));
    assertEquals(ProductHttp.uri("/mcp").toString(), metadata.get("resource").asText());
    assertEquals(
        ProductHttp.baseUri().toString(), metadata.at("/authorization_servers/0").asText());
  }

  @Test
  void aToolOutsideTheTokensScopesIsForbiddenWithAStepUpChallenge() {
    String token = TestTokens.token("demo", "it-schemas-only", "schemas:read");
    HttpResponse<String> response =
        legacy(
            "{\"jsonrpc\":\"2.0\",\"id\":\"c1\",\"method\":\"tools/call\",\"params\":{\"name\":"
                + "\"run_sql\",\"arguments\":{\"sql\":\"SELECT 1\"}}}",
            token);
    assertJsonRpcError(response, 403, -32600, "c1");
    String challenge = response.headers().firstValue("WWW-Authenticate").orElseThrow();
    assertTrue(challenge.startsWith("Bearer error=\"insufficient_scope\", scope=\"query\""));
    assertTrue(challenge.contains("resource_metadata=\"" + RESOURCE_METADATA + "\""));
  }

  @Test
  void everyAnswerCarriesTheRateLimitAndTheLimitIsEnforced() {
    String token = TestTokens.token("demo", "it-rate-" + UUID.randomUUID(), "query");
    HttpResponse<String> first = post(PING, token);
    assertEquals(200, first.statusCode());
    int limit = Integer.parseInt(first.headers().firstValue("X-RateLimit-Limit").orElseThrow());
    int remaining =
        Integer.parseInt(first.headers().firstValue("X-RateLimit-Remaining").orElseThrow());
    assertEquals(limit - 1, remaining);
    assertTrue(first.headers().firstValue("X-RateLimit-Reset").isPresent());
    // The bucket refills while the loop runs, so allow for twice the burst.
    HttpResponse<String> last = first;
    for (int i = 0; i <= 2 * limit && last.statusCode() == 200; i++) {
      last = post(PING, token);
    }
    assertEquals(429, last.statusCode(), last.body());
    assertTrue(Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow()) >= 1);
    assertEquals("rate_limited", json(last).get("error").asText());
    // Another client has its own allowance.
    assertEquals(200, post(PING, TestTokens.token("demo", "it-rate-other", "query")).statusCode());
  }

  @Test
  void malformedJsonIsAParseErrorWithANullId() {
    assertJsonRpcError(legacy("{\"jsonrpc\":", TestTokens.fullAccess()), 400, -32700, null);
  }

  @Test
  void aWrongJsonRpcVersionIsAnInvalidRequestKeepingTheId() {
    assertJsonRpcError(
        legacy("{\"jsonrpc\":\"1.0\",\"id\":9,\"method\":\"ping\"}", TestTokens.fullAccess()),
        400,
        -32600,
        "9");
  }

  @Test
  void anUnknownMethodIsMethodNotFoundInEachEra() {
    assertJsonRpcError(
        legacy(
            "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tables/drop\"}", TestTokens.fullAccess()),
        200,
        -32601,
        "2");
    HttpResponse<String> modern =
        post(
            "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tables/drop\",\"params\":{\"_meta\":{"
                + "\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
                + "\"io.modelcontextprotocol/clientCapabilities\":{}}}}",
            TestTokens.fullAccess(),
            "MCP-Protocol-Version",
            "2026-07-28",
            "Mcp-Method",
            "tables/drop");
    assertJsonRpcError(modern, 404, -32601, "3");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "missing name      | {\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{}}",
        "name not a string | {\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":7}}",
        "unknown tool      | {\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":\"drop_table\"}}",
        "arguments array   | {\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":\"run_sql\",\"arguments\":[]}}",
        "missing uri       | {\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"resources/read\",\"params\":{}}",
        "prompt args types | {\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"prompts/get\",\"params\":{\"name\":\"write_query\",\"arguments\":{\"question\":1}}}",
      })
  void missingOrMistypedParamsAreInvalidParams(String what, String body) {
    assertJsonRpcError(legacy(body, TestTokens.fullAccess()), 200, -32602, "4");
  }

  @Test
  void paramsThatAreNotAnObjectAreABadRequest() {
    assertJsonRpcError(
        legacy(
            "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/list\",\"params\":[1]}",
            TestTokens.fullAccess()),
        400,
        -32602,
        "5");
  }

  @Test
  void anOversizedBodyIsTooLarge() {
    String body =
        "{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"ping\",\"params\":{\"pad\":\""
            + "x".repeat(1_100_000)
            + "\"}}";
    HttpResponse<String> response = legacy(body, TestTokens.fullAccess());
    assertEquals(413, response.statusCode());
    assertEquals(-32600, json(response).at("/error/code").asInt());
  }

  @Test
  void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
    HttpResponse<String> response =
        post(PING, TestTokens.fullAccess(), "Content-Type", "text/plain");
    assertEquals(415, response.statusCode());
    assertEquals(-32600, json(response).at("/error/code").asInt());
  }

  @Test
  void aForeignOriginIsForbidden() {
    HttpResponse<String> response =
        post(PING, TestTokens.fullAccess(), "Origin", "https://attacker.example");
    assertEquals(403, response.statusCode());
  }

  @Test
  void getAndDeleteAreNotAllowed() {
    HttpResponse<String> get =
        http.send(
            HttpRequest.newBuilder(McpPaths.endpoint())
                .GET()
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + TestTokens.fullAccess()));
    assertEquals(405, get.statusCode());
    HttpResponse<String> delete =
        http.send(
            HttpRequest.newBuilder(McpPaths.endpoint())
                .DELETE()
                .header("Authorization", "Bearer " + TestTokens.fullAccess()));
    assertEquals(405, delete.statusCode());
  }

  @Test
  void notificationsAreAcceptedWithoutABody() {
    HttpResponse<String> response =
        legacy(
            "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
            TestTokens.fullAccess());
    assertEquals(202, response.statusCode());
    assertTrue(response.body().isEmpty());
  }

  @Test
  void dmlInRunSqlIsAToolErrorThatStatesTheReadOnlyRule() {
    JsonNode result =
        json(
            legacy(
                "{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"tools/call\",\"params\":{\"name\":"
                    + "\"run_sql\",\"arguments\":{\"sql\":\"DELETE FROM customers\"}}}",
                TestTokens.fullAccess()));
    assertTrue(result.at("/result/isError").asBoolean(), result::toString);
    assertTrue(result.at("/result/content/0/text").asText().contains("read-only"));
    assertFalse(result.has("error"));
  }

  @Test
  void anUnknownTableIsAToolErrorThatNamesTheSchemaAndSuggests() {
    JsonNode result =
        json(
            legacy(
                "{\"jsonrpc\":\"2.0\",\"id\":10,\"method\":\"tools/call\",\"params\":{\"name\":"
                    + "\"describe_table\",\"arguments\":{\"table_name\":\"custmers\"}}}",
                TestTokens.fullAccess()));
    assertTrue(result.at("/result/isError").asBoolean(), result::toString);
    String text = result.at("/result/content/0/text").asText();
    assertTrue(text.startsWith("Table 'custmers' does not exist in schema '"), text);
    assertTrue(text.contains("Did you mean: customers"), text);
  }
}
