package io.dynamosql.mcp.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamosql.mcp.jsonrpc.ErrorCode;
import io.dynamosql.mcp.jsonrpc.JsonRpcException;
import io.dynamosql.mcp.jsonrpc.JsonRpcRequest;
import io.dynamosql.mcp.security.Caller;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * Revision 2026-07-28: every request carries its version and client capabilities in {@code _meta},
 * the {@code MCP-Protocol-Version}, {@code Mcp-Method} and {@code Mcp-Name} headers must match the
 * body, and results carry {@code resultType}, the server's identity and, where the revision asks
 * for them, caching hints.
 */
public final class ModernEnvelope implements ProtocolEnvelope {

  public static final String META_PROTOCOL_VERSION = "io.modelcontextprotocol/protocolVersion";
  public static final String META_CLIENT_CAPABILITIES =
      "io.modelcontextprotocol/clientCapabilities";
  public static final String META_SERVER_INFO = "io.modelcontextprotocol/serverInfo";

  private static final Set<String> NAMED_METHODS =
      Set.of("tools/call", "resources/read", "prompts/get");
  private static final Set<String> CACHEABLE_METHODS =
      Set.of(
          "server/discover",
          "tools/list",
          "prompts/list",
          "resources/list",
          "resources/templates/list",
          "resources/read");
  private static final String BASE64_PREFIX = "=?base64?";
  private static final String BASE64_SUFFIX = "?=";

  private final ServerInfo serverInfo;
  private final long ttlMillis;
  private final String cacheScope;

  /**
   * @param privateResults true when results depend on the caller (tool lists filtered by scope), so
   *     shared caches must not keep them
   */
  public ModernEnvelope(ServerInfo serverInfo, long ttlMillis, boolean privateResults) {
    this.serverInfo = serverInfo;
    this.ttlMillis = ttlMillis;
    this.cacheScope = privateResults ? "private" : "public";
  }

  /** Whether a request speaks this revision: it says so in {@code _meta} or in its header. */
  public static boolean speaks(JsonRpcRequest request, RequestHeaders headers) {
    return request.params().path("_meta").has(META_PROTOCOL_VERSION)
        || ProtocolVersion.fromWire(headers.get(RequestHeaders.PROTOCOL_VERSION))
            .filter(v -> v.era() == Era.MODERN)
            .isPresent();
  }

  @Override
  public RequestContext open(JsonRpcRequest request, RequestHeaders headers, Caller caller)
      throws JsonRpcException {
    JsonNode meta = request.params().get("_meta");
    if (meta == null || !meta.isObject()) {
      throw badMeta("params._meta is required");
    }
    JsonNode version = meta.get(META_PROTOCOL_VERSION);
    if (version == null || !version.isTextual()) {
      throw badMeta("_meta." + META_PROTOCOL_VERSION + " must be a string");
    }
    JsonNode capabilities = meta.get(META_CLIENT_CAPABILITIES);
    if (capabilities == null || !capabilities.isObject()) {
      throw badMeta("_meta." + META_CLIENT_CAPABILITIES + " must be an object");
    }
    String requested = version.asText();
    matchHeader(headers, RequestHeaders.PROTOCOL_VERSION, requested, false);
    ProtocolVersion resolved =
        ProtocolVersion.fromWire(requested)
            .filter(v -> v.era() == Era.MODERN)
            .orElseThrow(() -> Versions.unsupported(requested));
    matchHeader(headers, RequestHeaders.METHOD, request.method(), false);
    if (NAMED_METHODS.contains(request.method())) {
      JsonNode name =
          request.params().get(request.method().equals("resources/read") ? "uri" : "name");
      if (name != null && name.isTextual()) {
        matchHeader(headers, RequestHeaders.NAME, name.asText(), true);
      }
    }
    return new RequestContext(
        resolved, caller, capabilities, request.params(), new Notifications());
  }

  private static void matchHeader(
      RequestHeaders headers, String header, String bodyValue, boolean mayBeEncoded)
      throws JsonRpcException {
    String value = headers.get(header);
    if (value == null) {
      throw mismatch("the " + header + " header is required");
    }
    if (!value.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
      // Values outside visible ASCII must travel base64-encoded (=?base64?...?=).
      throw mismatch("the " + header + " header contains characters that must be base64-encoded");
    }
    if (mayBeEncoded && value.startsWith(BASE64_PREFIX) && value.endsWith(BASE64_SUFFIX)) {
      try {
        value =
            new String(
                Base64.getDecoder()
                    .decode(
                        value.substring(
                            BASE64_PREFIX.length(), value.length() - BASE64_SUFFIX.length())),
                StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw mismatch("the " + header + " header is not valid base64");
      }
    }
    if (!value.equals(bodyValue)) {
      throw mismatch(
          header + " header value '" + value + "' does not match body value '" + bodyValue + "'");
    }
  }

  private static JsonRpcException badMeta(String message) {
    return JsonRpcException.withStatus(ErrorCode.INVALID_PARAMS, message, 400);
  }

  private static JsonRpcException mismatch(String message) {
    return JsonRpcException.withStatus(
        ErrorCode.HEADER_MISMATCH, "Header mismatch: " + message, 400);
  }

  @Override
  public ObjectNode complete(String method, ObjectNode result) {
    // A handler that needs input from the client has said so ("input_required").
    if (!result.has("resultType")) {
      result.put("resultType", "complete");
    }
    result.withObjectProperty("_meta").set(META_SERVER_INFO, serverInfo.toJson());
    if (CACHEABLE_METHODS.contains(method)) {
      result.put("ttlMs", ttlMillis).put("cacheScope", cacheScope);
    }
    return result;
  }

  @Override
  public JsonRpcException adapt(JsonRpcException error) {
    return switch (error.code()) {
      case METHOD_NOT_FOUND -> error.withHttpStatus(404);
        // 2026-07-28 reports a missing resource as invalid params; -32002 must not be emitted.
      case RESOURCE_NOT_FOUND ->
          new JsonRpcException(
              ErrorCode.INVALID_PARAMS, error.getMessage(), error.data(), error.httpStatus());
      default -> error;
    };
  }
}
