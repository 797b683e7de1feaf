package io.dynamosql.mcp.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamosql.mcp.jsonrpc.JsonRpcException;
import io.dynamosql.mcp.jsonrpc.JsonRpcRequest;
import io.dynamosql.mcp.security.Caller;

/**
 * The initialize-based revisions (2024-11-05 to 2025-11-25), served without sessions: {@code
 * initialize} negotiates the version, later requests state it in the {@code MCP-Protocol-Version}
 * header (absent means 2025-03-26), and an unsupported header value is a 400.
 */
public final class LegacyEnvelope implements ProtocolEnvelope {

  @Override
  public RequestContext open(JsonRpcRequest request, RequestHeaders headers, Caller caller)
      throws JsonRpcException {
    String header = headers.get(RequestHeaders.PROTOCOL_VERSION);
    ProtocolVersion version;
    if (request.method().equals("initialize")) {
      version = negotiate(request.params().get("protocolVersion"));
    } else if (header == null) {
      version = ProtocolVersion.HEADERLESS_LEGACY;
    } else {
      version =
          ProtocolVersion.fromWire(header)
              .filter(v -> v.era() == Era.LEGACY)
              .orElseThrow(() -> Versions.unsupported(header));
    }
    return new RequestContext(
        version,
        caller,
        JsonNodeFactory.instance.objectNode(),
        request.params(),
        new Notifications());
  }

  /** The client's version when this server speaks it, else the newest initialize-based one. */
  private static ProtocolVersion negotiate(JsonNode requested) throws JsonRpcException {
    if (requested == null || !requested.isTextual()) {
      throw JsonRpcException.invalidParams("initialize: 'protocolVersion' must be a string");
    }
    return ProtocolVersion.fromWire(requested.asText())
        .filter(v -> v.era() == Era.LEGACY)
        .orElse(ProtocolVersion.LATEST_LEGACY);
  }

  @Override
  public ObjectNode complete(String method, ObjectNode result) {
    return result;
  }

  @Override
  public JsonRpcException adapt(JsonRpcException error) {
    return error;
  }
}
