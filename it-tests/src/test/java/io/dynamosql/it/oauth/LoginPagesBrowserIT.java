package io.dynamosql.it.oauth;

import static io.dynamosql.it.oauth.AuthorizationServerCalls.authorizationUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.dynamosql.it.support.DeployedProductTest;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A person signs in and consents in a real browser (Debian's chromium, headless, Playwright:
 * src/test/node/oauth/login-pages.mjs). Screenshots of every page are kept in
 * target/oauth-artifacts/screenshots.
 */
class LoginPagesBrowserIT extends DeployedProductTest {

  static final String PASSWORD = "it-password-" + UUID.randomUUID();

  private final AuthorizationServerCalls as = new AuthorizationServerCalls();

  @Test
  void aPersonGoesFromTheAuthorizationUrlToTheRedirectWithACode() throws Exception {
    String user = OAuthAdmin.createUser("browser", PASSWORD);
    Path shots = Path.of(System.getProperty("it.oauth.artifacts"), "screenshots");
    try (CallbackServer callback = new CallbackServer()) {
      String clientId =
          as.register(
                  "{\"client_name\":\"Data Explorer\",\"redirect_uris\":[\""
                      + callback.redirectUri()
                      + "\"]}")
              .body()
              .replaceAll(".*\"client_id\":\"([^\"]+)\".*", "$1");
      Pkce pkce = Pkce.create();
      URI start = authorizationUrl(clientId, callback.redirectUri(), pkce, "browser-state");
      URI openRedirect =
          authorizationUrl(clientId, "https://evil.example/steal", Pkce.create(), "x");

      NodeScript.Outcome outcome =
          NodeScript.run(
              "login-pages.mjs",
              Map.of(
                  "AUTHORIZATION_URL",
                  start.toString(),
                  "CALLBACK_PREFIX",
                  callback.redirectUri() + "?",
                  "OAUTH_USERNAME",
                  user,
                  "OAUTH_PASSWORD",
                  PASSWORD,
                  "SCREENSHOT_DIR",
                  shots.toString(),
                  "PROBLEM_URL",
                  openRedirect.toString()));

      assertEquals(0, outcome.exitCode(), outcome.output());
      JsonNode seen = outcome.result();
      assertEquals(200, seen.path("loginStatus").asInt());
      assertEquals("Sign in · DynamoSQL", seen.path("loginTitle").asText());
      assertEquals("username", seen.path("focusedOnLoad").asText(), "the first field has focus");
      assertEquals(1, seen.path("mainLandmarks").asInt());
      assertTrue(seen.path("loginHeaders").path("csp").asText().contains("frame-ancestors 'none'"));
      assertEquals("The username or password is not correct.", seen.path("errorText").asText());
      assertEquals("password", seen.path("focusedAfterError").asText());
      assertEquals(
          "Allow Data Explorer to use your DynamoSQL data?", seen.path("consentHeading").asText());
      assertEquals(2, seen.path("scopes").size(), seen.toString());
      assertEquals("127.0.0.1", seen.path("redirectHost").asText());
      assertFalse(seen.path("framedText").asText().contains("Sign in"), "framing is refused");
      assertEquals(400, seen.path("problemStatus").asInt());
      assertEquals(openRedirect.toString(), seen.path("problemUrl").asText(), "not redirected");
      assertEquals("This sign-in request cannot be used", seen.path("problemHeading").asText());

      Map<String, String> answer = Forms.query(URI.create(seen.path("callback").asText()));
      assertEquals("browser-state", answer.get("state"));
      assertEquals(AuthorizationServerCalls.issuer(), answer.get("iss"));
      HttpResponse<String> tokens =
          as.exchange(clientId, answer.get("code"), callback.redirectUri(), pkce.verifier());
      assertEquals(200, tokens.statusCode(), tokens.body());
    }
    for (String shot :
        List.of(
            "1-login.png",
            "2-login-error.png",
            "3-consent.png",
            "4-back-at-the-client.png",
            "6-problem.png")) {
      assertTrue(Files.size(shots.resolve(shot)) > 5_000, shot);
    }
  }
}
