package io.dynamosql.it.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dynamosql.it.support.ProductHttp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Raw POSTs to the MCP endpoint with exactly the headers a test names (nothing added), and the
 * JSON-RPC error assertion every refusal shares.
 */
final class McpWire {

  static final String PING = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ProductHttp http = new ProductHttp();

  /** The documented MCP URL, without a trailing slash. */
  static URI endpoint() {
    return ProductHttp.uri("/mcp");
  }

  /** POSTs {@code body} with these header name/value pairs only. */
  HttpResponse<String> post(String body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint()).POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request);
  }

  /** POSTs as a well-behaved JSON client with a bearer token, plus {@code headers}. */
  HttpResponse<String> postAs(String token, String body, String... headers) {
    String[] all = new String[headers.length + 6];
    all[0] = "Content-Type";
    all[1] = "application/json";
    all[2] = "Accept";
    all[3] = "application/json, text/event-stream";
    all[4] = "Authorization";
    all[5] = "Bearer " + token;
    System.arraycopy(headers, 0, all, 6, headers.length);
    return post(body, all);
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + response.body(), e);
    }
  }

  /** Status, JSON-RPC error code and id (null for a null id) of a refusal. */
  static JsonNode assertJsonRpcError(
      HttpResponse<String> response, int status, int code, String id) {
    assertEquals(status, response.statusCode(), response.body());
    JsonNode body = json(response);
    assertEquals("2.0", body.path("jsonrpc").asText(), response.body());
    assertEquals(code, body.at("/error/code").asInt(), response.body());
    JsonNode actual = body.get("id");
    assertEquals(id, actual == null || actual.isNull() ? null : actual.asText(), response.body());
    return body;
  }
}
