package io.dynamosql.it.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamosql.it.support.DeployedProductTest;
import io.dynamosql.it.support.ProductHttp;
import io.dynamosql.it.support.TestTokens;
import io.dynamosql.jdbc.DynamoSqlDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Continuation cursors of the deployed server over a plan that is one DynamoDB read stream (a GSI
 * Query): each continued {@code run_sql} page (and {@code POST /v1/query} page) reads only its own
 * share of items, not the pages before it again, and the pages together equal the rows of the same
 * query run directly over JDBC.
 */
class ResumeCursorIT extends DeployedProductTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DataSource DIRECT = new DynamoSqlDataSource();
  private static final String SQL =
      "SELECT order_id, customer_id, total FROM orders WHERE status = 'delivered'";

  private final String token =
      TestTokens.token("demo", "it-resume-" + UUID.randomUUID(), "query", "schemas:read");

  @ParameterizedTest(name = "max_rows {0}")
  @ValueSource(ints = {1, 7, 50, 1000})
  void continuedRunSqlPagesReadOnlyTheirShare(int maxRows) throws SQLException {
    List<List<String>> expected = jdbcRows(SQL);
    assertTrue(expected.size() > 50, "rows: " + expected.size());
    List<List<String>> rows = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      ObjectNode arguments = JSON.createObjectNode().put("sql", SQL).put("max_rows", maxRows);
      if (cursor != null) {
        arguments.put("cursor", cursor);
      }
      JsonNode page = runSql(arguments);
      int count = page.get("row_count").asInt();
      page.get("rows").forEach(row -> rows.add(strings(row)));
      long itemsRead = page.get("items_read").asLong();
      // The page's rows and the one row that tells whether more follow; never the rows before.
      assertTrue(
          itemsRead >= count && itemsRead <= count + 1,
          "page " + pages + " read " + itemsRead + " items for " + count + " rows: " + page);
      if (pages == 0) {
        assertTrue(
            page.get("plan").asText().contains("Query(index status-created_at-index)"),
            page::toString);
      } else {
        assertTrue(page.get("plan").isNull(), page::toString);
      }
      cursor = page.has("next_cursor") ? page.get("next_cursor").asText() : null;
      assertEquals(cursor != null, page.get("truncated").asBoolean(), page::toString);
      pages++;
      // One row per page would take too many calls for the rate limit: ten pages prove it.
    } while (cursor != null && !(maxRows == 1 && pages == 10));
    List<List<String>> prefix = expected.subList(0, rows.size());
    assertEquals(prefix, rows, "pages together are the JDBC rows, in order");
    if (maxRows > 1) {
      assertEquals(expected.size(), rows.size());
    }
  }

  @org.junit.jupiter.api.Test
  void queryApiResumeIdxContinuesTheSameWay() throws SQLException {
    List<List<String>> expected = jdbcRows(SQL);
    List<List<String>> rows = new ArrayList<>();
    JsonNode resumeIdx = null;
    do {
      ObjectNode body = JSON.createObjectNode().put("sql", SQL);
      ObjectNode options = body.putObject("options").put("maxRows", 40);
      if (resumeIdx != null) {
        options.set("resumeIdx", resumeIdx);
      }
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(ProductHttp.uri(McpPaths.QUERY))
                  .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                  .header("Content-Type", "application/json")
                  .header("Accept", "application/json")
                  .header("Authorization", "Bearer " + token));
      assertEquals(200, response.statusCode(), response.body());
      JsonNode page = json(response.body());
      page.get("data").forEach(row -> rows.add(strings(row)));
      resumeIdx = page.get("resumeIdx");
      assertTrue(resumeIdx.isNull() || resumeIdx.isTextual(), page::toString);
    } while (!resumeIdx.isNull());
    assertEquals(expected, rows);
  }

  private JsonNode runSql(ObjectNode arguments) {
    ObjectNode request =
        JSON.createObjectNode().put("jsonrpc", "2.0").put("id", "r").put("method", "tools/call");
    request.putObject("params").put("name", "run_sql").set("arguments", arguments);
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(McpPaths.endpoint())
                .POST(HttpRequest.BodyPublishers.ofString(request.toString()))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .header("MCP-Protocol-Version", "2025-11-25")
                .header("Authorization", "Bearer " + token));
    assertEquals(200, response.statusCode(), response.body());
    JsonNode result = json(response.body()).get("result");
    assertFalse(result.get("isError").asBoolean(), result::toString);
    return result.get("structuredContent");
  }

  private static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> strings(JsonNode row) {
    List<String> values = new ArrayList<>();
    row.forEach(
        v ->
            values.add(
                v.isNull() ? null : v.isTextual() ? v.asText() : v.decimalValue().toPlainString()));
    return values;
  }

  private static List<List<String>> jdbcRows(String sql) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    try (Connection connection = DIRECT.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        rows.add(
            List.of(
                result.getString(1), result.getString(2), result.getBigDecimal(3).toPlainString()));
      }
    }
    return rows;
  }
}
