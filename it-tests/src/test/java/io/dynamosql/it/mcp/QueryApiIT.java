package io.dynamosql.it.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dynamosql.it.support.DeployedProductTest;
import io.dynamosql.it.support.ProductHttp;
import io.dynamosql.it.support.TestTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code POST /v1/query} of the deployed EAR: tokens, scope, answers and every refusal. */
class QueryApiIT extends DeployedProductTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String token =
      TestTokens.token("demo", "it-query-" + UUID.randomUUID(), "query", "schemas:read");

  private HttpResponse<String> post(String body, String bearer, String contentType) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(ProductHttp.uri(McpPaths.QUERY))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", contentType);
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return http.send(request);
  }

  private HttpResponse<String> post(String body) {
    return post(body, token, "application/json");
  }

  private static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void withoutATokenTheAnswerIsTheMcpChallenge() {
    HttpResponse<String> response = post("{\"sql\":\"SELECT 1\"}", null, "application/json");
    assertEquals(401, response.statusCode());
    assertTrue(
        response
            .headers()
            .firstValue("WWW-Authenticate")
            .orElseThrow()
            .contains("/.well-known/oauth-protected-resource/mcp"));
  }

  @Test
  void aTokenWithoutTheQueryScopeIsForbidden() {
    HttpResponse<String> response =
        post(
            "{\"sql\":\"SELECT sku FROM products\"}",
            TestTokens.token("demo", "it-query-reader", "schemas:read"),
            "application/json");
    assertEquals(403, response.statusCode(), response.body());
    assertEquals("insufficient_scope", json(response).get("error").asText());
  }

  @Test
  void executeAnswersRowsAndResumesWhereThePageEnded() {
    String sql = "SELECT sku, category FROM products ORDER BY sku";
    List<String> skus = new ArrayList<>();
    JsonNode page = json(post("{\"sql\":\"" + sql + "\",\"options\":{\"maxRows\":15}}"));
    assertEquals("sku", page.at("/columns/0/name").asText());
    while (true) {
      page.get("data").forEach(row -> skus.add(row.get(0).asText()));
      assertTrue(page.get("planTime").asLong() >= 0 && page.get("execTime").asLong() >= 0);
      if (page.get("resumeIdx").isNull()) {
        break;
      }
      page =
          json(
              post(
                  "{\"sql\":\""
                      + sql
                      + "\",\"options\":{\"maxRows\":15,\"resumeIdx\":"
                      + page.get("resumeIdx")
                      + "}}"));
    }
    assertEquals(40, skus.size());
    assertEquals(skus.stream().sorted().toList(), skus);
    assertEquals(40, skus.stream().distinct().count());
  }

  @Test
  void planAnswersThePlanAndTheNormalisedQuery() {
    JsonNode answer =
        json(post("{\"sql\":\"SELECT sku FROM products WHERE sku = 'p001'\",\"mode\":\"plan\"}"));
    assertFalse(answer.get("plan").asText().isBlank(), answer::toString);
    assertTrue(answer.get("normalizedSql").asText().toLowerCase().contains("products"));
    assertFalse(answer.has("data"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "malformed JSON    | {\"sql\":                                             | 400 | invalid_json",
        "no sql            | {\"mode\":\"execute\"}                                 | 400 | invalid_request",
        "wrong mode        | {\"sql\":\"SELECT 1\",\"mode\":\"run\"}                | 400 | invalid_request",
        "maxRows too large | {\"sql\":\"SELECT 1\",\"options\":{\"maxRows\":1001}}  | 400 | invalid_request",
        "DML               | {\"sql\":\"DELETE FROM products\"}                     | 400 | read_only",
        "unknown table     | {\"sql\":\"SELECT * FROM product\"}                    | 400 | invalid_query",
        "syntax error      | {\"sql\":\"SELECT FROM WHERE\"}                        | 400 | invalid_query",
      })
  void clientMistakesAreBadRequestsThatSayWhy(String what, String body, int status, String error) {
    HttpResponse<String> response = post(body.trim());
    assertEquals(status, response.statusCode(), response.body());
    JsonNode answer = json(response);
    assertEquals(error, answer.get("error").asText(), response.body());
    assertFalse(answer.get("message").asText().isBlank());
  }

  @Test
  void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
    HttpResponse<String> response =
        post("sql=SELECT 1", token, "application/x-www-form-urlencoded");
    assertEquals(415, response.statusCode());
    assertEquals("unsupported_media_type", json(response).get("error").asText());
  }
}
