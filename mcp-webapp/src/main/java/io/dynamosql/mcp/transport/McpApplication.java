package io.dynamosql.mcp.transport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * The Jakarta REST application of the WAR, at its root (the WAR's context root is {@code /mcp}).
 * web.xml maps it to both {@code /} and {@code /*}, so that the bare {@code /mcp} is answered
 * rather than redirected to {@code /mcp/} (see the comment there). Bearer tokens are verified by
 * MicroProfile JWT; request bodies are read as bytes and parsed with Jackson, so the server's
 * JSON-B providers are switched off.
 */
@ApplicationPath("/")
@LoginConfig(authMethod = "MP-JWT")
@ApplicationScoped
public class McpApplication extends Application {

  @Override
  public Map<String, Object> getProperties() {
    return Map.of(
        "jersey.config.server.disableJsonBinding", true,
        "jersey.config.server.disableMoxyJson", true);
  }
}
