package io.dynamosql.it.mcp;

import static io.dynamosql.it.mcp.OfficialClientsIT.plan;
import static io.dynamosql.it.mcp.OfficialClientsIT.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamosql.it.support.DeployedProductTest;
import io.dynamosql.it.support.TestTokens;
import io.dynamosql.jdbc.DynamoSqlDataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the official clients get from the deployed server equals what the DynamoSQL driver says
 * directly over JDBC, against the same DynamoDB Local and configuration (the {@code DYNAMOSQL_*}
 * environment the server runs with): {@code describe_table} field by field against {@code
 * DatabaseMetaData} for every table, {@code run_sql} rows (every page, through the cursors) against
 * the rows of the same query.
 */
class ClientsAgainstJdbcIT extends DeployedProductTest {

  private static final DataSource DIRECT = new DynamoSqlDataSource();

  private static final List<String> QUERIES =
      List.of(
          "SELECT customer_id, name, age, balance FROM customers ORDER BY customer_id",
          "SELECT customer_id, order_id, channel, quantity, priority FROM orders"
              + " WHERE customer_id = 'c001' ORDER BY order_id",
          "SELECT channel, count(*) AS n FROM orders GROUP BY channel ORDER BY channel",
          "SELECT sku, category, active FROM products ORDER BY sku",
          "SELECT PK, SK, entity FROM app_data ORDER BY PK, SK");

