package io.dynamosql.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One MCP client over Streamable HTTP with its own bearer token: plain JSON-RPC POSTs in the
 * initialize-based era (the server is stateless, so no session is needed), as most deployed clients
 * speak it.
 */
final class McpClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

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
    HttpRequest request = request(method, params);
    long start = System.nanoTime();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    return answer(response, System.nanoTime() - start);
  }

  private static McpCall answer(HttpResponse<byte[]> response, long nanos) {
    return new McpCall(response.statusCode(), response.headers(), parse(response.body()), nanos);
  }

  private HttpRequest request(String method, ObjectNode params)
      throws IOException, InterruptedException {
    ObjectNode request =
        JSON.createObjectNode()
            .put("jsonrpc", "2.0")
            .put("id", ids.incrementAndGet())
            .put("method", method);
    request.set("params", params);
    return HttpRequest.newBuilder(endpoint)
        .timeout(TIMEOUT)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json, text/event-stream")
        .header("MCP-Protocol-Version", "2025-11-25")
        .header("Authorization", "Bearer " + tokens.current())
        .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(request)))
        .build();
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
