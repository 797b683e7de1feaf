package io.dynamosql.it.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamosql.it.support.DeployedProductTest;
import io.dynamosql.it.support.ProductHttp;
import io.dynamosql.it.support.TestTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The official TypeScript SDK clients against the deployed EAR: v1 ({@code @modelcontextprotocol/
 * sdk}, initialize-based) and v2 ({@code @modelcontextprotocol/client} pinned to 2026-07-28), each
 * driven by {@code src/test/node/mcp/session.mjs} with a bearer token.
 */
class OfficialClientsIT extends DeployedProductTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Runs one client script with a plan and returns its report. */
  static JsonNode session(String script, ObjectNode plan) {
    try {
      Path file = Files.createTempFile("mcp-plan", ".json");
      Files.writeString(file, plan.toString());
      NodeTools.Run run = NodeTools.node(Duration.ofMinutes(2), script, file.toString());
      assertEquals(0, run.exitCode(), run::toString);
      return JSON.readTree(run.stdout());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode plan(String token) {
    return JSON.createObjectNode().put("url", McpPaths.endpoint().toString()).put("token", token);
  }

  private static List<String> names(JsonNode array) {
    List<String> names = new ArrayList<>();
    array.forEach(n -> names.add(n.asText()));
    return names;
  }

  /** The documented URL {@code /mcp} and, for configurations that carry one, a trailing slash. */
  @ParameterizedTest(name = "{0} speaks {1} at {2}")
  @CsvSource({
    "v1-client.mjs, 2025-11-25, /mcp",
    "v2-client.mjs, 2026-07-28, /mcp",
    "v1-client.mjs, 2025-11-25, /mcp/",
    "v2-client.mjs, 2026-07-28, /mcp/"
  })
  void eachClientConnectsInItsOwnEra(String script, String version, String path) {
    ObjectNode plan = plan(TestTokens.fullAccess()).put("url", ProductHttp.uri(path).toString());
    JsonNode report = session(script, plan);
    assertEquals(List.of(), names(report.get("errors")), report::toString);
    assertEquals(version, report.get("protocolVersion").asText());
    assertEquals("dynamosql-mcp", report.get("serverName").asText());
  }

  @ParameterizedTest(name = "{0} with scopes [{1}] sees [{2}]")
  @CsvSource(
      delimiter = '|',
      value = {
        "v1-client.mjs | query schemas:read | describe_table list_tables run_sql",
        "v1-client.mjs | schemas:read       | describe_table list_tables",
        "v1-client.mjs | query              | run_sql",
        "v2-client.mjs | query schemas:read | describe_table list_tables run_sql",
        "v2-client.mjs | schemas:read       | describe_table list_tables",
        "v2-client.mjs | query              | run_sql",
      })
  void toolsListShowsWhatTheTokenAllows(String script, String scopes, String tools) {
    String token = TestTokens.token("demo", "clients-" + script, scopes.split(" "));
    JsonNode report = session(script, plan(token));
    assertEquals(List.of(), names(report.get("errors")), report::toString);
    assertEquals(List.of(tools.split(" ")), names(report.get("tools")));
  }

  @ParameterizedTest(name = "{0} without a token")
  @CsvSource({"v1-client.mjs", "v2-client.mjs"})
  void withoutATokenTheClientIsTurnedAway(String script) {
    JsonNode report = session(script, plan(null));
    assertEquals(1, report.get("errors").size(), report::toString);
    assertTrue(report.get("tools").isEmpty(), report::toString);
  }
}
