package io.dynamosql.oauth.grant;

import static io.dynamosql.oauth.FlowDriver.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jwt.JWTClaimsSet;
import io.dynamosql.oauth.AuthorizationServer;
import io.dynamosql.oauth.FlowDriver;
import io.dynamosql.oauth.FlowDriver.Pkce;
import io.dynamosql.oauth.LocalState;
import io.dynamosql.oauth.RequestParameters;
import io.dynamosql.oauth.SharedLocalState;
import io.dynamosql.oauth.TestClock;
import io.dynamosql.oauth.TestServers;
import io.dynamosql.oauth.config.PreRegisteredClient;
import io.dynamosql.oauth.error.OAuthError;
import io.dynamosql.oauth.error.OAuthException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** The code a person's approval produced, exchanged at the token endpoint, then refreshed. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedLocalState.class)
class AuthorizationCodeFlowTest {

  static final String CLIENT = "native-app";
  static final String OTHER = "other-app";
  static final String REDIRECT = "http://127.0.0.1:50123/callback";
  static final String PASSWORD = "correct horse battery";

  private final LocalState local;
  private TestClock clock;
  private AuthorizationServer server;
  private Pkce pkce;
  private String code;

  AuthorizationCodeFlowTest(LocalState local) {
    this.local = local;
  }

  @BeforeEach
  void approvedCode() {
    clock = new TestClock();
    server =
        TestServers.withClients(
            local,
            clock,
            new PreRegisteredClient(CLIENT, "Native", List.of("http://127.0.0.1/callback")),
            new PreRegisteredClient(OTHER, "Other", List.of("http://127.0.0.1/callback")));
    TestServers.addUser(server, "alice", PASSWORD);
    pkce = Pkce.create();
    code =
        new FlowDriver(server)
            .approve(request(CLIENT, REDIRECT, pkce, "scope", "query"), "alice", PASSWORD)
            .get("code");
  }

  @Test
  void theCodeBuysAnAudienceBoundTokenAndARefreshToken() throws Exception {
    TokenResponse response = exchange(code, pkce.verifier(), REDIRECT, CLIENT);

    JWTClaimsSet claims = TestServers.verify(server, response.accessToken().value());
    assertEquals("alice", claims.getSubject());
    assertEquals(List.of(TestServers.MCP), claims.getAudience());
    assertEquals("query", claims.getStringClaim("scope"));
    assertEquals(CLIENT, claims.getStringClaim("client_id"));
    assertEquals(List.of("user"), claims.getStringListClaim("groups"));
    assertEquals(Duration.ofMinutes(10), response.accessToken().lifetime());
    assertEquals(true, response.refreshToken().isPresent());
  }

  @Test
  void aWrongVerifierIsRefusedAndSpendsTheCode() {
    assertRefused(
        OAuthError.INVALID_GRANT, () -> exchange(code, Pkce.create().verifier(), REDIRECT, CLIENT));
    assertRefused(
        OAuthError.INVALID_GRANT, () -> exchange(code, pkce.verifier(), REDIRECT, CLIENT));
  }

  @Test
  void aMissingVerifierIsAnInvalidRequest() {
    assertRefused(
        OAuthError.INVALID_REQUEST,
        () ->
            server
                .grants()
                .dispatch(
                    form(
                        "grant_type", "authorization_code",
                        "code", code,
                        "redirect_uri", REDIRECT,
                        "client_id", CLIENT),
                    Optional.empty()));
  }

  @Test
  void aReplayedCodeIsRefusedAndRevokesTheTokensOfItsFirstUse() {
    TokenResponse first = exchange(code, pkce.verifier(), REDIRECT, CLIENT);

    assertRefused(
        OAuthError.INVALID_GRANT, () -> exchange(code, pkce.verifier(), REDIRECT, CLIENT));

    assertRefused(
        OAuthError.INVALID_GRANT, () -> refresh(first.refreshToken().orElseThrow(), CLIENT));
  }

  @Test
  void theRedirectUriMustBeTheOneOfTheRequest() {
    assertRefused(
        OAuthError.INVALID_GRANT,
        () -> exchange(code, pkce.verifier(), "http://127.0.0.1:50124/callback", CLIENT));
  }

