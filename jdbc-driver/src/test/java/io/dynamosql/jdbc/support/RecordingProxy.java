package io.dynamosql.jdbc.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;

/**
 * A loopback HTTP proxy between the driver and DynamoDB Local that records every request: the
 * operation ({@code X-Amz-Target}), the request body and the items DynamoDB read for it. It is an
 * independent witness of what the driver did, so tests do not have to trust the driver's own
 * statistics, and it sees any write call the driver might make.
 */
public final class RecordingProxy implements AutoCloseable {

  /** Headers the JDK client sets itself (or refuses to forward), and hop-by-hop headers. */
  private static final Set<String> NOT_FORWARDED =
      Set.of("host", "content-length", "connection", "expect", "upgrade", "transfer-encoding");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI upstream;
  private final HttpServer server;
  private final ExecutorService workers;
  private final HttpClient client;
  private final List<DynamoDbCall> calls = new ArrayList<>();
  private final Set<String> accessKeys = new java.util.TreeSet<>();

  private RecordingProxy(URI upstream) throws IOException {
    this.upstream = upstream;
    this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    // Parallel scans send several requests at once.
    this.workers = Executors.newFixedThreadPool(8);
    server.setExecutor(workers);
    server.createContext("/", this::forward);
  }

  /** Starts a proxy on a free loopback port that forwards to {@code upstream}. */
  public static RecordingProxy start(URI upstream) {
    try {
      RecordingProxy proxy = new RecordingProxy(upstream);
      proxy.server.start();
      return proxy;
    } catch (IOException e) {
      throw new IllegalStateException("the recording proxy did not start", e);
    }
  }

  /** The proxy's endpoint URL, to be given to the driver instead of DynamoDB's. */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Every call recorded so far, oldest first. */
  public synchronized List<DynamoDbCall> calls() {
    return List.copyOf(calls);
  }

  /** The calls recorded since {@code mark} (a value of {@link #mark()}). */
  public synchronized List<DynamoDbCall> callsSince(int mark) {
    return List.copyOf(calls.subList(mark, calls.size()));
  }

  /** A position in the record; see {@link #callsSince(int)}. */
  public synchronized int mark() {
    return calls.size();
  }

  /** Every access key id that signed a request ({@code Credential=} of the SigV4 header). */
  public synchronized Set<String> accessKeys() {
    return Set.copyOf(accessKeys);
  }

  /** The calls that were not reads: writes, DDL, PartiQL, anything unknown. */
  public synchronized List<DynamoDbCall> nonReadCalls() {
    return calls.stream().filter(c -> !c.isRead()).toList();
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }

  private void forward(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] requestBody = exchange.getRequestBody().readAllBytes();
      HttpRequest.Builder request =
          HttpRequest.newBuilder(upstream.resolve(exchange.getRequestURI()))
              .method(
                  exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(requestBody));
      for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
        if (!NOT_FORWARDED.contains(header.getKey().toLowerCase())) {
          header.getValue().forEach(value -> request.header(header.getKey(), value));
        }
      }
      HttpResponse<byte[]> response;
      try {
        response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while forwarding", e);
      }
      record(exchange, requestBody, response);
      for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
        String name = header.getKey().toLowerCase();
        if (!NOT_FORWARDED.contains(name) && !name.startsWith(":")) {
          exchange.getResponseHeaders().put(header.getKey(), header.getValue());
        }
      }
      byte[] body = response.body();
      exchange.sendResponseHeaders(response.statusCode(), body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private void record(HttpExchange exchange, byte[] requestBody, HttpResponse<byte[]> response)
      throws IOException {
    String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
    String operation =
        target == null ? "(no target)" : target.substring(target.lastIndexOf('.') + 1);
    JsonNode request = parse(requestBody, false);
    boolean gzip =
        response
            .headers()
            .firstValue("Content-Encoding")
            .map("gzip"::equalsIgnoreCase)
            .orElse(false);
    JsonNode answer = parse(response.body(), gzip);
    long returned = returnedItems(operation, answer);
    long read = answer.has("ScannedCount") ? answer.get("ScannedCount").asLong() : returned;
    DynamoDbCall call = new DynamoDbCall(operation, request, response.statusCode(), read, returned);
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    synchronized (this) {
      calls.add(call);
      if (authorization != null && authorization.contains("Credential=")) {
        String credential = authorization.substring(authorization.indexOf("Credential=") + 11);
        accessKeys.add(credential.substring(0, credential.indexOf('/')));
      }
    }
  }

  private static long returnedItems(String operation, JsonNode answer) {
    return switch (operation) {
      case "GetItem" -> answer.hasNonNull("Item") ? 1 : 0;
      case "BatchGetItem" -> {
        long count = 0;
        for (JsonNode tableItems : answer.path("Responses")) {
          count += tableItems.size();
        }
        yield count;
      }
      default -> answer.path("Count").asLong(0);
    };
  }

  private static JsonNode parse(byte[] body, boolean gzip) throws IOException {
    if (body.length == 0) {
      return MissingNode.getInstance();
    }
    try (InputStream in =
        gzip
            ? new GZIPInputStream(new ByteArrayInputStream(body))
            : new ByteArrayInputStream(body)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      // Not JSON (an HTML error page, say): record the call without a body.
      return MissingNode.getInstance();
    }
  }
}
