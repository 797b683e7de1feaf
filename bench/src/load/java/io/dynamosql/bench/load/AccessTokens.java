package io.dynamosql.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * One API client's bearer token from the token endpoint (client credentials, client_secret_basic),
 * fetched again a minute before it expires, so that a soak outlives the 10-minute tokens.
 */
final class AccessTokens {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration MARGIN = Duration.ofMinutes(1);

  private final HttpClient http;
  private final URI tokenEndpoint;
  private final ClientCredentials client;
  private String token;
  private long renewAt;

  AccessTokens(HttpClient http, URI tokenEndpoint, ClientCredentials client) {
    this.http = http;
    this.tokenEndpoint = tokenEndpoint;
    this.client = client;
  }

  synchronized String current() throws IOException, InterruptedException {
    if (token == null || System.nanoTime() - renewAt > 0) {
      fetch();
    }
    return token;
  }

  private void fetch() throws IOException, InterruptedException {
    String basic =
        Base64.getEncoder()
            .encodeToString((client.id() + ":" + client.secret()).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(tokenEndpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "token for " + client.id() + ": " + response.statusCode() + " " + response.body());
    }
    JsonNode body = JSON.readTree(response.body());
    token = body.path("access_token").asText();
    long lifetime = Duration.ofSeconds(body.path("expires_in").asLong(600)).minus(MARGIN).toNanos();
    renewAt = System.nanoTime() + lifetime;
  }
}
