package io.dynamosql.it.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dynamosql.it.support.ProductHttp;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  /** An answer read off the socket: its status and everything the server sent. */
  record SocketAnswer(int status, String text) {}

  private static final Pattern STATUS_LINE = Pattern.compile("^HTTP/1\\.1 (\\d{3})");
  private static final Pattern CONTENT_LENGTH =
      Pattern.compile("(?im)^Content-Length:\\s*(\\d+)\\s*$");

  /**
   * POSTs {@code body} as a well-behaved client with a bearer token, plus {@code headers}, written
   * whole to a plain HTTP/1.1 socket before the answer is read. Java's HttpClient can lose an
   * answer sent before the server read the whole request: WildFly refuses an oversized header after
   * reading part of it and closes, and HttpClient, failing to write the rest, reports "header
   * parser received no bytes" instead of the 400 (about one request in ten here).
   */
  static SocketAnswer postOverSocket(String token, String body, String... headers) {
    URI base = endpoint();
    StringBuilder request =
        new StringBuilder("POST ")
            .append(base.getPath())
            .append(" HTTP/1.1\r\nHost: ")
            .append(base.getHost())
            .append(':')
            .append(base.getPort())
            .append("\r\nContent-Type: application/json\r\nAccept: application/json\r\n")
            .append("Authorization: Bearer ")
            .append(token)
            .append("\r\n");
    for (int i = 0; i < headers.length; i += 2) {
      request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
    }
    byte[] content = body.getBytes(StandardCharsets.UTF_8);
    request.append("Content-Length: ").append(content.length).append("\r\n\r\n").append(body);
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      String text = readAnswer(socket.getInputStream());
      Matcher status = STATUS_LINE.matcher(text);
      if (!status.find()) {
        throw new AssertionError("no HTTP answer: " + text);
      }
      return new SocketAnswer(Integer.parseInt(status.group(1)), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The head and, by its Content-Length or else up to the close, the body of one answer. */
  private static String readAnswer(InputStream in) throws IOException {
    StringBuilder text = new StringBuilder();
    int b;
    while (text.indexOf("\r\n\r\n") < 0 && (b = in.read()) >= 0) {
      text.append((char) b);
    }
    Matcher length = CONTENT_LENGTH.matcher(text);
    byte[] rest =
        length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : in.readAllBytes();
    return text + new String(rest, StandardCharsets.UTF_8);
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
