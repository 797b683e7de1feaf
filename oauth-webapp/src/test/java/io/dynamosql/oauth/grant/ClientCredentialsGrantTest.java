package io.dynamosql.oauth.grant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import io.dynamosql.oauth.AuthorizationServer;
import io.dynamosql.oauth.LocalState;
import io.dynamosql.oauth.RequestParameters;
import io.dynamosql.oauth.Scope;
import io.dynamosql.oauth.SharedLocalState;
import io.dynamosql.oauth.TestClock;
import io.dynamosql.oauth.TestServers;
import io.dynamosql.oauth.config.PreRegisteredClient;
import io.dynamosql.oauth.error.OAuthError;
import io.dynamosql.oauth.error.OAuthException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedLocalState.class)
class ClientCredentialsGrantTest {

  private static final String SECRET = "s3cret-value-of-the-reporting-client";

  private final LocalState local;
  private AuthorizationServer server;

  ClientCredentialsGrantTest(LocalState local) {
    this.local = local;
  }

  @BeforeAll
  void start() {
    server =
        TestServers.withClients(
            local,
            new TestClock(),
            new PreRegisteredClient("cli", "CLI", List.of("http://127.0.0.1/cb")));
    TestServers.addApiClient(server, "reporting", SECRET, EnumSet.allOf(Scope.class));
    TestServers.addApiClient(server, "reader", SECRET, EnumSet.of(Scope.SCHEMAS_READ));
    TestServers.addApiClient(server, "gone", SECRET, EnumSet.of(Scope.QUERY));
    server.state().apiClients().revoke("gone");
  }

  @Test
  void basicAuthenticationGetsATokenWithEveryClaimTheMcpServerNeeds() throws Exception {
    TokenResponse response =
        server
            .grants()
            .dispatch(form("grant_type", "client_credentials"), basic("reporting", SECRET));

    JWTClaimsSet claims = TestServers.verify(server, response.accessToken().value());
    assertEquals(TestServers.ISSUER.toString(), claims.getIssuer());
    assertEquals("reporting", claims.getSubject());
    assertEquals(List.of(TestServers.MCP), claims.getAudience());
    assertEquals("query schemas:read", claims.getStringClaim("scope"));
    assertEquals("reporting", claims.getStringClaim("client_id"));
    assertEquals("reporting", claims.getStringClaim("upn"));
    assertEquals(List.of(ClientCredentialsGrant.GROUP), claims.getStringListClaim("groups"));
    assertTrue(claims.getJWTID().length() > 10);
    assertEquals(
        600, (claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()) / 1000);
    assertTrue(response.refreshToken().isEmpty(), "client_credentials gets no refresh token");
  }

  @Test
  void postAuthenticationWithANarrowerScopeGetsOnlyThatScope() throws Exception {
    TokenResponse response =
        server
            .grants()
            .dispatch(
                form(
                    "grant_type", "client_credentials",
                    "client_id", "reporting",
                    "client_secret", SECRET,
                    "scope", "schemas:read"),
                Optional.empty());

    assertEquals(EnumSet.of(Scope.SCHEMAS_READ), response.scopes());
    assertEquals(
        "schemas:read",
        TestServers.verify(server, response.accessToken().value()).getStringClaim("scope"));
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of(
            "wrong secret, basic",
            form("grant_type", "client_credentials"),
            basic("reporting", "nope"),
            OAuthError.INVALID_CLIENT,
            true),
        Arguments.of(
            "wrong secret, post",
            form(
                "grant_type",
                "client_credentials",
                "client_id",
                "reporting",
                "client_secret",
                "nope"),
            Optional.empty(),
            OAuthError.INVALID_CLIENT,
            false),
        Arguments.of(
            "unknown client",
            form("grant_type", "client_credentials"),
            basic("nobody", SECRET),
            OAuthError.INVALID_CLIENT,
            true),
        Arguments.of(
            "revoked client",
            form("grant_type", "client_credentials"),
            basic("gone", SECRET),
            OAuthError.INVALID_CLIENT,
            true),
        Arguments.of(
            "no authentication",
            form("grant_type", "client_credentials"),
            Optional.empty(),
            OAuthError.INVALID_CLIENT,
            false),
        Arguments.of(
            "public client",
            form("grant_type", "client_credentials", "client_id", "cli"),
            Optional.empty(),
            OAuthError.UNAUTHORIZED_CLIENT,
            false),
        Arguments.of(
            "API client without its secret",
            form("grant_type", "client_credentials", "client_id", "reporting"),
            Optional.empty(),
            OAuthError.INVALID_CLIENT,
            false),
        Arguments.of(
            "scope beyond the client's",
            form("grant_type", "client_credentials", "scope", "query"),
            basic("reader", SECRET),
            OAuthError.INVALID_SCOPE,
            false),
        Arguments.of(
            "unknown scope",
            form("grant_type", "client_credentials", "scope", "admin"),
            basic("reporting", SECRET),
            OAuthError.INVALID_SCOPE,
            false),
        Arguments.of(
            "unknown resource",
            form("grant_type", "client_credentials", "resource", "https://evil.example/mcp"),
            basic("reporting", SECRET),
            OAuthError.INVALID_TARGET,
            false),
        Arguments.of(
            "two authentication methods",
            form("grant_type", "client_credentials", "client_secret", SECRET),
            basic("reporting", SECRET),
            OAuthError.INVALID_REQUEST,
            false),
        Arguments.of(
            "unsupported grant",
            form("grant_type", "password"),
            basic("reporting", SECRET),
            OAuthError.UNSUPPORTED_GRANT_TYPE,
            false),
        Arguments.of(
            "missing grant type",
            form("scope", "query"),
            basic("reporting", SECRET),
            OAuthError.INVALID_REQUEST,
            false),
        Arguments.of(
            "repeated parameter",
            new RequestParameters(
                Map.of("grant_type", List.of("client_credentials", "client_credentials"))),
            basic("reporting", SECRET),
            OAuthError.INVALID_REQUEST,
            false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void refusesWithTheRightError(
      String name,
      RequestParameters request,
      Optional<String> authorization,
      OAuthError expected,
      boolean basicChallenge) {
    OAuthException refused =
        assertThrows(OAuthException.class, () -> server.grants().dispatch(request, authorization));

    assertEquals(expected, refused.error(), refused.description());
    assertEquals(basicChallenge, refused.basicAuthenticationAttempted());
  }

  static RequestParameters form(String... pairs) {
    return TestServers.parameters(pairs);
  }

  static Optional<String> basic(String id, String secret) {
    return Optional.of(
        "Basic "
            + Base64.getEncoder()
                .encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8)));
  }
}
