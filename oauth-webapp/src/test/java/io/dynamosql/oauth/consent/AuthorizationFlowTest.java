package io.dynamosql.oauth.consent;

import static io.dynamosql.oauth.FlowDriver.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamosql.oauth.AuthorizationServer;
import io.dynamosql.oauth.FlowDriver;
import io.dynamosql.oauth.FlowDriver.Pkce;
import io.dynamosql.oauth.LocalState;
import io.dynamosql.oauth.SharedLocalState;
import io.dynamosql.oauth.TestClock;
import io.dynamosql.oauth.TestServers;
import io.dynamosql.oauth.config.PreRegisteredClient;
import io.dynamosql.oauth.security.SecretDigest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedLocalState.class)
class AuthorizationFlowTest {

  static final String NATIVE = "native-app";
  static final String NATIVE_REDIRECT = "http://127.0.0.1/callback";
  static final String WEB = "web-app";
  static final String WEB_REDIRECT = "https://app.example.test/cb?tenant=7";
  static final String PASSWORD = "correct horse battery";

  private final LocalState local;
  private TestClock clock;
  private AuthorizationServer server;
  private FlowDriver browser;

  AuthorizationFlowTest(LocalState local) {
    this.local = local;
  }

  @BeforeEach
  void freshServer() {
    clock = new TestClock();
    server =
        TestServers.withClients(
            local,
            clock,
            new PreRegisteredClient(NATIVE, "Native <Tool>", List.of(NATIVE_REDIRECT)),
            new PreRegisteredClient(WEB, "Web app", List.of(WEB_REDIRECT)));
    TestServers.addUser(server, "alice", PASSWORD);
    browser = new FlowDriver(server);
  }

  @Test
  void anApprovedRequestReturnsACodeWithTheStateAndTheIssuer() {
    Map<String, List<String>> query = request(NATIVE, NATIVE_REDIRECT, Pkce.create());

    Map<String, String> answer = browser.approve(query, "alice", PASSWORD);

    assertEquals(Set.of("code", "state", "iss"), answer.keySet());
    assertEquals(query.get("state").get(0), answer.get("state"));
    assertEquals(TestServers.ISSUER.toString(), answer.get("iss"));
    assertEquals(43, answer.get("code").length());
  }

  @Test
  void theLoginPageLeadsToAConsentPageWithTheRequestedScopesAndAFreshCsrfToken() {
    Step.ShowLogin login =
        assertInstanceOf(
            Step.ShowLogin.class,
            browser.start(
                request(
                    NATIVE, "http://127.0.0.1:53124/callback", Pkce.create(), "scope", "query")));
    assertEquals("Native <Tool>", login.pending().request().clientName());
    assertEquals("127.0.0.1", login.pending().request().redirectHost());

    Step.ShowConsent consent =
        assertInstanceOf(Step.ShowConsent.class, browser.login(login, "alice", PASSWORD));

    assertEquals(Optional.of("alice"), consent.pending().subject());
    assertEquals(Set.of(io.dynamosql.oauth.Scope.QUERY), consent.pending().request().scopes());
    assertFalse(
        SecretDigest.equal(login.pending().csrfToken(), consent.pending().csrfToken()),
        "the CSRF token changes at login");
  }

  @Test
  void aRegisteredRedirectKeepsItsOwnQuery() {
    Step.Redirect redirect = approveRedirect(request(WEB, WEB_REDIRECT, Pkce.create()));

    assertTrue(
        redirect.location().toString().startsWith(WEB_REDIRECT + "&code="),
        redirect.location().toString());
  }

  @Test
  void denyingSendsAccessDeniedWithStateAndIssuer() {
    Map<String, List<String>> query = request(NATIVE, NATIVE_REDIRECT, Pkce.create());
    Step.ShowLogin login = assertInstanceOf(Step.ShowLogin.class, browser.start(query));
    Step.ShowConsent consent =
        assertInstanceOf(Step.ShowConsent.class, browser.login(login, "alice", PASSWORD));

    Step.Redirect redirect = assertInstanceOf(Step.Redirect.class, browser.decide(consent, "deny"));

    Map<String, String> answer = FlowDriver.parameters(redirect.location());
    assertEquals("access_denied", answer.get("error"));
    assertEquals(query.get("state").get(0), answer.get("state"));
    assertEquals(TestServers.ISSUER.toString(), answer.get("iss"));
    assertFalse(answer.containsKey("code"));
  }

