package io.dynamosql.mcp.protocol;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamosql.mcp.jsonrpc.ErrorCode;
import io.dynamosql.mcp.jsonrpc.JsonRpcException;
import java.util.Arrays;

/** The {@code UnsupportedProtocolVersion} error, shared by both eras. */
final class Versions {

  private Versions() {}

  /** HTTP 400 with -32022, listing every version this server speaks. */
  static JsonRpcException unsupported(String requested) {
    ObjectNode data = JsonNodeFactory.instance.objectNode();
    ArrayNode supported = data.putArray("supported");
    Arrays.stream(ProtocolVersion.values()).forEach(v -> supported.add(v.wire()));
    data.put("requested", requested);
    return new JsonRpcException(
        ErrorCode.UNSUPPORTED_PROTOCOL_VERSION,
        "Unsupported protocol version: " + requested,
        data,
        400);
  }
}
