package io.dynamosql.it.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.dynamosql.it.support.DeployedProductTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The official MCP TypeScript SDK client (src/test/node/oauth/mcp-sdk-oauth.mjs), given only the
 * bare /mcp URL: it discovers, registers, authorizes through the pages, lists tools, refreshes, and
 * sees the reuse of its old refresh token refused.
 */
class McpSdkOAuthIT extends DeployedProductTest {

  static final String PASSWORD = "it-password-" + UUID.randomUUID();
  static final String REDIRECT = "http://127.0.0.1:49170/oauth/callback";

  private static String user;
  private static MetadataDocumentServer documents;

  @BeforeAll
  static void start() {
    user = OAuthAdmin.createUser("sdk", PASSWORD);
    documents = new MetadataDocumentServer();
  }

  @AfterAll
  static void stop() {
    documents.close();
  }

  private static JsonNode runSdk(String clientMetadataUrl) {
    NodeScript.Outcome outcome =
        NodeScript.run(
            "mcp-sdk-oauth.mjs",
            Map.of(
                "MCP_URL", AuthorizationServerCalls.mcpEndpoint(),
                "OAUTH_USERNAME", user,
                "OAUTH_PASSWORD", PASSWORD,
                "REDIRECT_URL", REDIRECT,
                "CLIENT_METADATA_URL", clientMetadataUrl));
    assertEquals(0, outcome.exitCode(), outcome.output());
    return outcome.result();
  }

  private static void assertWholeFlow(JsonNode result) {
    JsonNode request = result.path("authorizationRequest");
    assertEquals("S256", request.path("code_challenge_method").asText(), request.toString());
    assertEquals(AuthorizationServerCalls.mcpResource(), request.path("resource").asText());
    assertEquals(REDIRECT, request.path("redirect_uri").asText());
    assertTrue(result.path("stateRoundTrips").asBoolean(), result.toString());
    assertEquals(AuthorizationServerCalls.issuer(), result.path("iss").asText());
    assertTrue(result.path("issuerMatchesMetadata").asBoolean());
    assertTrue(result.path("gotRefreshToken").asBoolean());
    List<String> tools = new ArrayList<>();
    result.path("tools").forEach(t -> tools.add(t.asText()));
    assertEquals(List.of("describe_table", "list_tables", "run_sql"), tools, result.toString());
    assertEquals("AUTHORIZED", result.path("refresh").asText());
    assertTrue(result.path("rotated").asBoolean(), result.toString());
    assertEquals("invalid_grant", result.path("oldRefreshRefused").asText(), result.toString());
    assertEquals(
        "invalid_grant",
        result.path("newRefreshRefused").asText(),
        "the reuse revoked the whole family: " + result);
  }

  @Test
  void fromTheBareMcpUrlWithDynamicClientRegistration() {
    JsonNode result = runSdk("");

    assertTrue(result.path("clientId").asText().startsWith("dcr-"), result.toString());
    assertWholeFlow(result);
  }

  @Test
  void fromTheBareMcpUrlWithAClientIdMetadataDocument() {
    String documentUrl =
        documents.serveClient("/clients/mcp-sdk.json", "MCP SDK via CIMD", REDIRECT);

    JsonNode result = runSdk(documentUrl);

    assertEquals(documentUrl, result.path("clientId").asText(), result.toString());
    assertWholeFlow(result);
  }
}
