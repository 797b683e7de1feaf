package io.dynamosql.oauth.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.dynamosql.oauth.AuthorizationServer;
import io.dynamosql.oauth.FlowDriver;
import io.dynamosql.oauth.FlowDriver.Pkce;
import io.dynamosql.oauth.LocalState;
import io.dynamosql.oauth.SharedLocalState;
import io.dynamosql.oauth.TestClock;
import io.dynamosql.oauth.TestServers;
import io.dynamosql.oauth.consent.Step;
import io.dynamosql.oauth.error.OAuthError;
import io.dynamosql.oauth.error.OAuthException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Client ID Metadata Documents served by a loopback HTTP server that the configuration allows as a
 * development host (plain HTTP is accepted only for such hosts).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedLocalState.class)
class ClientIdMetadataDocumentsTest {

  private record Served(int status, Map<String, String> headers, String body) {}

  private final Map<String, Served> documents = new ConcurrentHashMap<>();
  private final AtomicInteger fetches = new AtomicInteger();
  private HttpServer http;
  private String base;
  private final LocalState local;
  private TestClock clock;
  private ClientIdMetadataDocuments cimd;

  ClientIdMetadataDocumentsTest(LocalState local) {
    this.local = local;
  }

  @BeforeAll
  void start() throws IOException {
    http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    http.createContext(
        "/",
        exchange -> {
          fetches.incrementAndGet();
          Served served =
              documents.getOrDefault(
                  exchange.getRequestURI().getPath(), new Served(404, Map.of(), "{}"));
          if (served.status() == 0) {
            sleep(Duration.ofSeconds(3));
          }
          served.headers().forEach(exchange.getResponseHeaders()::add);
          byte[] body = served.body().getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(served.status() == 0 ? 200 : served.status(), body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    // One thread per exchange, so the slow document does not hold up the next test's fetch.
    http.setExecutor(Executors.newCachedThreadPool());
    http.start();
    base = "http://127.0.0.1:" + http.getAddress().getPort();
  }

  @AfterAll
  void stop() {
    http.stop(0);
  }

  @BeforeEach
  void fresh() {
    documents.clear();
    fetches.set(0);
    clock = new TestClock();
    cimd =
        new ClientIdMetadataDocuments(
            new AddressPolicy(Set.of("127.0.0.1")), Duration.ofSeconds(1), Optional.empty(), clock);
  }

  private String serve(String path, int status, Map<String, String> headers, String body) {
    documents.put(path, new Served(status, headers, body));
    return base + path;
  }

  private String serveDocument(String path, String cacheControl) {
    String url = base + path;
    return serve(
        path,
        200,
        Map.of("Content-Type", "application/json", "Cache-Control", cacheControl),
        document(url, url));
  }

  private static String document(String clientId, String url) {
    return """
        {"client_id":"%s","client_name":"Docs Tool","client_uri":"%s",
         "redirect_uris":["http://127.0.0.1/callback"],"token_endpoint_auth_method":"none"}
        """
        .formatted(clientId, url);
  }

  @Test
  void aValidDocumentDescribesTheClient() {
    String url = serveDocument("/clients/tool.json", "no-store");

    InteractiveClient client = cimd.resolve(url);

    assertEquals(url, client.clientId());
    assertEquals("Docs Tool", client.clientName());
    assertTrue(client.allowsRedirect("http://127.0.0.1:41234/callback"));
    assertTrue(client.metadataDocument());
  }

  @Test
  void cacheHeadersAreHonoured() {
    String cached = serveDocument("/clients/cached.json", "public, max-age=300");
    String uncached = serveDocument("/clients/uncached.json", "no-store");

    cimd.resolve(cached);
    cimd.resolve(cached);
    cimd.resolve(uncached);
    cimd.resolve(uncached);
    assertEquals(3, fetches.get());

    clock.advance(Duration.ofSeconds(301));
    cimd.resolve(cached);
    assertEquals(4, fetches.get());
  }

  @Test
  void failuresAreNeverCached() {
    String url = serve("/clients/flaky.json", 500, Map.of("Cache-Control", "max-age=3600"), "{}");
    assertThrows(OAuthException.class, () -> cimd.resolve(url));

    serveDocument("/clients/flaky.json", "max-age=3600");

    assertEquals("Docs Tool", cimd.resolve(url).clientName());
  }

  static Stream<Arguments> refusedDocuments() {
    return Stream.of(
        Arguments.of(
            "client_id differs",
            200,
            "{\"client_id\":\"https://elsewhere.example/client.json\",\"client_name\":\"X\","
                + "\"redirect_uris\":[\"http://127.0.0.1/cb\"]}",
            "names a different client_id"),
        Arguments.of(
            "shared secret",
            200,
            "{\"client_id\":\"%URL%\",\"client_name\":\"X\",\"redirect_uris\":[\"http://127.0.0.1/cb\"],"
                + "\"token_endpoint_auth_method\":\"client_secret_post\"}",
            "uses a shared secret"),
        Arguments.of(
            "client_secret member",
            200,
            "{\"client_id\":\"%URL%\",\"client_name\":\"X\",\"redirect_uris\":[\"http://127.0.0.1/cb\"],"
                + "\"client_secret\":\"s3cret\"}",
            "uses a shared secret"),
        Arguments.of(
            "plain http redirect",
            200,
            "{\"client_id\":\"%URL%\",\"client_name\":\"X\",\"redirect_uris\":[\"http://evil.example/cb\"]}",
            "must list https or loopback redirect_uris"),
        Arguments.of(
            "no name",
            200,
            "{\"client_id\":\"%URL%\",\"redirect_uris\":[\"http://127.0.0.1/cb\"]}",
            "has no client_name"),
        Arguments.of("not JSON", 200, "<html>", "is not valid JSON"),
        Arguments.of(
            "oversized",
            200,
            "{\"client_id\":\"%URL%\",\"client_name\":\"" + "x".repeat(6000) + "\"}",
            "is larger than 5120 bytes"),
        Arguments.of("redirect", 302, "{}", "answered HTTP 302"),
        Arguments.of("missing", 404, "{}", "answered HTTP 404"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void refusedDocuments(String rule, int status, String body, String message) {
    String path = "/clients/" + rule.replace(' ', '-') + ".json";
    String url = base + path;
    serve(
        path, status, Map.of("Location", "http://127.0.0.1/elsewhere"), body.replace("%URL%", url));

    OAuthException refused = assertThrows(OAuthException.class, () -> cimd.resolve(url));

    assertEquals(OAuthError.INVALID_CLIENT, refused.error());
    assertTrue(refused.description().contains(message), refused.description());
  }

  @Test
  void aSlowServerTimesOut() {
    String url = serve("/clients/slow.json", 0, Map.of(), "{}");

    OAuthException refused = assertThrows(OAuthException.class, () -> cimd.resolve(url));

    assertTrue(refused.description().contains("could not be fetched"), refused.description());
  }

  static Stream<Arguments> refusedUrls() {
    return Stream.of(
        Arguments.of("https://localhost:1/clients/tool.json", "resolves to a private"),
        Arguments.of("https://10.1.2.3/clients/tool.json", "resolves to a private"),
        Arguments.of("https://169.254.169.254/latest/meta-data", "resolves to a private"),
        Arguments.of("https://[::1]/clients/tool.json", "resolves to a private"),
        Arguments.of("http://example.com/clients/tool.json", "must be an https URL"),
        Arguments.of("https://example.com", "must be an https URL"),
        Arguments.of("https://example.com/", "must be an https URL"),
        Arguments.of("https://example.com/tool.json?v=1", "must be an https URL"),
        Arguments.of("https://example.com/tool.json#x", "must be an https URL"),
        Arguments.of("https://user@example.com/tool.json", "must be an https URL"),
        Arguments.of("https://example.com/a/../tool.json", "must be an https URL"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void refusedUrls(String url, String message) {
    OAuthException refused = assertThrows(OAuthException.class, () -> cimd.resolve(url));

    assertTrue(refused.description().contains(message), refused.description());
    assertEquals(0, fetches.get());
  }

  @Test
  void theAuthorizationRequestMustUseARedirectTheDocumentLists() {
    AuthorizationServer server =
        TestServers.create(
            local, clock, s -> TestServers.with(s, List.of(), Set.of("127.0.0.1"), 10, 100));
    String url = serveDocument("/clients/flow.json", "no-store");
    FlowDriver browser = new FlowDriver(server);

    Step listed =
        browser.start(FlowDriver.request(url, "http://127.0.0.1:5555/callback", Pkce.create()));
    Step unlisted =
        browser.start(FlowDriver.request(url, "https://evil.example/callback", Pkce.create()));

    assertEquals(
        url, assertInstanceOf(Step.ShowLogin.class, listed).pending().request().clientId());
    assertEquals(400, assertInstanceOf(Step.ShowProblem.class, unlisted).status());
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
