package io.dynamosql.mcp.protocol;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamosql.mcp.dispatch.Dispatcher;
import java.util.Arrays;
import java.util.EnumSet;

/**
 * The methods about the protocol itself: {@code initialize}, {@code ping} and {@code
 * logging/setLevel} for the initialize-based revisions, {@code server/discover} for 2026-07-28.
 */
public final class LifecycleMethods {

  private LifecycleMethods() {}

  public static void register(Dispatcher dispatcher, ServerInfo serverInfo) {
    EnumSet<Era> legacy = EnumSet.of(Era.LEGACY);
    dispatcher.on(
        "initialize",
        legacy,
        (params, context) -> {
          ObjectNode result = JsonNodeFactory.instance.objectNode();
          result.put("protocolVersion", context.version().wire());
          result.set("capabilities", ServerCapabilities.of(Era.LEGACY));
          result.set("serverInfo", serverInfo.toJson());
          result.put("instructions", ServerInfo.INSTRUCTIONS);
          return result;
        });
    dispatcher.on("ping", legacy, (params, context) -> JsonNodeFactory.instance.objectNode());
    // Accepted so that clients may set a level; this server emits no log notifications.
    dispatcher.on(
        "logging/setLevel", legacy, (params, context) -> JsonNodeFactory.instance.objectNode());
    dispatcher.on(
        "server/discover",
        EnumSet.of(Era.MODERN),
        (params, context) -> {
          ObjectNode result = JsonNodeFactory.instance.objectNode();
          ArrayNode versions = result.putArray("supportedVersions");
          Arrays.stream(ProtocolVersion.values()).forEach(v -> versions.add(v.wire()));
          result.set("capabilities", ServerCapabilities.of(Era.MODERN));
          result.put("instructions", ServerInfo.INSTRUCTIONS);
          return result;
        });
  }
}
