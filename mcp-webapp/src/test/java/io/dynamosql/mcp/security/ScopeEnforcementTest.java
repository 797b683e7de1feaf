package io.dynamosql.mcp.security;

import static io.dynamosql.mcp.support.EndpointClient.object;
import static io.dynamosql.mcp.support.EndpointClient.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamosql.mcp.support.EndpointClient;
import io.dynamosql.mcp.support.H2Database;
import io.dynamosql.mcp.transport.HttpReply;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tools by scope: what tools/list shows, and the 403 step-up challenge for the rest. */
class ScopeEnforcementTest {

  private static final Caller SCHEMAS_ONLY = new Caller("c1", "alice", Set.of(Scope.SCHEMAS_READ));
  private static final Caller QUERY_ONLY = new Caller("c2", "bob", Set.of(Scope.QUERY));
  private static final Caller NONE = new Caller("c3", "carol", Set.of());
  private static EndpointClient client;

  @BeforeAll
  static void start() throws Exception {
    client = new EndpointClient(H2Database.create());
  }

  private static List<String> toolNames(Caller caller) {
    List<String> names = new ArrayList<>();
    client
        .result("tools/list", object(), caller)
        .get("tools")
        .forEach(t -> names.add(t.get("name").asText()));
    return names;
  }

  @Test
  void toolsListShowsOnlyWhatTheScopesAllow() {
    assertEquals(List.of("list_tables", "describe_table"), toolNames(SCHEMAS_ONLY));
    assertEquals(List.of("run_sql"), toolNames(QUERY_ONLY));
    assertEquals(List.of(), toolNames(NONE));
  }

  @Test
  void callingAToolOutsideTheScopesIs403WithAStepUpChallenge() {
    ObjectNode params = object().put("name", "run_sql");
    params.putObject("arguments").put("sql", "SELECT 1");
    HttpReply reply = client.legacy("tools/call", params, SCHEMAS_ONLY);
    assertEquals(403, reply.status());
    assertEquals(
        "Bearer error=\"insufficient_scope\", scope=\"query\", resource_metadata=\"http://127.0.0.1:8080/.well-known/oauth-protected-resource/mcp\", error_description=\"This operation needs the query scope\"",
        reply.headers().get("WWW-Authenticate"));
    JsonNode body = parse(reply);
    assertEquals(7, body.get("id").asInt());
  }

  @Test
  void schemaResourcesNeedTheSchemaScope() {
    HttpReply reply =
        client.legacy(
            "resources/read", object().put("uri", "dynamosql://schema/demo/customers"), QUERY_ONLY);
    assertEquals(403, reply.status());
    JsonNode ok =
        client.result(
            "resources/read",
            object().put("uri", "dynamosql://schema/demo/customers"),
            SCHEMAS_ONLY);
    assertEquals("application/json", ok.at("/contents/0/mimeType").asText());
  }
}
