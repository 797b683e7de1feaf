package io.dynamosql.mcp.protocol;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The capabilities the server declares. Nothing changes at run time, so no {@code listChanged} and
 * no subscriptions; {@code logging} exists only for the initialize-based revisions, where {@code
 * logging/setLevel} is accepted (the server sends no log messages).
 */
public final class ServerCapabilities {

  private ServerCapabilities() {}

  public static ObjectNode of(Era era) {
    ObjectNode capabilities = JsonNodeFactory.instance.objectNode();
    capabilities.putObject("tools");
    capabilities.putObject("resources");
    capabilities.putObject("prompts");
    capabilities.putObject("completions");
    if (era == Era.LEGACY) {
      capabilities.putObject("logging");
    }
    return capabilities;
  }
}
