package io.dynamosql.mcp.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Makes the validated {@link McpConfig} injectable, read once from MicroProfile Config. */
@ApplicationScoped
public class McpConfigProducer {

  // Dependent scope: McpConfig is an immutable final class, which a normal scope could not proxy.
  @Produces
  McpConfig config() {
    Config config = ConfigProvider.getConfig();
    return McpConfig.from(key -> config.getOptionalValue(key, String.class).orElse(null));
  }
}
