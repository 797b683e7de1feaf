package io.dynamosql.it.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dynamosql.it.support.ProductHttp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a client sends to the deployed authorization server: registrations and token requests. */
final class AuthorizationServerCalls {

  static final ObjectMapper JSON = new ObjectMapper();

  private final ProductHttp http = new ProductHttp();

  static String issuer() {
    return ProductHttp.baseUri().toString();
  }

  /** The MCP resource, as the protected resource metadata and the tokens' audience name it. */
  static String mcpResource() {
    return ProductHttp.uri("/mcp").toString();
  }

  /** Where MCP clients connect: the protected resource itself, {@code <base>/mcp}. */
  static String mcpEndpoint() {
    return ProductHttp.uri("/mcp").toString();
  }

  HttpResponse<String> register(String json) {
    return http.send(
        HttpRequest.newBuilder(ProductHttp.uri("/register"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** Registers a public client for one redirect URI (DCR) and returns its client_id. */
  String registerPublicClient(String redirectUri) {
    HttpResponse<String> response =
        register(
            "{\"client_name\":\"IT client\",\"redirect_uris\":[\""
                + redirectUri
                + "\"],\"token_endpoint_auth_method\":\"none\"}");
    assertEquals(201, response.statusCode(), response.body());
    return json(response).path("client_id").asText();
  }

  /** An authorization URL with PKCE S256, state, scope and resource, then {@code overrides}. */
  static URI authorizationUrl(
      String clientId, String redirectUri, Pkce pkce, String state, String... overrides) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("response_type", "code");
    query.put("client_id", clientId);
    query.put("redirect_uri", redirectUri);
    query.put("code_challenge", pkce.challenge());
    query.put("code_challenge_method", "S256");
    query.put("state", state);
    query.put("scope", "query schemas:read");
    query.put("resource", mcpResource());
    for (int i = 0; i < overrides.length; i += 2) {
      if (overrides[i + 1] == null) {
        query.remove(overrides[i]);
      } else {
        query.put(overrides[i], overrides[i + 1]);
      }
    }
    return URI.create(ProductHttp.uri("/authorize") + "?" + Forms.encode(query));
  }

  HttpResponse<String> token(String... pairs) {
    return tokenRequest(Forms.encode(Forms.pairs(pairs)), null);
  }

  HttpResponse<String> revoke(String... pairs) {
    return http.send(
        HttpRequest.newBuilder(ProductHttp.uri("/revoke"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(Forms.encode(Forms.pairs(pairs)))));
  }

  HttpResponse<String> tokenWithBasic(String clientId, String secret, String... pairs) {
    String credentials =
        Base64.getEncoder()
            .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    return tokenRequest(Forms.encode(Forms.pairs(pairs)), "Basic " + credentials);
  }

  HttpResponse<String> tokenRequest(String body, String authorization) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(ProductHttp.uri("/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request);
  }

  /** Exchanges a code as a public client. */
  HttpResponse<String> exchange(String clientId, String code, String redirect, String verifier) {
    return token(
        "grant_type", "authorization_code",
        "client_id", clientId,
        "code", code,
        "redirect_uri", redirect,
        "code_verifier", verifier,
        "resource", mcpResource());
  }

  HttpResponse<String> refresh(String clientId, String refreshToken) {
    return token(
        "grant_type", "refresh_token", "client_id", clientId, "refresh_token", refreshToken);
  }

  /** An MCP initialize request with this bearer token. */
  HttpResponse<String> initializeMcp(String accessToken) {
    return http.postJson(
        "/mcp",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
            + "\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},"
            + "\"clientInfo\":{\"name\":\"it\",\"version\":\"1\"}}}",
        accessToken);
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }

  /** Asserts an RFC 6749 error response and returns its body. */
  static JsonNode assertError(HttpResponse<String> response, int status, String error) {
    assertEquals(status, response.statusCode(), response.body());
    JsonNode body = json(response);
    assertEquals(error, body.path("error").asText(), response.body());
    assertEquals(
        "no-store", response.headers().firstValue("Cache-Control").orElse(""), "Cache-Control");
    return body;
  }
}
