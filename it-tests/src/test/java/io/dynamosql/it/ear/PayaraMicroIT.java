package io.dynamosql.it.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dynamosql.fixture.launch.PayaraMicro;
import io.dynamosql.it.support.ProductHttp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The two WARs of the EAR on one Payara Micro, started with the README's command (profile micro):
 * the EAR's {@code lib/} on the class path, the authorization server at {@code /}, the MCP webapp
 * at {@code /mcp} with its own DataSource, against the same DynamoDB Local.
 */
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

      // The trailing slash: Payara answers the module's bare root with a 301 (docs/mcp.md).
      HttpResponse<String> anonymous =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/mcp/"))
                  .header("Content-Type", "application/json")
                  .header("Accept", "application/json, text/event-stream")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}")));
      assertEquals(401, anonymous.statusCode(), anonymous.body());
      assertTrue(
          anonymous
              .headers()
              .firstValue("WWW-Authenticate")
              .orElse("")
              .contains("resource_metadata"),
          anonymous.headers().toString());
    }
  }
}
