package io.dynamosql.mcp.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamosql.mcp.body.RequestBody;
import io.dynamosql.mcp.config.McpConfig;
import io.dynamosql.mcp.security.AuditLog;
import io.dynamosql.mcp.security.Caller;
import io.dynamosql.mcp.transport.HttpCall;
import io.dynamosql.mcp.transport.HttpReply;
import io.dynamosql.mcp.transport.McpEndpoint;
import io.dynamosql.mcp.transport.McpServer;
import io.dynamosql.mcp.transport.McpServerParts;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/** Drives an {@link McpEndpoint} with raw HTTP-shaped calls, as a client on the wire would. */
public final class EndpointClient {

  public static final ObjectMapper JSON = new ObjectMapper();

  private final McpEndpoint endpoint;
  private final int maxBodyBytes;
  private final List<AuditLog.Entry> audit = new ArrayList<>();

  public EndpointClient(DataSource dataSource, McpConfig config, McpServerParts extra) {
    McpServerParts parts = McpServer.dynamoSqlParts(dataSource, config).plus(extra);
    this.endpoint = McpServer.endpoint(parts, config, audit::add);
    this.maxBodyBytes = config.maxBodyBytes();
  }

  public EndpointClient(DataSource dataSource) {
    this(dataSource, McpConfig.of(Map.of()), McpServerParts.none());
  }

  /** The audit entries recorded so far. */
  public List<AuditLog.Entry> audit() {
    return audit;
  }

  /**
   * A POST with JSON content type and the given extra headers (name, value pairs); the body is
   * bounded by the configured limit as the webapp's body filter would.
   */
  public HttpReply post(String body, Caller caller, String... headers) {
    Map<String, String> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    map.put("Content-Type", "application/json");
    map.put("Accept", "application/json, text/event-stream");
    for (int i = 0; i < headers.length; i += 2) {
      if (headers[i + 1] == null) {
        map.remove(headers[i]);
      } else {
        map.put(headers[i], headers[i + 1]);
      }
    }
    return endpoint.post(
        new HttpCall(
            map::get, RequestBody.of(body.getBytes(StandardCharsets.UTF_8), maxBodyBytes), caller));
  }

  /** A legacy-era request as a client sends it after initialize (2025-11-25 header). */
  public HttpReply legacy(String method, ObjectNode params, Caller caller) {
    ObjectNode body =
        JSON.createObjectNode().put("jsonrpc", "2.0").put("id", 7).put("method", method);
    body.set("params", params);
    return post(body.toString(), caller, "MCP-Protocol-Version", "2025-11-25");
  }

  /** The result of a legacy request that must succeed. */
  public JsonNode result(String method, ObjectNode params, Caller caller) {
    HttpReply reply = legacy(method, params, caller);
    JsonNode body = parse(reply);
    if (reply.status() != 200 || !body.has("result")) {
      throw new AssertionError(method + " failed: " + reply);
    }
    return body.get("result");
  }

  /** A tools/call result by the all-scopes caller. */
  public JsonNode callTool(String name, ObjectNode arguments) {
    ObjectNode params = JSON.createObjectNode().put("name", name);
    params.set("arguments", arguments);
    return result("tools/call", params, Caller.unauthenticated());
  }

  public static ObjectNode object() {
    return JSON.createObjectNode();
  }

  public static JsonNode parse(HttpReply reply) {
    try {
      return reply.body() == null ? null : JSON.readTree(reply.body());
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
