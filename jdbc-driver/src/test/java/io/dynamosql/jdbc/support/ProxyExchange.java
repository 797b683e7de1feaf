package io.dynamosql.jdbc.support;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One request in flight through a {@link LoopbackProxy}: what the driver sent, a way to forward it
 * to DynamoDB, and the ways to answer the driver (faithfully, or not).
 */
public final class ProxyExchange {

  /** Headers the JDK client sets itself (or refuses to forward), and hop-by-hop headers. */
  private static final Set<String> NOT_FORWARDED =
      Set.of("host", "content-length", "connection", "expect", "upgrade", "transfer-encoding");

  private final HttpExchange exchange;
  private final URI upstream;
  private final HttpClient client;
  private final byte[] requestBody;

  ProxyExchange(HttpExchange exchange, URI upstream, HttpClient client) throws IOException {
    this.exchange = exchange;
    this.upstream = upstream;
    this.client = client;
    this.requestBody = exchange.getRequestBody().readAllBytes();
  }

  /** The operation from {@code X-Amz-Target}, e.g. {@code Scan}. */
  public String operation() {
    String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
    return target == null ? "(no target)" : target.substring(target.lastIndexOf('.') + 1);
  }

  /** A request header as the driver sent it, or null. */
  public String requestHeader(String name) {
    return exchange.getRequestHeaders().getFirst(name);
  }

  public byte[] requestBody() {
    return requestBody;
  }

  /** Sends the request on to DynamoDB and returns its answer, which the driver has not seen yet. */
  public HttpResponse<byte[]> forward() throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(upstream.resolve(exchange.getRequestURI()))
            .method(
                exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(requestBody));
    for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
      if (!NOT_FORWARDED.contains(header.getKey().toLowerCase())) {
        header.getValue().forEach(value -> request.header(header.getKey(), value));
      }
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while forwarding", e);
    }
  }

  /** Answers the driver with DynamoDB's answer, unchanged. */
  public void reply(HttpResponse<byte[]> response) throws IOException {
    copyHeaders(response);
    byte[] body = response.body();
    exchange.sendResponseHeaders(response.statusCode(), body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /**
   * Answers the driver with DynamoDB's status and headers and the announced length, but only the
   * first {@code bytes} of the body, then has the connection closed: a body cut short in transit.
   *
   * @throws IOException always, after the partial body: an exception out of the handler is what
   *     makes the JDK's HTTP server close the connection instead of keeping it alive
   */
  public void replyTruncated(HttpResponse<byte[]> response, int bytes) throws IOException {
    copyHeaders(response);
    byte[] body = response.body();
    exchange.sendResponseHeaders(response.statusCode(), body.length);
    OutputStream out = exchange.getResponseBody();
    out.write(body, 0, Math.min(bytes, body.length));
    out.flush();
    throw new IOException("the answer was cut short on purpose after " + bytes + " bytes");
  }

  /** Answers the driver with a response of the proxy's own making. */
  public void reply(int status, Map<String, String> headers, byte[] body) throws IOException {
    headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** Closes the connection without answering at all. */
  public void drop() {
    exchange.close();
  }

  private void copyHeaders(HttpResponse<byte[]> response) {
    for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
      String name = header.getKey().toLowerCase();
      if (!NOT_FORWARDED.contains(name) && !name.startsWith(":")) {
        exchange.getResponseHeaders().put(header.getKey(), header.getValue());
      }
    }
  }
}
