package io.dynamosql.it.oauth;

import static io.dynamosql.it.oauth.AuthorizationServerCalls.assertError;
import static io.dynamosql.it.oauth.AuthorizationServerCalls.authorizationUrl;
import static io.dynamosql.it.oauth.AuthorizationServerCalls.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.dynamosql.it.support.DeployedProductTest;
import io.dynamosql.it.support.ProductHttp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How interactive clients become known: Dynamic Client Registration and metadata documents. */
class ClientRegistrationIT extends DeployedProductTest {

  static final String PASSWORD = "it-password-" + UUID.randomUUID();
  static final String REDIRECT = "http://127.0.0.1:49160/callback";

  private static MetadataDocumentServer documents;
  private static String user;

  private final AuthorizationServerCalls as = new AuthorizationServerCalls();

  @BeforeAll
  static void start() {
    documents = new MetadataDocumentServer();
    user = OAuthAdmin.createUser("cimd", PASSWORD);
  }

  @AfterAll
  static void stop() {
    documents.close();
  }

  @Test
  void dynamicRegistrationAnswersPerRfc7591AndIgnoresUnknownMembers() {
    HttpResponse<String> response =
        as.register(
            """
            {"client_name":"Desktop assistant","redirect_uris":["http://127.0.0.1/cb"],
             "grant_types":["authorization_code","refresh_token"],"response_types":["code"],
             "token_endpoint_auth_method":"none","application_type":"native",
             "resource":"%s","x-vendor":{"any":true}}
            """
                .formatted(AuthorizationServerCalls.mcpResource()));

    assertEquals(201, response.statusCode(), response.body());
    assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
    JsonNode client = json(response);
    assertTrue(client.path("client_id").asText().startsWith("dcr-"), response.body());
    assertTrue(client.path("client_id_issued_at").asLong() > 1_700_000_000L);
    assertEquals("Desktop assistant", client.path("client_name").asText());
    assertEquals("none", client.path("token_endpoint_auth_method").asText());
    assertEquals("http://127.0.0.1/cb", client.path("redirect_uris").path(0).asText());
    assertTrue(client.path("client_secret").isMissingNode(), "public clients get no secret");
  }

  @Test
  void aNonHttpsNonLoopbackRedirectIsRefused() {
    assertError(
        as.register("{\"redirect_uris\":[\"http://app.example.com/callback\"]}"),
        400,
        "invalid_redirect_uri");
    assertError(
        as.register(
            "{\"redirect_uris\":[\"https://app.example.com/cb\"],\"token_endpoint_auth_method\":\"client_secret_basic\"}"),
        400,
        "invalid_client_metadata");
    HttpResponse<String> form =
        http.send(
            HttpRequest.newBuilder(ProductHttp.uri("/register"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("redirect_uris=https://a.example/cb")));
    assertEquals(415, form.statusCode());
  }

  @Test
  void aMetadataDocumentClientGoesThroughTheWholeFlow() {
    String clientId = documents.serveClient("/clients/flow.json", "Document tool", REDIRECT);
    Pkce pkce = Pkce.create();

    URI back =
        new FormBrowser()
            .authorize(
                authorizationUrl(clientId, REDIRECT, pkce, "cimd-state"),
                user,
                PASSWORD,
                "approve");

    Map<String, String> answer = Forms.query(back);
    assertEquals("cimd-state", answer.get("state"));
    HttpResponse<String> tokens =
        as.exchange(clientId, answer.get("code"), REDIRECT, pkce.verifier());
    assertEquals(200, tokens.statusCode(), tokens.body());
    HttpResponse<String> refreshed =
        as.refresh(clientId, json(tokens).path("refresh_token").asText());
    assertEquals(200, refreshed.statusCode(), refreshed.body());
  }

  @Test
  void aDocumentWhoseClientIdDiffersIsShownAsAnError() {
    String clientId =
        documents.serve(
            "/clients/impostor.json",
            "{\"client_id\":\"https://trusted.example/client.json\",\"client_name\":\"Impostor\","
                + "\"redirect_uris\":[\""
                + REDIRECT
                + "\"]}");

    assertShownToThePerson(clientId, "names a different client_id");
  }

  @Test
  void aDocumentOnAPrivateAddressIsNeverFetched() {
    // localhost resolves to loopback, and only 127.0.0.1 is allowed for development here.
    String clientId = "https://localhost:" + documents.port() + "/clients/flow.json";
    documents.serveClient("/clients/flow.json", "Document tool", REDIRECT);

    assertShownToThePerson(clientId, "resolves to a private or special-use address");
  }

  @Test
  void anOversizedDocumentIsRefused() {
    String clientId =
        documents.serve(
            "/clients/huge.json",
            "{\"client_id\":\"%URL%\",\"client_name\":\""
                + "x".repeat(6 * 1024)
                + "\",\"redirect_uris\":[\""
                + REDIRECT
                + "\"]}");

    assertShownToThePerson(clientId, "is larger than 5120 bytes");
  }

  @Test
  void aRedirectTheDocumentDoesNotListIsRefused() {
    String clientId = documents.serveClient("/clients/other.json", "Document tool", REDIRECT);

    HttpResponse<String> response =
        new FormBrowser()
            .get(authorizationUrl(clientId, "https://evil.example/cb", Pkce.create(), "s"));

    assertEquals(400, response.statusCode());
    assertTrue(response.headers().firstValue("Location").isEmpty());
  }

  private void assertShownToThePerson(String clientId, String reason) {
    HttpResponse<String> response =
        new FormBrowser().get(authorizationUrl(clientId, REDIRECT, Pkce.create(), "s"));

    assertEquals(400, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Location").isEmpty(), "never redirected");
    assertTrue(response.body().contains(reason), response.body());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
        response.headers().toString());
    assertTrue(response.body().contains("<p class=\"lead\">"), "a real page: " + response.body());
  }
}