  /** A client of its own per session, so that the sessions do not share one rate limit. */
  private static String token() {
    return TestTokens.token("demo", "it-compare-" + UUID.randomUUID(), "query", "schemas:read");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"v1-client.mjs", "v2-client.mjs"})
  void describeTableEqualsDatabaseMetaDataForEveryTable(String script) throws SQLException {
    JsonNode report = session(script, plan(token()).put("describeTables", true));
    assertEquals(0, report.get("errors").size(), report::toString);
    SortedMap<String, ObjectNode> expected = described();
    List<String> served = new ArrayList<>();
    report.get("tables").fieldNames().forEachRemaining(served::add);
    assertEquals(List.copyOf(expected.keySet()), served.stream().sorted().toList());
    for (Map.Entry<String, ObjectNode> table : expected.entrySet()) {
      JsonNode actual = report.at("/tables/" + table.getKey());
      ObjectNode wanted = table.getValue();
      for (Iterator<String> fields = wanted.fieldNames(); fields.hasNext(); ) {
        String field = fields.next();
        // Compared as JSON text: an item count is the same number as a long or an int node.
        assertEquals(
            wanted.get(field).toString(),
            String.valueOf(project(actual.get(field), wanted.get(field))),
            table.getKey() + "." + field);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"v1-client.mjs", "v2-client.mjs"})
  void runSqlRowsEqualDirectJdbcAcrossPages(String script) throws SQLException {
    ObjectNode plan = plan(token());
    ArrayNode queries = plan.putArray("queries");
    QUERIES.forEach(
        sql -> queries.addObject().put("sql", sql).put("max_rows", 50).put("follow", true));
    JsonNode report = session(script, plan);
    assertEquals(0, report.get("errors").size(), report::toString);
    for (int i = 0; i < QUERIES.size(); i++) {
      JsonNode answer = report.at("/queries/" + i);
      assertTrue(answer.has("rows"), answer::toString);
      assertEquals(jdbcRows(QUERIES.get(i)), clientRows(answer.get("rows")), QUERIES.get(i));
    }
  }

  @ParameterizedTest(name = "max_rows {0}")
  @ValueSource(ints = {0, 1, 100, 1000})
  void pagesHoldAtMostMaxRowsAndTogetherEveryRow(int maxRows) throws SQLException {
    // One row per page walks the 40 products: one call per row stays within the rate limit.
    String sql =
        maxRows == 1
            ? "SELECT sku FROM products ORDER BY sku"
            : "SELECT customer_id, order_id FROM orders ORDER BY customer_id, order_id";
    ObjectNode plan = plan(token());
    plan.putArray("queries")
        .addObject()
        .put("sql", sql)
        .put("max_rows", maxRows)
        .put("follow", maxRows > 0);
    JsonNode answer = session("v2-client.mjs", plan).at("/queries/0");
    List<List<String>> expected = jdbcRows(sql);
    if (maxRows == 0) {
      assertEquals(0, answer.get("rows").size());
      assertTrue(answer.at("/pages/0/truncated").asBoolean(), answer::toString);
      return;
    }
    assertEquals(expected, clientRows(answer.get("rows")));
    JsonNode pages = answer.get("pages");
    assertEquals((expected.size() + maxRows - 1) / maxRows, pages.size(), answer::toString);
    for (int p = 0; p < pages.size(); p++) {
      boolean last = p == pages.size() - 1;
      assertEquals(
          last ? expected.size() - p * maxRows : maxRows, pages.get(p).get("row_count").asInt());
      assertEquals(!last, pages.get(p).get("truncated").asBoolean());
    }
  }

  @ParameterizedTest(name = "max_rows {0}")
  @ValueSource(ints = {1001, -1})
  void maxRowsOutsideTheCapIsAToolError(int maxRows) {
    ObjectNode plan = plan(token());
    plan.putArray("queries")
        .addObject()
        .put("sql", "SELECT sku FROM products")
        .put("max_rows", maxRows);
    JsonNode answer = session("v1-client.mjs", plan).at("/queries/0");
    assertTrue(answer.get("isError").asBoolean(), answer::toString);
    assertTrue(answer.get("text").asText().contains("between 0 and 1000"), answer::toString);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "SELECT * FROM customer                           | SQLState 42S02",
        "SELECT FROM WHERE                                | SQLState 42000",
        "DELETE FROM customers                            | read-only",
      })
  void mistakesAreToolErrorsThatSayWhatToFix(String sql, String expected) {
    ObjectNode plan = plan(token());
    plan.putArray("queries").addObject().put("sql", sql);
    JsonNode answer = session("v2-client.mjs", plan).at("/queries/0");
    assertTrue(answer.get("isError").asBoolean(), answer::toString);
    assertTrue(answer.get("text").asText().contains(expected), answer::toString);
  }

  /** The describe_table fields each table must show, from DatabaseMetaData alone. */
  private static SortedMap<String, ObjectNode> described() throws SQLException {
    SortedMap<String, ObjectNode> tables = new TreeMap<>();
    try (Connection connection = DIRECT.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      String schema = connection.getSchema();
      try (ResultSet rows = meta.getTables(null, schema, "%", new String[] {"TABLE", "VIEW"})) {
        while (rows.next()) {
          String name = rows.getString("TABLE_NAME");
          ObjectNode table = JsonNodes.object();
          table.put("schema_name", rows.getString("TABLE_SCHEM"));
          table.put("table_name", name);
          table.put("physical_table_name", rows.getString("PHYSICAL_TABLE_NAME"));
          long items = rows.getLong("ITEM_COUNT");
          if (!rows.wasNull()) {
            table.put("item_count", items);
          }
          tables.put(name, table);
        }
      }
      for (Map.Entry<String, ObjectNode> table : tables.entrySet()) {
        table.getValue().set("columns", columns(meta, schema, table.getKey()));
        table.getValue().set("indexes", indexes(meta, schema, table.getKey()));
      }
    }
    return tables;
  }

  private static ArrayNode columns(DatabaseMetaData meta, String schema, String table)
      throws SQLException {
    ArrayNode columns = JsonNodes.array();
    try (ResultSet rows = meta.getColumns(null, schema, table, "%")) {
      while (rows.next()) {
        columns
            .addObject()
            .put("name", rows.getString("COLUMN_NAME"))
            .put("type", rows.getString("TYPE_NAME"))
            .put("nullable", rows.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls)
            .put("dynamodb_type", rows.getString("DYNAMODB_TYPE"))
            .put("key_role", rows.getString("KEY_ROLE"));
      }
    }
    return columns;
  }

  /** The primary key (getPrimaryKeys, KEY_SEQ order) first, then the secondary indexes by name. */
  private static ArrayNode indexes(DatabaseMetaData meta, String schema, String table)
      throws SQLException {
    ArrayNode indexes = JsonNodes.array();
    SortedMap<Short, String> key = new TreeMap<>();
    try (ResultSet rows = meta.getPrimaryKeys(null, schema, table)) {
      while (rows.next()) {
        key.put(rows.getShort("KEY_SEQ"), rows.getString("COLUMN_NAME"));
      }
    }
    indexes.add(index("PRIMARY", "PRIMARY", List.copyOf(key.values())));
    SortedMap<String, List<String>> secondary = new TreeMap<>();
    Map<String, String> types = new TreeMap<>();
    try (ResultSet rows = meta.getIndexInfo(null, schema, table, false, true)) {
      while (rows.next()) {
        String name = rows.getString("INDEX_NAME");
        String type = rows.getString("INDEX_TYPE");
        if (name == null || "PRIMARY".equals(type)) {
          continue;
        }
        secondary.computeIfAbsent(name, n -> new ArrayList<>()).add(rows.getString("COLUMN_NAME"));
        types.put(name, type);
      }
    }
    secondary.forEach((name, columns) -> indexes.add(index(name, types.get(name), columns)));
    return indexes;
  }

  private static ObjectNode index(String name, String type, List<String> columns) {
    ObjectNode index = JsonNodes.object().put("name", name).put("type", type);
    index.put("hashKey", columns.get(0));
    if (columns.size() > 1) {
      index.put("sortKey", columns.get(1));
    }
    return index;
  }

  /** The part of an actual value that the expected one names (arrays element by element). */
  private static JsonNode project(JsonNode actual, JsonNode wanted) {
    if (actual == null || !wanted.isContainerNode()) {
      return actual;
    }
    if (wanted.isArray()) {
      ArrayNode projected = JsonNodes.array();
      for (int i = 0; i < actual.size(); i++) {
        projected.add(i < wanted.size() ? project(actual.get(i), wanted.get(i)) : actual.get(i));
      }
      return projected;
    }
    ObjectNode projected = JsonNodes.object();
    wanted.fieldNames().forEachRemaining(f -> projected.set(f, actual.get(f)));
    return projected;
  }

  private static List<List<String>> jdbcRows(String sql) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    try (Connection connection = DIRECT.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          Object value = result.getObject(i);
          row.add(
              value == null
                  ? "NULL"
                  : value instanceof Number n
                      ? new BigDecimal(n.toString()).stripTrailingZeros().toPlainString()
                      : value.toString());
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static List<List<String>> clientRows(JsonNode rows) {
    List<List<String>> values = new ArrayList<>();
    for (JsonNode row : rows) {
      List<String> cells = new ArrayList<>();
      for (JsonNode cell : row) {
        cells.add(
            cell.isNull()
                ? "NULL"
                : cell.isNumber()
                    ? cell.decimalValue().stripTrailingZeros().toPlainString()
                    : cell.asText());
      }
      values.add(cells);
    }
    return values;
  }
}
