package io.dynamosql.it.oauth;

import static io.dynamosql.it.oauth.AuthorizationServerCalls.assertError;
import static io.dynamosql.it.oauth.AuthorizationServerCalls.authorizationUrl;
import static io.dynamosql.it.oauth.AuthorizationServerCalls.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.dynamosql.it.support.DeployedProductTest;
import io.dynamosql.it.support.ProductHttp;
import io.dynamosql.it.support.TestTokens;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One test per rule of the authorization code flow (shared/design/oauth.md), as a client and a
 * person's browser meet them over HTTP.
 */
class AuthorizationCodeRulesIT extends DeployedProductTest {

  static final String PASSWORD = "it-password-" + UUID.randomUUID();
  static final String REDIRECT = "http://127.0.0.1:49152/callback";

  private static String user;
  private static String clientId;

  private final AuthorizationServerCalls as = new AuthorizationServerCalls();
  private final FormBrowser browser = new FormBrowser();

  @BeforeAll
  static void userAndClient() {
    user = OAuthAdmin.createUser("person", PASSWORD);
    clientId = new AuthorizationServerCalls().registerPublicClient("http://127.0.0.1/callback");
  }

  private record Approved(String code, Pkce pkce, Map<String, String> answer) {}

  private Approved approve(String... overrides) {
    Pkce pkce = Pkce.create();
    String state = "state-" + UUID.randomUUID();
    URI back =
        browser.authorize(
            authorizationUrl(clientId, REDIRECT, pkce, state, overrides),
            user,
            PASSWORD,
            "approve");
    assertTrue(back.toString().startsWith(REDIRECT + "?"), back.toString());
    Map<String, String> answer = Forms.query(back);
    assertEquals(state, answer.get("state"));
    return new Approved(answer.get("code"), pkce, answer);
  }

  private JsonNode tokens(Approved approved) {
    HttpResponse<String> response =
        as.exchange(clientId, approved.code(), REDIRECT, approved.pkce().verifier());
    assertEquals(200, response.statusCode(), response.body());
    return json(response);
  }

  @Test
  void anApprovedRequestGivesACodeWithIssThenTokensThatWorkAtTheMcpEndpoint() {
    Approved approved = approve();

    assertEquals(AuthorizationServerCalls.issuer(), approved.answer().get("iss"));
    JsonNode tokens = tokens(approved);
    assertEquals("query schemas:read", tokens.path("scope").asText());
    assertTrue(tokens.path("refresh_token").asText().length() > 40);
    HttpResponse<String> mcp = as.initializeMcp(tokens.path("access_token").asText());
    assertEquals(200, mcp.statusCode(), mcp.body());
  }

  @Test
  void missingOrPlainPkceIsRedirectedAsInvalidRequestWithStateAndIss() {
    for (String[] override :
        List.of(
            new String[] {"code_challenge", null},
            new String[] {"code_challenge_method", "plain"},
            new String[] {"code_challenge_method", null})) {
      HttpResponse<String> response =
          browser.get(authorizationUrl(clientId, REDIRECT, Pkce.create(), "s1", override));

      assertEquals(302, response.statusCode(), response.body());
      URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
      assertTrue(location.toString().startsWith(REDIRECT + "?"), location.toString());
      Map<String, String> answer = Forms.query(location);
      assertEquals("invalid_request", answer.get("error"), answer.toString());
      assertEquals("s1", answer.get("state"));
      assertEquals(AuthorizationServerCalls.issuer(), answer.get("iss"));
    }
  }

  @Test
  void aWrongVerifierIsInvalidGrant() {
    Approved approved = approve();

    assertError(
        as.exchange(clientId, approved.code(), REDIRECT, Pkce.create().verifier()),
        400,
        "invalid_grant");
  }