  @Test
  void aWrongPasswordIsShownToThePersonWithTheUsernameKept() {
    Step.ShowLogin login =
        assertInstanceOf(
            Step.ShowLogin.class, browser.start(request(NATIVE, NATIVE_REDIRECT, Pkce.create())));

    Step.ShowLogin again =
        assertInstanceOf(Step.ShowLogin.class, browser.login(login, "alice", "wrong password"));

    assertEquals(Optional.of("The username or password is not correct."), again.error());
    assertEquals("alice", again.username());
    Step.ShowLogin unknown =
        assertInstanceOf(Step.ShowLogin.class, browser.login(login, "mallory", PASSWORD));
    assertEquals(again.error(), unknown.error(), "unknown users get the same answer");
  }

  @Test
  void tooManyWrongPasswordsCancelTheRequest() {
    Step.ShowLogin login =
        assertInstanceOf(
            Step.ShowLogin.class, browser.start(request(NATIVE, NATIVE_REDIRECT, Pkce.create())));
    for (int i = 0; i < AuthorizationFlow.ALLOWED_FAILED_LOGINS; i++) {
      assertInstanceOf(Step.ShowLogin.class, browser.login(login, "alice", "guess " + i));
    }

    Step.ShowProblem problem =
        assertInstanceOf(Step.ShowProblem.class, browser.login(login, "alice", "guess"));

    assertEquals("Too many attempts", problem.title());
    assertInstanceOf(Step.ShowProblem.class, browser.login(login, "alice", PASSWORD));
  }

  @Test
  void anExpiredRequestIsExplainedToThePerson() {
    Step.ShowLogin login =
        assertInstanceOf(
            Step.ShowLogin.class, browser.start(request(NATIVE, NATIVE_REDIRECT, Pkce.create())));
    clock.advance(Duration.ofMinutes(11));

    Step.ShowProblem problem =
        assertInstanceOf(Step.ShowProblem.class, browser.login(login, "alice", PASSWORD));

    assertEquals("This sign-in request has expired", problem.title());
    assertEquals(400, problem.status());
  }

  @Test
  void formsFromAnotherBrowserOrWithAStaleCsrfTokenAreRefused() {
    Step.ShowLogin login =
        assertInstanceOf(
            Step.ShowLogin.class, browser.start(request(NATIVE, NATIVE_REDIRECT, Pkce.create())));
    String id = login.pending().requestId();
    String csrf = login.pending().csrfToken();
    String[] form = {
      "request_id", id, "csrf", csrf, "action", "login", "username", "alice", "password", PASSWORD
    };

    Step otherBrowser = browser.postFrom(Optional.of("x".repeat(43)), form);
    Step noCookie = browser.postFrom(Optional.empty(), form);
    Step staleCsrf =
        browser.post(
            "request_id",
            id,
            "csrf",
            csrf + "x",
            "action",
            "login",
            "username",
            "alice",
            "password",
            PASSWORD);

    for (Step step : List.of(otherBrowser, noCookie, staleCsrf)) {
      assertEquals(403, assertInstanceOf(Step.ShowProblem.class, step).status());
    }
    Step.ShowConsent consent =
        assertInstanceOf(Step.ShowConsent.class, browser.login(login, "alice", PASSWORD));
    Step withLoginCsrf = browser.post("request_id", id, "csrf", csrf, "action", "approve");
    assertEquals(403, assertInstanceOf(Step.ShowProblem.class, withLoginCsrf).status());
    assertInstanceOf(Step.Redirect.class, browser.decide(consent, "approve"));
  }

  @Test
  void aDecisionIsTakenOnceAndOnlyAfterLogin() {
    Step.ShowLogin login =
        assertInstanceOf(
            Step.ShowLogin.class, browser.start(request(NATIVE, NATIVE_REDIRECT, Pkce.create())));
    Step beforeLogin =
        browser.post(
            "request_id", login.pending().requestId(),
            "csrf", login.pending().csrfToken(),
            "action", "approve");
    assertEquals(403, assertInstanceOf(Step.ShowProblem.class, beforeLogin).status());

    Step.ShowConsent consent =
        assertInstanceOf(Step.ShowConsent.class, browser.login(login, "alice", PASSWORD));
    assertInstanceOf(Step.Redirect.class, browser.decide(consent, "approve"));

    Step.ShowProblem replay =
        assertInstanceOf(Step.ShowProblem.class, browser.decide(consent, "approve"));
    assertEquals("This sign-in request has expired", replay.title());
  }

