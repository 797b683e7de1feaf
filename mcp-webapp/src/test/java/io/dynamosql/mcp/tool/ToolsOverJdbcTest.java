package io.dynamosql.mcp.tool;

import static io.dynamosql.mcp.support.EndpointClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamosql.mcp.support.EndpointClient;
import io.dynamosql.mcp.support.H2Database;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The three tools over a real JDBC DataSource, compared with what JDBC itself says. */
class ToolsOverJdbcTest {

  private static DataSource dataSource;
  private static EndpointClient client;

  @BeforeAll
  static void start() throws Exception {
    dataSource = H2Database.create();
    client = new EndpointClient(dataSource);
  }

  private static JsonNode call(String tool, ObjectNode arguments) {
    return client.callTool(tool, arguments);
  }

  private static String errorText(JsonNode result) {
    assertTrue(result.get("isError").asBoolean(), result.toString());
    return result.at("/content/0/text").asText();
  }

  @Test
  void toolsAreReadOnlyClosedWorldAndHaveSchemas() {
    JsonNode tools =
        client
            .result("tools/list", object(), io.dynamosql.mcp.security.Caller.unauthenticated())
            .get("tools");
    List<String> names = new ArrayList<>();
    for (JsonNode tool : tools) {
      names.add(tool.get("name").asText());
      assertTrue(tool.at("/annotations/readOnlyHint").asBoolean());
      assertFalse(tool.at("/annotations/openWorldHint").asBoolean(true));
      assertEquals("object", tool.at("/inputSchema/type").asText());
      assertEquals("object", tool.at("/outputSchema/type").asText());
    }
    assertEquals(List.of("list_tables", "describe_table", "run_sql"), names);
  }

  @Test
  void listTablesListsTheDefaultSchema() {
    JsonNode result = call("list_tables", object());
    JsonNode structured = result.get("structuredContent");
    assertEquals("demo", structured.get("schema_name").asText());
    assertEquals("customers", structured.at("/tables/0/name").asText());
    assertEquals("demo.customers", structured.at("/tables/0/qualified_name").asText());
    assertEquals(3, structured.get("tables").size());
    assertFalse(structured.get("truncated").asBoolean());
    assertTrue(result.at("/content/0/text").asText().startsWith("3 tables in schema demo"));
  }

  @Test
  void listTablesCapsAt200() {
    JsonNode structured =
        call("list_tables", object().put("schema_name", "wide")).get("structuredContent");
    assertEquals(200, structured.get("tables").size());
    assertTrue(structured.get("truncated").asBoolean());
  }

  @Test
  void unknownSchemaAndBadArgumentsAreToolErrors() {
    assertTrue(
        errorText(call("list_tables", object().put("schema_name", "dem")))
            .contains("Did you mean: demo?"));
    assertTrue(
        errorText(call("list_tables", object().put("refresh", "sometimes")))
            .contains("if_stale, force, skip"));
    assertTrue(
        errorText(call("list_tables", object().put("schema_name", 5)))
            .contains("must be a string"));
    assertTrue(
        errorText(call("list_tables", object().put("colour", "red")))
            .contains("unknown argument 'colour'"));
  }

