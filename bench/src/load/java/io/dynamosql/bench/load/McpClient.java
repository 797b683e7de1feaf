package io.dynamosql.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One MCP client over Streamable HTTP with its own bearer token: plain JSON-RPC POSTs in the
 * initialize-based era (the server is stateless, so no session is needed), as most deployed clients
 * speak it.
 *
 * <p>Single calls go through {@link HttpURLConnection} (blocking, keep-alive), the client stack the
 * driver's AWS SDK uses towards DynamoDB, so that {@code run_sql} and the direct JDBC path it is
 * compared with pay for the same kind of HTTP client; {@link HttpClient} handed every call to its
 * selector and executor threads, which cost the ping about 2.4 ms (17%) more in the same run.
 * Bursts need many calls in flight at once and keep {@link HttpClient#sendAsync}.
 */
final class McpClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final Map<String, String> HEADERS =
      Map.of(
          "Content-Type", "application/json",
          "Accept", "application/json, text/event-stream",
          "MCP-Protocol-Version", "2025-11-25");

  private final HttpClient http;
  private final URI endpoint;
  private final AccessTokens tokens;
  private final AtomicLong ids = new AtomicLong();

  McpClient(HttpClient http, URI endpoint, AccessTokens tokens) {
    this.http = http;
    this.endpoint = endpoint;
    this.tokens = tokens;
  }

  McpCall call(Operation operation) throws IOException, InterruptedException {
    return send("tools/call", toolCall(operation));
  }

  McpCall ping() throws IOException, InterruptedException {
    return send("ping", JSON.createObjectNode());
  }

  /** {@code copies} identical calls at once, as a client that ignores its rate limit sends them. */
  List<McpCall> burst(Operation operation, int copies) throws IOException, InterruptedException {
    ObjectNode params = toolCall(operation);
    List<CompletableFuture<McpCall>> calls = new ArrayList<>();
    for (int i = 0; i < copies; i++) {
      HttpRequest request = request("tools/call", params);
      long start = System.nanoTime();
      calls.add(
          http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
              .thenApply(response -> answer(response, System.nanoTime() - start)));
    }
    List<McpCall> answers = new ArrayList<>();
    for (CompletableFuture<McpCall> call : calls) {
      try {
        answers.add(call.get());
      } catch (ExecutionException e) {
        throw new IOException("burst call failed", e.getCause());
      }
    }
    return answers;
  }

  private static ObjectNode toolCall(Operation operation) {
    ObjectNode params = JSON.createObjectNode().put("name", operation.tool());
    params.set("arguments", operation.arguments());
    return params;
  }

  private McpCall send(String method, ObjectNode params) throws IOException, InterruptedException {
    byte[] body = JSON.writeValueAsBytes(envelope(method, params));
    String authorization = "Bearer " + tokens.current();
    long start = System.nanoTime();
    HttpURLConnection connection = (HttpURLConnection) endpoint.toURL().openConnection();
    connection.setConnectTimeout((int) TIMEOUT.toMillis());
    connection.setReadTimeout((int) TIMEOUT.toMillis());
    connection.setRequestMethod("POST");
    connection.setDoOutput(true);
    connection.setFixedLengthStreamingMode(body.length);
    HEADERS.forEach(connection::setRequestProperty);
    connection.setRequestProperty("Authorization", authorization);
    try (OutputStream out = connection.getOutputStream()) {
      out.write(body);
    }
    int status = connection.getResponseCode();
    byte[] answer;
    // Read to the end, error bodies too, so that the connection goes back to the keep-alive cache.
    try (InputStream in =
        status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
      answer = in == null ? new byte[0] : in.readAllBytes();
    }
    long nanos = System.nanoTime() - start;
    Map<String, List<String>> headers = new HashMap<>(connection.getHeaderFields());
    headers.remove(null); // the status line
    return new McpCall(
        status, HttpHeaders.of(headers, (name, value) -> true), parse(answer), nanos);
  }

  private static McpCall answer(HttpResponse<byte[]> response, long nanos) {
    return new McpCall(response.statusCode(), response.headers(), parse(response.body()), nanos);
  }

  private ObjectNode envelope(String method, ObjectNode params) {
    ObjectNode request =
        JSON.createObjectNode()
            .put("jsonrpc", "2.0")
            .put("id", ids.incrementAndGet())
            .put("method", method);
    request.set("params", params);
    return request;
  }

  private HttpRequest request(String method, ObjectNode params)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint)
            .timeout(TIMEOUT)
            .header("Authorization", "Bearer " + tokens.current())
            .POST(
                HttpRequest.BodyPublishers.ofByteArray(
                    JSON.writeValueAsBytes(envelope(method, params))));
    HEADERS.forEach(request::header);
    return request.build();
  }

  private static JsonNode parse(byte[] body) {
    try {
      JsonNode node = body.length == 0 ? null : JSON.readTree(body);
      return node == null ? MissingNode.getInstance() : node;
    } catch (IOException notJson) {
      return MissingNode.getInstance();
    }
  }
}
