package io.dynamosql.mcp.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigKeyTest {

  @Test
  void everyKeyIsDocumentedWithItsDefault() throws Exception {
    String docs = Files.readString(Path.of("..", "docs", "mcp.md"));
    for (ConfigKey key : ConfigKey.values()) {
      String row =
          "| `"
              + key.key()
              + "` | "
              + (key.defaultValue().isEmpty() ? "(empty)" : "`" + key.defaultValue() + "`");
      assertTrue(docs.contains(row), "docs/mcp.md lacks " + row);
    }
  }

  @Test
  void badValuesNameTheKeyAndTheValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> McpConfig.of(Map.of(ConfigKey.MAX_ROWS, "lots")));
    assertEquals(
        "Configuration 'dynamosql.mcp.max-rows' value is invalid: lots (an integer is required)",
        e.getMessage());
  }

  @Test
  void theConformanceProfileOnlyRunsOnLoopbackAndTurnsAuthenticationOff() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            McpConfig.of(
                Map.of(
                    ConfigKey.CONFORMANCE_PROFILE, "true",
                    ConfigKey.PUBLIC_BASE_URL, "https://mcp.example.com")));
    McpConfig local = McpConfig.of(Map.of(ConfigKey.CONFORMANCE_PROFILE, "true"));
    assertTrue(!local.authEnabled());
    assertTrue(McpConfig.of(Map.of()).authEnabled());
  }

  @Test
  void theResourceUrlIsBuiltFromTheConfiguredBase() {
    McpConfig config = McpConfig.of(Map.of(ConfigKey.PUBLIC_BASE_URL, "https://db.example.com/"));
    assertEquals("https://db.example.com/mcp", config.resourceUrl());
    assertEquals(
        "https://db.example.com/.well-known/oauth-protected-resource/mcp",
        config.resourceMetadataUrl());
  }
}
