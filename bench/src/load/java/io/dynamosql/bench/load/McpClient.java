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
import java.util.concurrent.atomic.AtomicLong;

/**
 * One MCP client over Streamable HTTP with its own bearer token: plain JSON-RPC POSTs in the
 * initialize-based era (the server is stateless, so no session is needed), as most deployed
 * clients speak it.
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
    ObjectNode params = JSON.createObjectNode().put("name", operation.tool());
    params.set("arguments", operation.arguments());
    return send("tools/call", params);
  }

  McpCall ping() throws IOException, InterruptedException {
    return send("ping", JSON.createObjectNode());
  }

  private McpCall send(String method, ObjectNode params) throws IOException, InterruptedException {
    ObjectNode request =
        JSON.createObjectNode().put("jsonrpc", "2.0").put("id", ids.incrementAndGet()).put("method", method);
    request.set("params", params);
    HttpRequest http =
        HttpRequest.newBuilder(endpoint)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, text/event-stream")
            .header("MCP-Protocol-Version", "2025-11-25")
            .header("Authorization", "Bearer " + tokens.current())
            .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(request)))
            .build();
    long start = System.nanoTime();
    HttpResponse<byte[]> response = this.http.send(http, HttpResponse.BodyHandlers.ofByteArray());
    long nanos = System.nanoTime() - start;
    return new McpCall(response.statusCode(), response.headers(), parse(response.body()), nanos);
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
