package io.dynamosql.oauth.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamosql.oauth.AuthorizationServer;
import io.dynamosql.oauth.FlowDriver;
import io.dynamosql.oauth.FlowDriver.Pkce;
import io.dynamosql.oauth.LocalState;
import io.dynamosql.oauth.Scope;
import io.dynamosql.oauth.SharedLocalState;
import io.dynamosql.oauth.TestClock;
import io.dynamosql.oauth.TestServers;
import io.dynamosql.oauth.consent.Step;
import io.dynamosql.oauth.error.OAuthError;
import io.dynamosql.oauth.error.OAuthException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedLocalState.class)
class DynamicRegistrationTest {

  private final LocalState local;

  DynamicRegistrationTest(LocalState local) {
    this.local = local;
  }

  private AuthorizationServer server(TestClock clock, int perMinute, int cap) {
    return TestServers.create(
        local, clock, s -> TestServers.with(s, List.of(), Set.of(), perMinute, cap));
  }

  @Test
  void aPublicClientRegistersIgnoringUnknownMembersAndCanThenAuthorize() {
    AuthorizationServer server = server(new TestClock(), 10, 100);

    DynamicRegistration.Registration registration =
        server
            .registration()
            .register(
                """
                {"client_name":"Claude Desktop","redirect_uris":["http://127.0.0.1:33418/cb"],
                 "grant_types":["authorization_code","refresh_token"],"response_types":["code"],
                 "token_endpoint_auth_method":"none","application_type":"native",
                 "resource":"https://as.example.test/mcp","software_id":"x","logo_uri":7}
                """,
                "192.0.2.1");

    String clientId = registration.client().clientId();
    assertTrue(clientId.startsWith("dcr-"), clientId);
    assertEquals("Claude Desktop", registration.client().clientName());
    assertEquals(List.of("authorization_code", "refresh_token"), registration.grantTypes());
    Step start =
        new FlowDriver(server)
            .start(FlowDriver.request(clientId, "http://127.0.0.1:40000/cb", Pkce.create()));
    assertEquals(
        "Claude Desktop",
        assertInstanceOf(Step.ShowLogin.class, start).pending().request().clientName());
  }

  @Test
  void aRegisteredScopeLimitsWhatTheClientMayAskFor() {
    AuthorizationServer server = server(new TestClock(), 10, 100);
    String clientId =
        server
            .registration()
            .register(
                "{\"redirect_uris\":[\"https://app.example.test/cb\"],\"scope\":\"schemas:read\"}",
                "192.0.2.1")
            .client()
            .clientId();

    Step asksForMore =
        new FlowDriver(server)
            .start(FlowDriver.request(clientId, "https://app.example.test/cb", Pkce.create()));

    assertEquals(
        "invalid_scope",
        FlowDriver.parameters(assertInstanceOf(Step.Redirect.class, asksForMore).location())
            .get("error"));
    assertEquals(Set.of(Scope.SCHEMAS_READ), server.clients().require(clientId).allowedScopes());
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of(
            "{\"redirect_uris\":[\"http://app.example.test/cb\"]}",
            OAuthError.INVALID_REDIRECT_URI),
        Arguments.of(
            "{\"redirect_uris\":[\"http://10.0.0.7/cb\"]}", OAuthError.INVALID_REDIRECT_URI),
        Arguments.of(
            "{\"redirect_uris\":[\"https://app.example.test/cb#x\"]}",
            OAuthError.INVALID_REDIRECT_URI),
        Arguments.of(
            "{\"redirect_uris\":[\"com.example.app:/cb\"]}", OAuthError.INVALID_REDIRECT_URI),
        Arguments.of("{\"redirect_uris\":[]}", OAuthError.INVALID_REDIRECT_URI),
        Arguments.of("{\"client_name\":\"No redirects\"}", OAuthError.INVALID_REDIRECT_URI),
        Arguments.of(
            "{\"redirect_uris\":[\"https://a.test/cb\"],\"token_endpoint_auth_method\":\"client_secret_basic\"}",
            OAuthError.INVALID_CLIENT_METADATA),
        Arguments.of(
            "{\"redirect_uris\":[\"https://a.test/cb\"],\"grant_types\":[\"client_credentials\"]}",
            OAuthError.INVALID_CLIENT_METADATA),
        Arguments.of(
            "{\"redirect_uris\":[\"https://a.test/cb\"],\"response_types\":[\"token\"]}",
            OAuthError.INVALID_CLIENT_METADATA),
        Arguments.of(
            "{\"redirect_uris\":[\"https://a.test/cb\"],\"scope\":\"query admin\"}",
            OAuthError.INVALID_CLIENT_METADATA),
        Arguments.of(
            "{\"redirect_uris\":[\"https://a.test/cb\"],\"client_name\":42}",
            OAuthError.INVALID_CLIENT_METADATA),
        Arguments.of("[\"https://a.test/cb\"]", OAuthError.INVALID_CLIENT_METADATA),
        Arguments.of("not json", OAuthError.INVALID_CLIENT_METADATA),
        Arguments.of(
            "{\"redirect_uris\":[\"https://a.test/cb\"],\"client_name\":\"A\",\"client_name\":\"B\"}",
            OAuthError.INVALID_CLIENT_METADATA));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void invalidMetadataIsRefusedAndRegistersNothing(String body, OAuthError error) {
    AuthorizationServer server = server(new TestClock(), 10, 1);

    OAuthException refused =
        assertThrows(OAuthException.class, () -> server.registration().register(body, "192.0.2.1"));

    assertEquals(error, refused.error(), refused.description());
    // The cap of one is still free: nothing was counted.
    server.registration().register("{\"redirect_uris\":[\"https://a.test/cb\"]}", "192.0.2.1");
  }

  @Test
  void registrationsAreRateLimitedPerAddressAndMinute() {
    TestClock clock = new TestClock();
    AuthorizationServer server = server(clock, 2, 100);
    String body = "{\"redirect_uris\":[\"https://a.test/cb\"]}";
    server.registration().register(body, "192.0.2.1");
    server.registration().register(body, "192.0.2.1");

    OAuthException limited =
        assertThrows(OAuthException.class, () -> server.registration().register(body, "192.0.2.1"));

    assertEquals(OAuthError.TEMPORARILY_UNAVAILABLE, limited.error());
    server.registration().register(body, "192.0.2.2");
    clock.advance(Duration.ofSeconds(60));
    server.registration().register(body, "192.0.2.1");
  }

  @Test
  void theTotalNumberOfRegistrationsIsCapped() {
    AuthorizationServer server = server(new TestClock(), 10, 2);
    String body = "{\"redirect_uris\":[\"https://a.test/cb\"]}";
    server.registration().register(body, "192.0.2.1");
    server.registration().register(body, "192.0.2.2");

    OAuthException capped =
        assertThrows(OAuthException.class, () -> server.registration().register(body, "192.0.2.3"));

    assertEquals(OAuthError.TEMPORARILY_UNAVAILABLE, capped.error());
  }
}
