package io.dynamosql.oauth.endpoint;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The authorization server's REST application at the root of its context (deployed at {@code /}),
 * so that endpoints and discovery documents sit at the root paths clients fall back to.
 */
@ApplicationPath("/")
public class OAuthApplication extends Application {

  @Override
  public Map<String, Object> getProperties() {
    // Bodies are read and written as text with our own Jackson mapper; keep Jersey's JSON-B out.
    return Map.of(
        "jersey.config.server.disableJsonBinding", true,
        "jersey.config.server.disableMoxyJson", true);
  }
}
