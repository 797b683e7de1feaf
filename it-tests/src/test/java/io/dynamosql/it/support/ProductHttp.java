package io.dynamosql.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * HTTP access to the deployed product as an outside client sees it: the public base URL (system
 * property {@code it.base.url}) and the server's health endpoint ({@code it.health.url}: Payara
 * serves it on the HTTP port, WildFly on its management port).
 */
public final class ProductHttp {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** The public base URL of the deployment, without a trailing slash. */
  public static URI baseUri() {
    return URI.create(required("it.base.url"));
  }

  /** The absolute URI of a path of the deployment, e.g. {@code /mcp}. */
  public static URI uri(String path) {
    return URI.create(baseUri() + path);
  }

  /** The server's MicroProfile Health endpoint, e.g. {@code .../health}; append {@code /ready}. */
  public static URI healthUri(String subPath) {
    return URI.create(required("it.health.url") + subPath);
  }

  public HttpResponse<String> get(URI uri) {
    return send(HttpRequest.newBuilder(uri).GET());
  }

  public HttpResponse<String> get(String path) {
    return get(uri(path));
  }

  /** A GET with {@code Authorization: Bearer <token>}. */
  public HttpResponse<String> get(String path, String bearerToken) {
    return send(
        HttpRequest.newBuilder(uri(path)).GET().header("Authorization", "Bearer " + bearerToken));
  }

  /** A POST of a JSON body with {@code Authorization: Bearer <token>} (null for none). */
  public HttpResponse<String> postJson(String path, String json, String bearerToken) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, text/event-stream");
    if (bearerToken != null) {
      request.header("Authorization", "Bearer " + bearerToken);
    }
    return send(request);
  }

  /**
   * Polls {@code uri} every half second until it answers {@code status}, as a load balancer's probe
   * would notice a change, and returns that response.
   *
   * @throws AssertionError with the last answer when {@code within} passes first
   */
  public HttpResponse<String> awaitStatus(URI uri, int status, Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    HttpResponse<String> response = get(uri);
    while (response.statusCode() != status && System.nanoTime() < deadline) {
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
      response = get(uri);
    }
    if (response.statusCode() != status) {
      throw new AssertionError(
          uri + " answered " + response.statusCode() + " after " + within + ", not " + status
              + ": " + response.body());
    }
    return response;
  }

  /** Sends any request built by the caller (forms, other methods, extra headers). */
  public HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      throw new IllegalStateException(
          "system property " + property + " is not set (run the ITs through Maven)");
    }
    return value;
  }
}