  @Test
  void aCodeExpiresAfterSixtySeconds() {
    clock.advance(Duration.ofSeconds(61));

    assertRefused(
        OAuthError.INVALID_GRANT, () -> exchange(code, pkce.verifier(), REDIRECT, CLIENT));
  }

  @Test
  void anotherClientCannotUseTheCode() {
    assertRefused(OAuthError.INVALID_GRANT, () -> exchange(code, pkce.verifier(), REDIRECT, OTHER));
  }

  @Test
  void anUnknownPublicClientIsAnInvalidClient() {
    assertRefused(
        OAuthError.INVALID_CLIENT, () -> exchange(code, pkce.verifier(), REDIRECT, "nobody"));
  }

  @Test
  void anotherResourceAtTheTokenEndpointIsAnInvalidTarget() {
    assertRefused(
        OAuthError.INVALID_TARGET,
        () ->
            server
                .grants()
                .dispatch(
                    form(
                        "grant_type",
                        "authorization_code",
                        "code",
                        code,
                        "code_verifier",
                        pkce.verifier(),
                        "redirect_uri",
                        REDIRECT,
                        "client_id",
                        CLIENT,
                        "resource",
                        "https://other.example/mcp"),
                    Optional.empty()));
  }

  @Test
  void refreshingRotatesAndAReusedTokenRevokesTheFamily() {
    String first = exchange(code, pkce.verifier(), REDIRECT, CLIENT).refreshToken().orElseThrow();

    TokenResponse refreshed = refresh(first, CLIENT);
    String second = refreshed.refreshToken().orElseThrow();
    assertNotEquals(first, second);
    assertEquals(Set.of(io.dynamosql.oauth.Scope.QUERY), refreshed.scopes());

    OAuthException reuse = assertRefused(OAuthError.INVALID_GRANT, () -> refresh(first, CLIENT));
    assertEquals("Refresh token reused; the session is revoked", reuse.description());
    assertRefused(OAuthError.INVALID_GRANT, () -> refresh(second, CLIENT));
  }

  @Test
  void aRefreshCannotWidenTheScope() {
    String token = exchange(code, pkce.verifier(), REDIRECT, CLIENT).refreshToken().orElseThrow();

    assertRefused(
        OAuthError.INVALID_SCOPE,
        () ->
            server
                .grants()
                .dispatch(
                    form(
                        "grant_type",
                        "refresh_token",
                        "refresh_token",
                        token,
                        "client_id",
                        CLIENT,
                        "scope",
                        "query schemas:read"),
                    Optional.empty()));
  }

  @Test
  void theSessionEndsTwelveHoursAfterTheLogin() {
    String token = exchange(code, pkce.verifier(), REDIRECT, CLIENT).refreshToken().orElseThrow();
    clock.advance(Duration.ofHours(12));

    OAuthException ended = assertRefused(OAuthError.INVALID_GRANT, () -> refresh(token, CLIENT));
    assertEquals("The session has ended; sign in again", ended.description());
  }

  @Test
  void revokingARefreshTokenEndsItsFamily() {
    String token = exchange(code, pkce.verifier(), REDIRECT, CLIENT).refreshToken().orElseThrow();

    server.refreshTokens().revoke(token, CLIENT);

    assertRefused(OAuthError.INVALID_GRANT, () -> refresh(token, CLIENT));
  }

  private TokenResponse exchange(String code, String verifier, String redirect, String client) {
    return server
        .grants()
        .dispatch(
            form(
                "grant_type", "authorization_code",
                "code", code,
                "code_verifier", verifier,
                "redirect_uri", redirect,
                "client_id", client,
                "resource", TestServers.MCP),
            Optional.empty());
  }

  private TokenResponse refresh(String token, String client) {
    return server
        .grants()
        .dispatch(
            form("grant_type", "refresh_token", "refresh_token", token, "client_id", client),
            Optional.empty());
  }

  private static OAuthException assertRefused(OAuthError error, Runnable call) {
    OAuthException refused = assertThrows(OAuthException.class, call::run);
    assertEquals(error, refused.error(), refused.description());
    return refused;
  }

  private static RequestParameters form(String... pairs) {
    return TestServers.parameters(pairs);
  }
}