  @Test
  void aReplayedCodeIsRefusedAndRevokesTheTokensOfItsFirstUse() {
    Approved approved = approve();
    JsonNode first = tokens(approved);

    assertError(
        as.exchange(clientId, approved.code(), REDIRECT, approved.pkce().verifier()),
        400,
        "invalid_grant");
    assertError(as.refresh(clientId, first.path("refresh_token").asText()), 400, "invalid_grant");
  }

  @Test
  void theTokenRequestsRedirectUriMustMatchTheAuthorizationRequests() {
    Approved approved = approve();

    assertError(
        as.exchange(
            clientId,
            approved.code(),
            "http://127.0.0.1:49153/callback",
            approved.pkce().verifier()),
        400,
        "invalid_grant");
  }

  @Test
  void openRedirectAttemptsAreShownToThePersonAndNeverRedirected() {
    for (URI attempt :
        List.of(
            authorizationUrl(clientId, "https://evil.example/callback", Pkce.create(), "s"),
            authorizationUrl(clientId, "http://127.0.0.1:49152/elsewhere", Pkce.create(), "s"),
            authorizationUrl("unknown-client", "https://evil.example/callback", Pkce.create(), "s"),
            authorizationUrl(
                clientId, REDIRECT, Pkce.create(), "s", "redirect_uri", "https://evil.example/cb"),
            URI.create(
                authorizationUrl(clientId, REDIRECT, Pkce.create(), "s")
                    + "&redirect_uri=https%3A%2F%2Fevil.example%2Fcb"))) {
      HttpResponse<String> response = browser.get(attempt);

      assertEquals(400, response.statusCode(), attempt.toString());
      assertTrue(response.headers().firstValue("Location").isEmpty(), attempt.toString());
      assertTrue(
          response.body().contains("<h1 id=\"heading\">This sign-in request cannot be used</h1>"),
          "a real page, not escaped markup: " + response.body());
      assertFalse(response.body().contains("<form"), "no way to go on");
    }
  }

  @Test
  void anUnknownClientIsShownToThePerson() {
    HttpResponse<String> response =
        browser.get(authorizationUrl("dcr-unknown", REDIRECT, Pkce.create(), "s"));

    assertEquals(400, response.statusCode());
    assertTrue(response.body().contains("Unknown client dcr-unknown"), response.body());
  }

  @Test
  void anExpiredCodeIsInvalidGrant() throws InterruptedException {
    Approved approved = approve();
    // The ITs' server lets codes live 10 s (DYNAMOSQL_OAUTH_CODE_SECONDS); the default is 60 s.
    Thread.sleep(Duration.ofSeconds(11).toMillis());

    assertError(
        as.exchange(clientId, approved.code(), REDIRECT, approved.pkce().verifier()),
        400,
        "invalid_grant");
  }

  @Test
  void aReusedRefreshTokenRevokesTheWholeFamily() {
    JsonNode first = tokens(approve());
    String original = first.path("refresh_token").asText();
    HttpResponse<String> rotated = as.refresh(clientId, original);
    assertEquals(200, rotated.statusCode(), rotated.body());
    String next = json(rotated).path("refresh_token").asText();

    assertError(as.refresh(clientId, original), 400, "invalid_grant");
    assertError(as.refresh(clientId, next), 400, "invalid_grant");
  }

  @Test
  void aRevokedRefreshTokenEndsTheSession() {
    String refreshToken = tokens(approve()).path("refresh_token").asText();

    HttpResponse<String> revoked =
        as.revoke("client_id", clientId, "token", refreshToken, "token_type_hint", "refresh_token");

    assertEquals(200, revoked.statusCode(), revoked.body());
    assertError(as.refresh(clientId, refreshToken), 400, "invalid_grant");
  }

