package io.dynamosql.it.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dynamosql.fixture.launch.PayaraMicro;
import io.dynamosql.it.support.ProductHttp;
import io.dynamosql.it.support.TestTokens;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The two WARs of the EAR on one Payara Micro, started with the README's command (profile micro):
 * the EAR's {@code lib/} on the class path, the authorization server at {@code /}, the MCP webapp
 * at {@code /mcp} with its own DataSource, against the same DynamoDB Local.
 */
@ExtendWith(TestTokens.class)
class PayaraMicroIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ProductHttp http = new ProductHttp();

  @Test
  void bothWarsServeOnOneMicroInstance() throws Exception {
    try (PayaraMicro micro =
        PayaraMicro.start(
            Path.of(System.getProperty("it.micro.jar")),
            Path.of(System.getProperty("it.ear.dir")),
            List.of(),
            Map.of(),
            Path.of(System.getProperty("it.work.dir")).resolve("payara-micro.log"),
            Duration.ofMinutes(4))) {
      String base = micro.base();
      // Ready once the first connection and schema read are done, as a load balancer would wait.
      HttpResponse<String> ready =
          http.awaitStatus(URI.create(base + "/mcp/health/ready"), 200, Duration.ofSeconds(90));
      assertEquals(
          4,
          JSON.readTree(ready.body())
              .path("checks")
              .path(0)
              .path("data")
              .path("tables_checked")
              .asInt());
      HttpResponse<String> containerReady = http.get(URI.create(base + "/health/ready"));
      assertEquals(200, containerReady.statusCode(), containerReady.body());

      HttpResponse<String> metadata =
          http.get(URI.create(base + "/.well-known/oauth-authorization-server"));
      assertEquals(200, metadata.statusCode(), metadata.body());
      JsonNode issuer = JSON.readTree(metadata.body()).path("issuer");
      assertEquals(base, issuer.asText());

      // The documented URL, no trailing slash: answered by the MCP webapp, not redirected.
      URI mcp = URI.create(base + "/mcp");
      HttpResponse<String> anonymous = http.send(toolsList(mcp));
      assertEquals(401, anonymous.statusCode(), anonymous.body());
      assertEquals(
          "Bearer resource_metadata=\""
              + base
              + "/.well-known/oauth-protected-resource/mcp\", scope=\"query schemas:read\"",
          anonymous.headers().firstValue("WWW-Authenticate").orElse(""),
          anonymous.headers().toString());

      String token =
          TestTokens.sign(
              TestTokens.claims(base, "demo", "it-micro", List.of("query", "schemas:read"))
                  .build());
      HttpResponse<String> listed =
          http.send(toolsList(mcp).header("Authorization", "Bearer " + token));
      assertEquals(200, listed.statusCode(), listed.body());
      List<String> tools = new ArrayList<>();
      JSON.readTree(listed.body())
          .at("/result/tools")
          .forEach(tool -> tools.add(tool.get("name").asText()));
      assertEquals(
          List.of("describe_table", "list_tables", "run_sql"), tools.stream().sorted().toList());
    }
  }

  private static HttpRequest.Builder toolsList(URI mcp) {
    return HttpRequest.newBuilder(mcp)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json, text/event-stream")
        .header("MCP-Protocol-Version", "2025-11-25")
        .POST(
            HttpRequest.BodyPublishers.ofString(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}"));
  }
}
