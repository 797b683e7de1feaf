package io.dynamosql.it.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.dynamosql.it.support.DeployedProductTest;
import io.dynamosql.it.support.ProductHttp;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Attacks on the authorization server beyond the oauth package's tests (open redirects to another
 * host or path, stale CSRF token, localhost metadata documents): redirect URI tricks, forms posted
 * without the browser binding or CSRF token, skipping the login, registration flooding and
 * metadata-document URLs aimed at internal addresses. The flood runs last and waits for the next
 * rate-limit window, so that later test classes can register again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthorizationAbuseIT extends DeployedProductTest {

  private static final String REDIRECT = "http://127.0.0.1:49152/callback";

  /** Any valid S256 challenge: these requests never reach the token endpoint. */
  private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

  private static final Pattern HIDDEN =
      Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

  private static String clientId;

  @BeforeAll
  static void registerClient() {
    HttpResponse<String> response =
        register(
            "{\"client_name\":\"Hostile IT\",\"redirect_uris\":[\"http://127.0.0.1/callback\"]}");
    assertEquals(201, response.statusCode(), response.body());
    clientId = McpWire.json(response).path("client_id").asText();
  }

  private static HttpResponse<String> register(String json) {
    return new ProductHttp()
        .send(
            HttpRequest.newBuilder(ProductHttp.uri("/register"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private static URI authorize(String client, String redirectUri) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("response_type", "code");
    query.put("client_id", client);
    query.put("redirect_uri", redirectUri);
    query.put("code_challenge", CHALLENGE);
    query.put("code_challenge_method", "S256");
    query.put("state", "s");
    query.put("scope", "query");
    return URI.create(ProductHttp.uri("/authorize") + "?" + form(query));
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static Map<String, String> hiddenFields(String page) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher matcher = HIDDEN.matcher(page);
    while (matcher.find()) {
      fields.put(matcher.group(1), matcher.group(2));
    }
    return fields;
  }

  private HttpResponse<String> postForm(Map<String, String> fields, String cookie) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(ProductHttp.uri("/authorize"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return http.send(request);
  }

  private static void assertShownNeverRedirected(HttpResponse<String> response, String reason) {
    assertEquals(400, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Location").isEmpty(), response.headers().toString());
    assertTrue(response.body().contains(reason), response.body());
    assertFalse(response.body().contains("<form"), "no way to go on");
  }

  /** A login page for a valid request: its hidden fields and the binding cookie it set. */
  private record LoginPage(Map<String, String> fields, String cookie) {}

  private LoginPage loginPage() {
    HttpResponse<String> page = http.get(authorize(clientId, REDIRECT));
    assertEquals(200, page.statusCode(), page.body());
    String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0].trim();
    return new LoginPage(hiddenFields(page.body()), cookie);
  }

  @Order(1)
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "http://127.0.0.1@evil.example/callback",
        "http://127.0.0.1:49152@evil.example/callback",
        "http://evil.example#@127.0.0.1/callback",
        "http://127.0.0.1.evil.example/callback",
        "http://127.0.0.1:49152/callback/../../evil",
        "http://127.0.0.1:49152/callback/%2e%2e/evil",
        "http://127.0.0.1:49152/callback#fragment",
        "http://127.0.0.1:49152/callback?next=https://evil.example",
        "http://127.0.0.1:49152/callback/",
        "https://127.0.0.1:49152/callback",
        "//evil.example/callback",
        "/callback",
        "javascript:alert(1)",
        "http://2130706433:49152/callback"
      })
  void aRedirectUriThatIsNotTheRegisteredOneIsShownNeverFollowed(String redirect) {
    assertShownNeverRedirected(
        http.get(authorize(clientId, redirect)), "This sign-in request cannot be used");
  }

  @Order(1)
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "https://good.example/cb#fragment",
        "https://good.example@evil.example/cb",
        "javascript:alert(1)",
        "data:text/html,hi",
        "/relative/cb"
      })
  void registeringAnUnsafeRedirectIsInvalidRedirectUri(String redirect) {
    HttpResponse<String> response = register("{\"redirect_uris\":[\"" + redirect + "\"]}");
    assertEquals(400, response.statusCode(), response.body());
    assertEquals("invalid_redirect_uri", McpWire.json(response).path("error").asText());
  }

  @Order(1)
  @Test
  void aFormWithoutTheBrowsersCookieIsForbidden() {
    LoginPage page = loginPage();
    Map<String, String> fields = new LinkedHashMap<>(page.fields());
    fields.put("action", "login");
    fields.put("username", "demo");
    fields.put("password", "x");

    HttpResponse<String> noCookie = postForm(fields, null);
    assertEquals(403, noCookie.statusCode(), noCookie.body());
    assertTrue(noCookie.body().contains("belongs to another browser"), noCookie.body());

    HttpResponse<String> otherBrowser = postForm(fields, loginPage().cookie());
    assertEquals(403, otherBrowser.statusCode(), otherBrowser.body());
    assertTrue(otherBrowser.body().contains("belongs to another browser"), otherBrowser.body());
  }

  @Order(1)
  @Test
  void aFormWithoutTheCsrfTokenIsForbidden() {
    LoginPage page = loginPage();
    Map<String, String> fields = new LinkedHashMap<>(page.fields());
    fields.remove("csrf");
    fields.put("action", "login");

    HttpResponse<String> response = postForm(fields, page.cookie());
    assertEquals(403, response.statusCode(), response.body());
    assertTrue(response.body().contains("This page is out of date"), response.body());
  }

  /** Consent forged straight from the login page (valid cookie and CSRF token, no login). */
  @Order(1)
  @Test
  void approvingWithoutSigningInGivesNoCode() {
    LoginPage page = loginPage();
    Map<String, String> fields = new LinkedHashMap<>(page.fields());
    fields.put("action", "approve");

    HttpResponse<String> response = postForm(fields, page.cookie());
    String location = response.headers().firstValue("Location").orElse("");
    assertFalse(location.contains("code="), location);
    assertTrue(
        response.statusCode() >= 400 && response.statusCode() < 500,
        response.statusCode() + " " + response.body());
  }

  /** Only client_id strings: the server must refuse them before any connection is made. */
  @Order(1)
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "https://127.0.0.2/client.json",
        "https://169.254.169.254/latest/meta-data/client.json",
        "https://10.0.0.1/client.json",
        "https://192.168.1.1/client.json",
        "https://[::1]/client.json",
        "https://[fd00::1]/client.json",
        "https://0.0.0.0/client.json"
      })
  void aMetadataDocumentOnAnInternalAddressIsNeverFetched(String client) {
    assertShownNeverRedirected(
        http.get(authorize(client, REDIRECT)), "resolves to a private or special-use address");
  }

  @Order(1)
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "http://127.0.0.1/client.json",
        "https://user:pass@127.0.0.1/client.json",
        "file:///etc/passwd",
        "gopher://127.0.0.1:6379/_INFO"
      })
  void aClientIdThatIsNotAnHttpsDocumentUrlIsRefused(String client) {
    HttpResponse<String> response = http.get(authorize(client, REDIRECT));
    assertEquals(400, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Location").isEmpty());
  }

  @Order(2)
  @Test
  void floodingRegistrationIsTemporarilyUnavailableWithRetryAfter() throws InterruptedException {
    HttpResponse<String> last = null;
    for (int i = 0; i < 30; i++) {
      last = register("{\"redirect_uris\":[\"http://127.0.0.1/flood\"]}");
      if (last.statusCode() != 201) {
        break;
      }
    }
    try {
      assertEquals(429, last.statusCode(), last.body());
      JsonNode error = McpWire.json(last);
      assertEquals("temporarily_unavailable", error.path("error").asText(), last.body());
      assertTrue(Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow()) > 0);
    } finally {
      // The limit counts per remote address in one-minute windows: wait for the next one.
      long second = Instant.now().getEpochSecond();
      Thread.sleep((60 - second % 60 + 1) * 1000);
    }
  }
}
