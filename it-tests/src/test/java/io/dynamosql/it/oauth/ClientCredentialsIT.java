package io.dynamosql.it.oauth;

import static io.dynamosql.it.oauth.AuthorizationServerCalls.assertError;
import static io.dynamosql.it.oauth.AuthorizationServerCalls.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.dynamosql.it.support.DeployedProductTest;
import io.dynamosql.it.support.ProductHttp;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Automation's way in: client_credentials with the secret the admin command printed. */
class ClientCredentialsIT extends DeployedProductTest {

  private static OAuthAdmin.ApiClient reporting;
  private static OAuthAdmin.ApiClient reader;

  private final AuthorizationServerCalls as = new AuthorizationServerCalls();

  @BeforeAll
  static void apiClients() {
    reporting = OAuthAdmin.createApiClient("reporting", "query schemas:read");
    reader = OAuthAdmin.createApiClient("reader", "schemas:read");
  }

  @Test
  void basicAuthenticationGetsAShortLivedAudienceBoundTokenTheMcpEndpointAccepts()
      throws Exception {
    HttpResponse<String> response =
        as.tokenWithBasic(reporting.id(), reporting.secret(), "grant_type", "client_credentials");

    assertEquals(200, response.statusCode(), response.body());
    assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
    JsonNode body = json(response);
    assertEquals("Bearer", body.path("token_type").asText());
    assertEquals(600, body.path("expires_in").asInt());
    assertEquals("query schemas:read", body.path("scope").asText());
    assertFalse(body.has("refresh_token"), "client_credentials gets no refresh token");
    JWTClaimsSet claims = SignedJWT.parse(body.path("access_token").asText()).getJWTClaimsSet();
    assertEquals(AuthorizationServerCalls.issuer(), claims.getIssuer());
    assertEquals(List.of(AuthorizationServerCalls.mcpResource()), claims.getAudience());
    assertEquals(reporting.id(), claims.getStringClaim("client_id"));

    HttpResponse<String> mcp = as.initializeMcp(body.path("access_token").asText());
    assertEquals(200, mcp.statusCode(), mcp.body());
  }

  @Test
  void postAuthenticationWithANarrowerScopeGetsOnlyThatScope() throws Exception {
    HttpResponse<String> response =
        as.token(
            "grant_type",
            "client_credentials",
            "client_id",
            reporting.id(),
            "client_secret",
            reporting.secret(),
            "scope",
            "schemas:read");

    assertEquals(200, response.statusCode(), response.body());
    assertEquals("schemas:read", json(response).path("scope").asText());
    assertEquals(
        "schemas:read",
        SignedJWT.parse(json(response).path("access_token").asText())
            .getJWTClaimsSet()
            .getStringClaim("scope"));
  }

  @Test
  void aWrongBasicSecretIsInvalidClientWithABasicChallenge() {
    HttpResponse<String> response =
        as.tokenWithBasic(reporting.id(), "wrong", "grant_type", "client_credentials");

    assertError(response, 401, "invalid_client");
    assertTrue(
        response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic "),
        response.headers().toString());
  }

  @Test
  void aWrongPostSecretAnUnknownOrARevokedClientIsInvalidClient() {
    OAuthAdmin.ApiClient revoked = OAuthAdmin.createApiClient("revoked", "query");
    OAuthAdmin.revokeApiClient(revoked.id());

    assertError(
        as.token(
            "grant_type", "client_credentials",
            "client_id", reporting.id(),
            "client_secret", "wrong"),
        401,
        "invalid_client");
    assertError(
        as.tokenWithBasic("nobody", "secret", "grant_type", "client_credentials"),
        401,
        "invalid_client");
    assertError(
        as.tokenWithBasic(revoked.id(), revoked.secret(), "grant_type", "client_credentials"),
        401,
        "invalid_client");
  }

  @Test
  void aScopeBeyondTheClientsIsInvalidScope() {
    assertError(
        as.tokenWithBasic(
            reader.id(), reader.secret(), "grant_type", "client_credentials", "scope", "query"),
        400,
        "invalid_scope");
    assertError(
        as.tokenWithBasic(
            reader.id(), reader.secret(), "grant_type", "client_credentials", "scope", "admin"),
        400,
        "invalid_scope");
  }

  @Test
  void theTokenEndpointRejectsWhatItDoesNotExpect() {
    assertError(
        as.tokenWithBasic(reporting.id(), reporting.secret(), "grant_type", "password"),
        400,
        "unsupported_grant_type");
    assertError(
        as.tokenRequest(
            "grant_type=client_credentials&grant_type=client_credentials",
            "Basic "
                + java.util.Base64.getEncoder()
                    .encodeToString((reporting.id() + ":" + reporting.secret()).getBytes())),
        400,
        "invalid_request");
    assertError(
        as.token(
            "grant_type",
            "client_credentials",
            "client_id",
            reporting.id(),
            "client_secret",
            reporting.secret(),
            "resource",
            "https://elsewhere.example/mcp"),
        400,
        "invalid_target");

    HttpResponse<String> get = http.get("/token");
    assertEquals(405, get.statusCode());
    HttpResponse<String> json =
        http.send(
            HttpRequest.newBuilder(ProductHttp.uri("/token"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"grant_type\":\"client_credentials\"}")));
    assertEquals(415, json.statusCode());
    assertFalse(json.body().contains("Exception"), json.body());
  }
}
