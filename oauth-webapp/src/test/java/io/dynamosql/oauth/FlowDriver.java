package io.dynamosql.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.dynamosql.oauth.consent.Step;
import io.dynamosql.oauth.security.RandomSecrets;
import io.dynamosql.oauth.store.PendingAuthorization;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Walks a person through the authorization flow of a test server: request, login, decision, as the
 * browser would post the forms.
 */
public final class FlowDriver {

  private final AuthorizationServer server;
  private final String browser = RandomSecrets.token();

  public FlowDriver(AuthorizationServer server) {
    this.server = server;
  }

  /** A PKCE verifier and its S256 challenge. */
  public record Pkce(String verifier, String challenge) {
    public static Pkce create() {
      String verifier = RandomSecrets.token() + RandomSecrets.token();
      try {
        byte[] digest =
            MessageDigest.getInstance("SHA-256")
                .digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return new Pkce(verifier, Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** A valid authorization request's parameters, with {@code overrides} (null removes one). */
  public static Map<String, List<String>> request(
      String clientId, String redirectUri, Pkce pkce, String... overrides) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    query.put("response_type", List.of("code"));
    query.put("client_id", List.of(clientId));
    query.put("redirect_uri", List.of(redirectUri));
    query.put("code_challenge", List.of(pkce.challenge()));
    query.put("code_challenge_method", List.of("S256"));
    query.put("state", List.of("state-" + RandomSecrets.identifier()));
    query.put("scope", List.of("query schemas:read"));
    query.put("resource", List.of(TestServers.MCP));
    for (int i = 0; i < overrides.length; i += 2) {
      if (overrides[i + 1] == null) {
        query.remove(overrides[i]);
      } else {
        query.put(overrides[i], List.of(overrides[i + 1]));
      }
    }
    return query;
  }

  public Step start(Map<String, List<String>> query) {
    return server.authorizationFlow().start(new RequestParameters(query), browser);
  }

  public Step post(String... pairs) {
    return postFrom(Optional.of(browser), pairs);
  }

  public Step postFrom(Optional<String> otherBrowser, String... pairs) {
    return server.authorizationFlow().submit(TestServers.parameters(pairs), otherBrowser);
  }

  public Step login(Step.ShowLogin page, String username, String password) {
    return postOn(page.pending(), "action", "login", "username", username, "password", password);
  }

  public Step decide(Step.ShowConsent page, String action) {
    return postOn(page.pending(), "action", action);
  }

  private Step postOn(PendingAuthorization pending, String... fields) {
    String[] pairs = new String[fields.length + 4];
    pairs[0] = "request_id";
    pairs[1] = pending.requestId();
    pairs[2] = "csrf";
    pairs[3] = pending.csrfToken();
    System.arraycopy(fields, 0, pairs, 4, fields.length);
    return post(pairs);
  }

  /** The whole flow, approved; returns the redirect's query parameters. */
  public Map<String, String> approve(Map<String, List<String>> query, String user, String pw) {
    Step.ShowLogin login = assertInstanceOf(Step.ShowLogin.class, start(query));
    Step.ShowConsent consent = assertInstanceOf(Step.ShowConsent.class, login(login, user, pw));
    Step.Redirect redirect = assertInstanceOf(Step.Redirect.class, decide(consent, "approve"));
    return parameters(redirect.location());
  }

  /** The query of a redirect, decoded; asserts it goes back to the requested redirect URI. */
  public static Map<String, String> parameters(URI location) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String pair : location.getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      String previous =
          parameters.put(
              URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      assertEquals(null, previous, "repeated parameter in " + location);
    }
    return parameters;
  }
}