  @Test
  void describeTableEqualsDatabaseMetaData() throws Exception {
    JsonNode d =
        call("describe_table", object().put("table_name", "orders")).get("structuredContent");
    assertEquals("demo.orders", d.get("qualified_name").asText());
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      int i = 0;
      try (ResultSet columns = meta.getColumns(null, "demo", "orders", "%")) {
        while (columns.next()) {
          JsonNode column = d.get("columns").get(i++);
          assertEquals(columns.getString("COLUMN_NAME"), column.get("name").asText());
          assertEquals(columns.getString("TYPE_NAME"), column.get("type").asText());
          assertEquals(
              columns.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
              column.get("nullable").asBoolean());
        }
      }
      assertEquals(i, d.get("columns").size());
    }
    JsonNode primary = d.at("/indexes/0");
    assertEquals("PRIMARY", primary.get("type").asText());
    assertEquals("customer_id", primary.get("hashKey").asText());
    assertEquals("order_id", primary.get("sortKey").asText());
    JsonNode byStatus = d.at("/indexes/1");
    assertEquals("by_status", byStatus.get("name").asText());
    assertEquals("status", byStatus.get("hashKey").asText());
  }

  @Test
  void unknownTableNamesTheSchemaAndSuggests() {
    String text = errorText(call("describe_table", object().put("table_name", "custmers")));
    assertEquals(
        "Table 'custmers' does not exist in schema 'demo'. Did you mean: customers? Call list_tables"
            + " to see every table of the schema.",
        text);
    assertTrue(errorText(call("describe_table", object())).contains("'table_name' is required"));
  }

  @Test
  void runSqlRowsEqualDirectJdbc() throws Exception {
    String sql =
        "SELECT customer_id, name, vip, balance FROM customers WHERE city = 'Paris' ORDER BY customer_id";
    JsonNode s = call("run_sql", object().put("sql", sql)).get("structuredContent");
    List<List<Object>> expected = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        expected.add(
            List.of(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBigDecimal(4)));
      }
    }
    assertEquals(expected.size(), s.get("row_count").asInt());
    for (int i = 0; i < expected.size(); i++) {
      JsonNode row = s.get("rows").get(i);
      assertEquals(expected.get(i).get(0), row.get(0).asText());
      assertEquals(expected.get(i).get(1), row.get(1).asText());
      assertEquals(expected.get(i).get(2), row.get(2).asBoolean());
      assertEquals(0, ((BigDecimal) expected.get(i).get(3)).compareTo(row.get(3).decimalValue()));
    }
    assertEquals("customer_id", s.at("/columns/0/name").asText());
    assertFalse(s.get("truncated").asBoolean());
    assertFalse(s.has("next_cursor"));
    assertTrue(s.get("plan").asText().toUpperCase().contains("CUSTOMERS"));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 100, 1000})
  void pagesAreCappedAndCursorsContinueWithoutRepeats(int maxRows) {
    String sql = "SELECT n FROM numbers ORDER BY n";
    List<Integer> seen = new ArrayList<>();
    String cursor = null;
    for (int page = 0; page < 3 && (page == 0 || cursor != null); page++) {
      ObjectNode args = object().put("sql", sql).put("max_rows", maxRows);
      if (cursor != null) {
        args.put("cursor", cursor);
      }
      JsonNode s = call("run_sql", args).get("structuredContent");
      assertEquals(Math.min(maxRows, 1001 - seen.size()), s.get("row_count").asInt());
      s.get("rows").forEach(r -> seen.add(r.get(0).asInt()));
      cursor = s.has("next_cursor") ? s.get("next_cursor").asText() : null;
      assertEquals(cursor != null, s.get("truncated").asBoolean());
    }
    for (int i = 0; i < seen.size(); i++) {
      assertEquals(i + 1, seen.get(i));
    }
  }

  @Test
  void defaultPageIs100AndTheLastPageIsNotTruncated() {
    JsonNode first =
        call("run_sql", object().put("sql", "SELECT n FROM numbers ORDER BY n"))
            .get("structuredContent");
    assertEquals(100, first.get("row_count").asInt());
    JsonNode all =
        call(
                "run_sql",
                object().put("sql", "SELECT n FROM numbers WHERE n <= 1000").put("max_rows", 1000))
            .get("structuredContent");
    assertEquals(1000, all.get("row_count").asInt());
    assertFalse(all.get("truncated").asBoolean(), "exactly at the cap is not truncated");
  }

  @Test
  void maxRowsAbove1000IsRefused() {
    assertTrue(
        errorText(call("run_sql", object().put("sql", "SELECT 1").put("max_rows", 1001)))
            .contains("between 0 and 1000"));
  }

  @Test
  void cursorsOfOtherQueriesOrForgedOnesAreRefused() {
    String cursor =
        call("run_sql", object().put("sql", "SELECT n FROM numbers").put("max_rows", 1))
            .at("/structuredContent/next_cursor")
            .asText();
    assertTrue(
        errorText(
                call(
                    "run_sql",
                    object().put("sql", "SELECT n FROM numbers WHERE n > 0").put("cursor", cursor)))
            .contains("not a cursor of this query"));
    String forged = cursor.substring(0, cursor.indexOf('.')) + ".AAAA";
    assertTrue(
        errorText(
                call("run_sql", object().put("sql", "SELECT n FROM numbers").put("cursor", forged)))
            .contains("not a cursor of this query"));
  }

  @Test
  void writesAreRefusedAndNothingChanges() throws Exception {
    String text = errorText(call("run_sql", object().put("sql", "/* hi */ DELETE FROM customers")));
    assertTrue(text.contains("read-only"), text);
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM customers")) {
      rs.next();
      assertEquals(60, rs.getInt(1));
    }
  }

  @Test
  void sqlErrorsCarryTheDriversMessage() {
    String text = errorText(call("run_sql", object().put("sql", "SELECT FROM WHERE")));
    assertTrue(text.startsWith("The query failed (SQLState 42"), text);
    assertTrue(
        errorText(call("run_sql", object().put("sql", "SELECT * FROM nowhere")))
            .contains("nowhere"));
  }

  @Test
  void everyCallIsAudited() {
    int before = client.audit().size();
    call("run_sql", object().put("sql", "SELECT n FROM numbers WHERE n < 4"));
    var entry = client.audit().get(before);
    assertEquals("run_sql", entry.tool());
    assertEquals(3, entry.rows());
    assertEquals("ok", entry.outcome());
    assertEquals("SELECT n FROM numbers WHERE n < 4", entry.arguments().get("sql").asText());
  }

  @Test
  void textBlockIsACompactTable() {
    String text =
        call("run_sql", object().put("sql", "SELECT n, label FROM numbers WHERE n <= 2 ORDER BY n"))
            .at("/content/0/text")
            .asText();
    assertTrue(text.startsWith("n | label\n1 | row 1\n2 | row 2\n(2 rows"), text);
  }
}