  @Test
  void anUnknownResourceIsInvalidTargetAndAForeignAudienceIsRefusedByTheMcpEndpoint() {
    HttpResponse<String> response =
        browser.get(
            authorizationUrl(
                clientId,
                REDIRECT,
                Pkce.create(),
                "s",
                "resource",
                "https://elsewhere.example/mcp"));
    assertEquals(302, response.statusCode());
    assertEquals(
        "invalid_target",
        Forms.query(URI.create(response.headers().firstValue("Location").orElseThrow()))
            .get("error"));

    String foreign =
        TestTokens.sign(
            TestTokens.claims(user, clientId, List.of("query", "schemas:read"))
                .audience("https://elsewhere.example/mcp")
                .build());
    HttpResponse<String> mcp = as.initializeMcp(foreign);
    assertEquals(401, mcp.statusCode(), mcp.body());
    assertTrue(
        mcp.headers().firstValue("WWW-Authenticate").orElse("").contains("invalid_token"),
        mcp.headers().toString());
  }

  @Test
  void denyingSendsAccessDenied() {
    URI back =
        browser.authorize(
            authorizationUrl(clientId, REDIRECT, Pkce.create(), "s-deny"), user, PASSWORD, "deny");

    Map<String, String> answer = Forms.query(back);
    assertEquals("access_denied", answer.get("error"));
    assertEquals("s-deny", answer.get("state"));
    assertEquals(AuthorizationServerCalls.issuer(), answer.get("iss"));
  }

  @Test
  void theLoginPageCannotBeFramedCachedOrReadByScriptsAndItsCookieIsHttpOnly() {
    HttpResponse<String> login =
        browser.get(authorizationUrl(clientId, REDIRECT, Pkce.create(), "s"));

    assertEquals(200, login.statusCode(), login.body());
    assertTrue(
        login.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
        login.headers().toString());
    String csp = login.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("frame-ancestors 'none'"), csp);
    assertTrue(csp.contains("default-src 'none'"), csp);
    assertEquals("DENY", login.headers().firstValue("X-Frame-Options").orElse(""));
    assertEquals("no-store", login.headers().firstValue("Cache-Control").orElse(""));
    assertEquals("no-referrer", login.headers().firstValue("Referrer-Policy").orElse(""));
    String cookie = login.headers().firstValue("Set-Cookie").orElse("");
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.contains("SameSite=Strict"), cookie);
    assertTrue(login.body().contains("name=\"csrf\""), "CSRF token in the form");
    HttpResponse<String> css = http.get("/assets/oauth.css");
    assertEquals(200, css.statusCode());
    assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
  }

  @Test
  void aWrongPasswordOrAStaleFormIsShownOnThePage() {
    browser.get(authorizationUrl(clientId, REDIRECT, Pkce.create(), "s"));
    Map<String, String> firstForm = browser.hiddenFields();

    HttpResponse<String> wrong =
        browser.submit("action", "login", "username", user, "password", "wrong password");
    assertEquals(200, wrong.statusCode());
    assertTrue(wrong.body().contains("The username or password is not correct."));

    Map<String, String> stale = new java.util.LinkedHashMap<>(firstForm);
    stale.put("csrf", "x".repeat(43));
    stale.put("action", "login");
    HttpResponse<String> forged = browser.post(Forms.encode(stale));
    assertEquals(403, forged.statusCode());
    assertTrue(forged.body().contains("This page is out of date"), forged.body());
  }

  @Test
  void theAuthorizationEndpointRejectsWhatItDoesNotExpect() {
    HttpResponse<String> json =
        http.send(
            HttpRequest.newBuilder(ProductHttp.uri("/authorize"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
    assertEquals(415, json.statusCode());
    HttpResponse<String> put =
        http.send(
            HttpRequest.newBuilder(ProductHttp.uri("/authorize"))
                .PUT(HttpRequest.BodyPublishers.ofString("")));
    assertEquals(405, put.statusCode());
    HttpResponse<String> noRequest = browser.post("action=login&username=a&password=b");
    assertEquals(400, noRequest.statusCode());
    assertTrue(noRequest.body().contains("has expired"), noRequest.body());
  }
}
