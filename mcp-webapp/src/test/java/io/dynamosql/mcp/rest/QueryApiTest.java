package io.dynamosql.mcp.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dynamosql.mcp.body.RequestBody;
import io.dynamosql.mcp.security.AuditLog;
import io.dynamosql.mcp.security.BearerChallenge;
import io.dynamosql.mcp.security.Caller;
import io.dynamosql.mcp.security.Scope;
import io.dynamosql.mcp.sql.QueryRunner;
import io.dynamosql.mcp.support.H2Database;
import io.dynamosql.mcp.tool.ResultCursors;
import io.dynamosql.mcp.transport.HttpCall;
import io.dynamosql.mcp.transport.HttpReply;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code POST /v1/query} over a real JDBC database: answers, continuation and every refusal. */
class QueryApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_BODY_BYTES = 2048;
  private static final Caller QUERY = new Caller("c", "s", Set.of(Scope.QUERY));
  private static final List<AuditLog.Entry> AUDIT = new ArrayList<>();

  private static DataSource dataSource;
  private static QueryApi api;

  @BeforeAll
  static void start() throws Exception {
    dataSource = H2Database.create();
    api = api(dataSource);
  }

  private static QueryApi api(DataSource source) {
    return new QueryApi(
        new QueryRunner(source, Duration.ofSeconds(30)),
        new ResultCursors("query-api-test-key"),
        100,
        1000,
        new BearerChallenge("http://127.0.0.1:8080/.well-known/oauth-protected-resource/mcp"),
        AUDIT::add);
  }

  private static HttpReply post(QueryApi target, String body, Caller caller, String... headers) {
    Map<String, String> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    map.put("Content-Type", "application/json");
    for (int i = 0; i < headers.length; i += 2) {
      map.put(headers[i], headers[i + 1]);
    }
    return target.post(
        new HttpCall(
            map::get,
            RequestBody.of(body.getBytes(StandardCharsets.UTF_8), MAX_BODY_BYTES),
            caller));
  }

  private static JsonNode ok(String body) throws Exception {
    HttpReply reply = post(api, body, QUERY);
    assertEquals(200, reply.status(), reply.body());
    return JSON.readTree(reply.body());
  }

  private static JsonNode failed(int status, String error, String body) throws Exception {
    return failed(api, status, error, body, QUERY);
  }

  private static JsonNode failed(QueryApi target, int status, String error, String body, Caller c)
      throws Exception {
    HttpReply reply = post(target, body, c);
    assertEquals(status, reply.status(), reply.body());
    JsonNode json = JSON.readTree(reply.body());
    assertEquals(error, json.get("error").asText(), reply.body());
    assertFalse(json.get("message").asText().isBlank());
    return json;
  }

  private static List<List<Object>> jdbc(String sql) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
          row.add(String.valueOf(r.getObject(i)));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static List<List<Object>> rows(JsonNode data) {
    List<List<Object>> rows = new ArrayList<>();
    for (JsonNode row : data) {
      List<Object> values = new ArrayList<>();
      row.forEach(v -> values.add(v.isTextual() ? v.asText() : v.toString()));
      rows.add(values);
    }
    return rows;
  }

  @Test
  void executeAnswersColumnsAndRowsLikeJdbc() throws Exception {
    String sql = "SELECT customer_id, name, city FROM customers ORDER BY customer_id";
    JsonNode answer = ok("{\"sql\":\"" + sql + "\"}");
    assertEquals("customer_id", answer.at("/columns/0/name").asText());
    assertEquals(3, answer.get("columns").size());
    assertEquals(jdbc(sql), rows(answer.get("data")));
    assertTrue(answer.get("resumeIdx").isNull());
    assertTrue(answer.get("planTime").asLong() >= 0 && answer.get("execTime").asLong() >= 0);
  }

  @Test
  void resumeIdxContinuesWhereThePageEnded() throws Exception {
    String sql = "SELECT n FROM numbers ORDER BY n";
    List<List<Object>> all = new ArrayList<>();
    JsonNode page = ok("{\"sql\":\"" + sql + "\",\"options\":{\"maxRows\":400}}");
    all.addAll(rows(page.get("data")));
    while (!page.get("resumeIdx").isNull()) {
      page =
          ok(
              "{\"sql\":\""
                  + sql
                  + "\",\"options\":{\"maxRows\":400,\"resumeIdx\":"
                  + page.get("resumeIdx")
                  + "}}");
      all.addAll(rows(page.get("data")));
    }
    assertEquals(jdbc(sql), all);
    assertEquals(1001, all.size());
  }

  @Test
  void maxRowsZeroAnswersNoRowsButSaysWhereToResume() throws Exception {
    String sql = "SELECT n FROM numbers ORDER BY n";
    JsonNode answer = ok("{\"sql\":\"" + sql + "\",\"options\":{\"maxRows\":0}}");
    assertEquals(0, answer.get("data").size());
    assertTrue(answer.get("resumeIdx").isTextual(), answer::toString);
    JsonNode next =
        ok(
            "{\"sql\":\""
                + sql
                + "\",\"options\":{\"maxRows\":2,\"resumeIdx\":"
                + answer.get("resumeIdx")
                + "}}");
    assertEquals("[[1],[2]]", next.get("data").toString());
  }

  @Test
  void aResumeIdxOfAnotherQueryOrAForgedOneIsRefused() throws Exception {
    JsonNode answer = ok("{\"sql\":\"SELECT n FROM numbers\",\"options\":{\"maxRows\":3}}");
    String other =
        "{\"sql\":\"SELECT n FROM numbers WHERE n > 1\",\"options\":{\"resumeIdx\":"
            + answer.get("resumeIdx")
            + "}}";
    HttpReply refused = post(api, other, QUERY);
    assertEquals(400, refused.status(), refused.body());
    assertTrue(refused.body().contains("not a resumeIdx of this query"), refused.body());
    HttpReply forged =
        post(
            api,
            "{\"sql\":\"SELECT n FROM numbers\",\"options\":{\"resumeIdx\":\"abc.def\"}}",
            QUERY);
    assertEquals(400, forged.status(), forged.body());
  }

  @Test
  void aRowIndexAsResumeIdxSkipsThatManyRows() throws Exception {
    JsonNode answer =
        ok(
            "{\"sql\":\"SELECT n FROM numbers ORDER BY n\","
                + "\"options\":{\"maxRows\":2,\"resumeIdx\":10}}");
    assertEquals("[[11],[12]]", answer.get("data").toString());
  }

  @Test
  void planAnswersThePlanAndTheNormalisedSqlWithoutRows() throws Exception {
    JsonNode answer = ok("{\"sql\":\"SELECT name FROM customers\",\"mode\":\"plan\"}");
    assertFalse(answer.get("plan").asText().isBlank());
    assertTrue(answer.get("normalizedSql").asText().contains("customers"));
    assertFalse(answer.has("data"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"sql\":",
        "[1]",
        "{\"mode\":\"execute\"}",
        "{\"sql\":42}",
        "{\"sql\":\"SELECT 1\",\"mode\":\"run\"}",
        "{\"sql\":\"SELECT 1\",\"options\":{\"maxRows\":1001}}",
        "{\"sql\":\"SELECT 1\",\"options\":{\"maxRows\":-1}}",
        "{\"sql\":\"SELECT 1\",\"options\":{\"maxRows\":\"ten\"}}",
        "{\"sql\":\"SELECT 1\",\"options\":[]}",
        "{\"sql\":\"SELECT 1\",\"limit\":3}",
        "{\"sql\":\"SELECT 1\",\"options\":{\"cursor\":\"x\"}}",
      })
  void malformedBodiesAreBadRequests(String body) throws Exception {
    HttpReply reply = post(api, body, QUERY);
    assertEquals(400, reply.status(), reply.body());
    String error = JSON.readTree(reply.body()).get("error").asText();
    assertTrue(error.equals("invalid_json") || error.equals("invalid_request"), reply.body());
  }

  @Test
  void writesAreRefusedBeforeTheDriver() throws Exception {
    JsonNode answer = failed(400, "read_only", "{\"sql\":\"DELETE FROM customers\"}");
    assertTrue(answer.get("message").asText().contains("read-only"));
    assertEquals(60, jdbc("SELECT * FROM customers").size());
  }

  @Test
  void sqlErrorsAreBadRequestsWithTheDriversMessageAndState() throws Exception {
    JsonNode syntax = failed(400, "invalid_query", "{\"sql\":\"SELECT FROM WHERE\"}");
    assertEquals("42001", syntax.get("sqlState").asText());
    JsonNode unknown = failed(400, "invalid_query", "{\"sql\":\"SELECT * FROM nowhere\"}");
    assertTrue(unknown.get("message").asText().toLowerCase().contains("nowhere"));
  }

  @Test
  void aTokenWithoutTheQueryScopeIsForbidden() throws Exception {
    Caller reader = new Caller("c", "s", Set.of(Scope.SCHEMAS_READ));
    HttpReply reply = post(api, "{\"sql\":\"SELECT 1\"}", reader);
    assertEquals(403, reply.status());
    assertTrue(
        reply.headers().get("WWW-Authenticate").startsWith("Bearer error=\"insufficient_scope\""));
    assertTrue(reply.headers().get("WWW-Authenticate").contains("scope=\"query\""));
  }

  @Test
  void mediaTypesAndSizeAreChecked() {
    assertEquals(415, post(api, "{}", QUERY, "Content-Type", "text/plain").status());
    assertEquals(406, post(api, "{}", QUERY, "Accept", "text/html").status());
    assertEquals(413, post(api, "{\"sql\":\"" + "x".repeat(3000) + "\"}", QUERY).status());
  }

  @Test
  void anUnreachableDatabaseIsUnavailableWithoutItsInternals() throws Exception {
    JdbcDataSource nowhere = new JdbcDataSource();
    nowhere.setURL("jdbc:h2:tcp://127.0.0.1:1/nothing-listens-here");
    JsonNode answer = failed(api(nowhere), 503, "unavailable", "{\"sql\":\"SELECT 1\"}", QUERY);
    assertEquals(
        "The database is unavailable right now (SQLState 08001)", answer.get("message").asText());
  }

  @Test
  void everyCallIsAudited() throws Exception {
    int before = AUDIT.size();
    ok("{\"sql\":\"SELECT 1\"}");
    AuditLog.Entry entry = AUDIT.get(before);
    assertEquals(QueryApi.AUDIT_NAME, entry.tool());
    assertEquals("SELECT 1", entry.arguments().get("sql").asText());
    assertEquals(1, entry.rows());
    assertEquals("ok", entry.outcome());
  }
}