  static Stream<Arguments> shownToThePerson() {
    Pkce pkce = Pkce.create();
    return Stream.of(
        Arguments.of("no client_id", request(NATIVE, NATIVE_REDIRECT, pkce, "client_id", null)),
        Arguments.of("unknown client", request("nobody", NATIVE_REDIRECT, pkce)),
        Arguments.of(
            "no redirect_uri", request(NATIVE, NATIVE_REDIRECT, pkce, "redirect_uri", null)),
        Arguments.of(
            "open redirect to another host", request(WEB, "https://evil.example/cb", pkce)),
        Arguments.of(
            "registered host, other path", request(WEB, "https://app.example.test/other", pkce)),
        Arguments.of(
            "registered URI without its query", request(WEB, "https://app.example.test/cb", pkce)),
        Arguments.of(
            "https redirect with another port",
            request(WEB, "https://app.example.test:8443/cb?tenant=7", pkce)),
        Arguments.of(
            "loopback with another path", request(NATIVE, "http://127.0.0.1:9999/evil", pkce)),
        Arguments.of(
            "loopback host swapped for a name", request(NATIVE, "http://localhost/callback", pkce)),
        Arguments.of(
            "repeated client_id",
            with(request(NATIVE, NATIVE_REDIRECT, pkce), "client_id", NATIVE, WEB)),
        Arguments.of(
            "repeated redirect_uri",
            with(
                request(NATIVE, NATIVE_REDIRECT, pkce),
                "redirect_uri",
                NATIVE_REDIRECT,
                "https://evil.example/cb")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void shownToThePerson(String rule, Map<String, List<String>> query) {
    Step.ShowProblem problem = assertInstanceOf(Step.ShowProblem.class, browser.start(query));

    assertEquals(400, problem.status());
    assertEquals("This sign-in request cannot be used", problem.title());
  }

  static Stream<Arguments> sentToTheClient() {
    Pkce pkce = Pkce.create();
    return Stream.of(
        Arguments.of(
            "missing PKCE",
            request(NATIVE, NATIVE_REDIRECT, pkce, "code_challenge", null),
            "invalid_request"),
        Arguments.of(
            "plain PKCE",
            request(NATIVE, NATIVE_REDIRECT, pkce, "code_challenge_method", "plain"),
            "invalid_request"),
        Arguments.of(
            "no method means plain",
            request(NATIVE, NATIVE_REDIRECT, pkce, "code_challenge_method", null),
            "invalid_request"),
        Arguments.of(
            "malformed challenge",
            request(NATIVE, NATIVE_REDIRECT, pkce, "code_challenge", "short"),
            "invalid_request"),
        Arguments.of(
            "implicit flow",
            request(NATIVE, NATIVE_REDIRECT, pkce, "response_type", "token"),
            "unsupported_response_type"),
        Arguments.of(
            "unknown scope",
            request(NATIVE, NATIVE_REDIRECT, pkce, "scope", "query admin"),
            "invalid_scope"),
        Arguments.of(
            "unknown resource",
            request(NATIVE, NATIVE_REDIRECT, pkce, "resource", "https://other.example/mcp"),
            "invalid_target"),
        Arguments.of(
            "two resources",
            with(
                request(NATIVE, NATIVE_REDIRECT, pkce),
                "resource",
                TestServers.MCP,
                TestServers.MCP),
            "invalid_target"),
        Arguments.of(
            "repeated scope",
            with(request(NATIVE, NATIVE_REDIRECT, pkce), "scope", "query", "schemas:read"),
            "invalid_request"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sentToTheClient(String rule, Map<String, List<String>> query, String error) {
    Step.Redirect redirect = assertInstanceOf(Step.Redirect.class, browser.start(query));

    assertTrue(redirect.location().toString().startsWith(NATIVE_REDIRECT + "?"));
    Map<String, String> answer = FlowDriver.parameters(redirect.location());
    assertEquals(error, answer.get("error"), answer.toString());
    assertEquals(query.get("state").get(0), answer.get("state"));
    assertEquals(TestServers.ISSUER.toString(), answer.get("iss"));
    assertTrue(answer.get("error_description").length() > 10);
  }

  private Step.Redirect approveRedirect(Map<String, List<String>> query) {
    Step.ShowLogin login = assertInstanceOf(Step.ShowLogin.class, browser.start(query));
    Step.ShowConsent consent =
        assertInstanceOf(Step.ShowConsent.class, browser.login(login, "alice", PASSWORD));
    return assertInstanceOf(Step.Redirect.class, browser.decide(consent, "approve"));
  }

  private static Map<String, List<String>> with(
      Map<String, List<String>> query, String name, String... values) {
    query.put(name, List.of(values));
    return query;
  }
}
