package io.dynamosql.it.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.dynamosql.it.support.DemoDynamoDb;
import io.dynamosql.it.support.DeployedProductTest;
import io.dynamosql.it.support.ProductHttp;
import io.dynamosql.it.support.TestTokens;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The MCP side of a DynamoDB outage (HealthIT covers the health endpoints alone): while DynamoDB
 * Local is stopped, {@code run_sql} answers promptly with a tool error that says the database is
 * unavailable (SQLState 08001) — never an HTTP 500, a JSON-RPC internal error or a hang — readiness
 * is DOWN, and after the restart the same call answers rows again.
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

  @Test
  void runSqlIsAPromptToolErrorDuringAnOutageAndAnswersAfterIt() {
    http.awaitStatus(ProductHttp.uri("/mcp/health/ready"), 200, Duration.ofSeconds(60));
    JsonNode before = runSql(PROMPT);
    assertFalse(before.path("isError").asBoolean(), before.toString());
    assertEquals(1, before.at("/structuredContent/row_count").asInt(), before.toString());

    DemoDynamoDb.stop();
    try {
      http.awaitStatus(ProductHttp.uri("/mcp/health/ready"), 503, Duration.ofSeconds(60));
      JsonNode during = runSql(PROMPT);
      assertTrue(during.path("isError").asBoolean(), during.toString());
      String text = during.at("/content/0/text").asText();
      assertEquals(
          "The database is unavailable right now (SQLState 08001); try again later.", text);
    } finally {
      DemoDynamoDb.startAgain();
    }

    http.awaitStatus(ProductHttp.uri("/mcp/health/ready"), 200, Duration.ofSeconds(60));
    JsonNode after = runSql(PROMPT);
    assertFalse(after.path("isError").asBoolean(), after.toString());
    assertEquals(before.at("/structuredContent/rows"), after.at("/structuredContent/rows"));
  }
}
