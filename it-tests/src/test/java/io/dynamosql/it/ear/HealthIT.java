package io.dynamosql.it.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dynamosql.it.support.DemoDynamoDb;
import io.dynamosql.it.support.DeployedProductTest;
import io.dynamosql.it.support.ProductHttp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Health of the deployed EAR as a load balancer sees it: the webapp's own {@code /mcp/health} on
 * the HTTP port (every server), and the container's MicroProfile Health endpoint (Payara: HTTP
 * port, with the application's checks; WildFly: management port, server checks only).
 */
class HealthIT extends DeployedProductTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration NOTICE = Duration.ofSeconds(60);

  /** Whether the container's endpoint includes the application's checks (not on WildFly). */
  private static final boolean CONTAINER_HAS_APP_CHECKS =
      Boolean.getBoolean("it.container.health.app.checks");

  @Test
  void containerReportsLive() {
    HttpResponse<String> live = http.get(ProductHttp.healthUri("/live"));

    assertEquals(200, live.statusCode(), live.body());
    assertEquals("UP", json(live).path("status").asText(), live.body());
  }

  @Test
  void webappReportsLiveWithoutCredentials() {
    HttpResponse<String> live = http.get("/mcp/health/live");

    assertEquals(200, live.statusCode(), live.body());
    assertEquals("dynamosql-mcp", check(json(live), 0).path("name").asText(), live.body());
  }

  @Test
  void readyWhileDynamoDbAnswersWithEveryServedTableChecked() {
    // The first check of a fresh deployment also connects and reads the schema: give it time.
    HttpResponse<String> ready = awaitStatus(ProductHttp.uri("/mcp/health/ready"), 200);

    assertEquals(200, ready.statusCode(), ready.body());
    JsonNode dynamodb = check(json(ready), 0);
    assertEquals("dynamodb", dynamodb.path("name").asText(), ready.body());
    assertEquals("UP", dynamodb.path("status").asText(), ready.body());
    JsonNode data = dynamodb.path("data");
    assertEquals(4, data.path("tables_checked").asInt(), ready.body());
    // The driver's recent request counts, read through the pooled connection's client info.
    assertEquals(60, data.path("recent_window_seconds").asInt(), ready.body());
    assertEquals(10, data.path("max_recent_failed_requests").asInt(), ready.body());
    for (String count :
        List.of(
            "recent_requests",
            "recent_retried_attempts",
            "recent_throttled_requests",
            "recent_failed_requests")) {
      assertTrue(data.path(count).isIntegralNumber(), count + ": " + ready.body());
    }
    if (CONTAINER_HAS_APP_CHECKS) {
      HttpResponse<String> container = http.get(ProductHttp.healthUri("/ready"));
      assertEquals(200, container.statusCode(), container.body());
    }
  }

  @Test
  void notReadyWhileDynamoDbIsDownAndReadyWhenItIsBack() {
    DemoDynamoDb.stop();
    try {
      HttpResponse<String> down = awaitStatus(ProductHttp.uri("/mcp/health/ready"), 503);
      JsonNode dynamodb = check(json(down), 0);
      assertEquals("DOWN", json(down).path("status").asText(), down.body());
      assertEquals("DOWN", dynamodb.path("status").asText(), down.body());
      if (CONTAINER_HAS_APP_CHECKS) {
        assertEquals(503, awaitStatus(ProductHttp.healthUri("/ready"), 503).statusCode());
      }
      // Liveness ignores DynamoDB: the orchestrator must not restart the instance for an outage.
      assertEquals(200, http.get("/mcp/health/live").statusCode());
    } finally {
      DemoDynamoDb.startAgain();
    }

    HttpResponse<String> up = awaitStatus(ProductHttp.uri("/mcp/health/ready"), 200);
    assertEquals("UP", json(up).path("status").asText(), up.body());
  }

  private HttpResponse<String> awaitStatus(URI uri, int status) {
    return http.awaitStatus(uri, status, NOTICE);
  }

  private static JsonNode check(JsonNode report, int index) {
    return report.path("checks").path(index);
  }

  private static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + response.body(), e);
    }
  }
}
