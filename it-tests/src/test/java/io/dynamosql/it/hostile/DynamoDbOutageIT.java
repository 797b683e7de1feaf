package io.dynamosql.it.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.dynamosql.it.support.DemoDynamoDb;
import io.dynamosql.it.support.DeployedProductTest;
import io.dynamosql.it.support.FailingDynamoDbReads;
import io.dynamosql.it.support.ProductHttp;
import io.dynamosql.it.support.TestTokens;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The MCP side of a DynamoDB outage (HealthIT covers the health endpoints alone): while DynamoDB
 * Local is stopped, {@code run_sql} answers promptly with a tool error that says the database is
 * unavailable (SQLState 08001) — never an HTTP 500, a JSON-RPC internal error or a hang — readiness
 * is DOWN, and after the restart the same call answers rows again. A DynamoDB that still answers
 * pings but fails reads takes the instance out once more requests failed than readiness allows.
 */
class DynamoDbOutageIT extends DeployedProductTest {

  /** The ITs' DataSource: 1 s connect and 5 s request timeout, plus the driver's retries. */
  private static final Duration PROMPT = Duration.ofSeconds(30);

  private static final String LOOKUP =
      "{\"jsonrpc\":\"2.0\",\"id\":\"q\",\"method\":\"tools/call\",\"params\":{\"name\":"
          + "\"run_sql\",\"arguments\":{\"sql\":"
          + "\"SELECT customer_id, name FROM customers WHERE customer_id = 'c001'\"}}}";

  private final McpWire wire = new McpWire();

  private JsonNode runSql(Duration within) {
    long start = System.nanoTime();
    HttpResponse<String> response =
        wire.postAs(TestTokens.fullAccess(), LOOKUP, "MCP-Protocol-Version", "2025-11-25");
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(took.compareTo(within) < 0, "run_sql took " + took);
    JsonNode body = McpWire.json(response);
    assertFalse(body.has("error"), response.body());
    assertEquals("q", body.path("id").asText());
    return body.path("result");
  }

  /** The default of {@code dynamosql.health.max-recent-failed-requests}. */
  private static final int MAX_RECENT_FAILED_REQUESTS = 10;

  private static final URI READY = ProductHttp.uri("/mcp/health/ready");

  @Test
  void readinessIsDownPastTheFailureThresholdWhileDynamoDbStillAnswersPings() {
    http.awaitStatus(READY, 200, Duration.ofSeconds(60));
    // A first call while DynamoDB is whole: MP-JWT fetches the deployment's JWKS on first use.
    assertFalse(runSql(PROMPT).path("isError").asBoolean());
    try (FailingDynamoDbReads failing = FailingDynamoDbReads.start()) {
      // More failed reads than allowed, at once: each one is a tool error after the retries.
      List<CompletableFuture<JsonNode>> calls =
          IntStream.rangeClosed(0, MAX_RECENT_FAILED_REQUESTS)
              .mapToObj(i -> CompletableFuture.supplyAsync(() -> runSql(PROMPT)))
              .toList();
      for (CompletableFuture<JsonNode> call : calls) {
        JsonNode result = call.join();
        assertTrue(result.path("isError").asBoolean(), result.toString());
      }

      HttpResponse<String> down = http.awaitStatus(READY, 503, Duration.ofSeconds(30));
      JsonNode data = McpWire.json(down).at("/checks/0/data");
      assertTrue(data.path("connection_valid").asBoolean(), down.body());
      assertFalse(data.has("tables_not_ready"), down.body());
      assertTrue(
          data.path("recent_failed_requests").asLong() > MAX_RECENT_FAILED_REQUESTS, down.body());
      assertEquals(MAX_RECENT_FAILED_REQUESTS, data.path("max_recent_failed_requests").asInt());
      assertTrue(
          data.path("error")
              .asText()
              .endsWith(
                  "(more than dynamosql.health.max-recent-failed-requests="
                      + MAX_RECENT_FAILED_REQUESTS
                      + ")"),
          down.body());
    }
    // Ready again once the failures have left the driver's 60 s window.
    http.awaitStatus(READY, 200, Duration.ofSeconds(120));
    assertFalse(runSql(PROMPT).path("isError").asBoolean());
  }

  @Test
  void runSqlIsAPromptToolErrorDuringAnOutageAndAnswersAfterIt() {
    http.awaitStatus(READY, 200, Duration.ofSeconds(60));
    JsonNode before = runSql(PROMPT);
    assertFalse(before.path("isError").asBoolean(), before.toString());
    assertEquals(1, before.at("/structuredContent/row_count").asInt(), before.toString());

    DemoDynamoDb.stop();
    try {
      http.awaitStatus(READY, 503, Duration.ofSeconds(60));
      JsonNode during = runSql(PROMPT);
      assertTrue(during.path("isError").asBoolean(), during.toString());
      String text = during.at("/content/0/text").asText();
      assertEquals(
          "The database is unavailable right now (SQLState 08001); try again later.", text);
    } finally {
      DemoDynamoDb.startAgain();
    }

    http.awaitStatus(READY, 200, Duration.ofSeconds(60));
    JsonNode after = runSql(PROMPT);
    assertFalse(after.path("isError").asBoolean(), after.toString());
    assertEquals(before.at("/structuredContent/rows"), after.at("/structuredContent/rows"));
  }
}
