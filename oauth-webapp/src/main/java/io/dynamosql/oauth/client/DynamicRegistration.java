package io.dynamosql.oauth.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dynamosql.oauth.Scope;
import io.dynamosql.oauth.error.OAuthError;
import io.dynamosql.oauth.security.RandomSecrets;
import io.dynamosql.oauth.store.RegisteredClient;
import io.dynamosql.oauth.store.RegisteredClientTable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Dynamic Client Registration (RFC 7591) for public interactive clients: validated redirect URIs,
 * token_endpoint_auth_method {@code none} only, unknown members ignored (§3.1), a rate limit per
 * address and a cap on the total.
 */
public final class DynamicRegistration {

  /** The grant types a registered client may name; refresh tokens come with the code flow. */
  private static final Set<String> GRANT_TYPES = Set.of("authorization_code", "refresh_token");

  private static final int MAX_REDIRECT_URIS = 10;
  private static final int MAX_NAME_LENGTH = 100;
  // A member sent twice is ambiguous metadata, not a last-one-wins choice.
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private final RegisteredClientTable table;
  private final RegistrationRateLimit rateLimit;
  private final int cap;
  private final Clock clock;

  public DynamicRegistration(
      RegisteredClientTable table, RegistrationRateLimit rateLimit, int cap, Clock clock) {
    this.table = table;
    this.rateLimit = rateLimit;
    this.cap = cap;
    this.clock = clock;
  }

  /** What was registered, to answer with (RFC 7591 §3.2.1). */
  public record Registration(RegisteredClient client, List<String> grantTypes) {}

  /**
   * Registers the client described by a JSON body.
   *
   * @throws io.dynamosql.oauth.error.OAuthException invalid_client_metadata, invalid_redirect_uri,
   *     or temporarily_unavailable when the address's rate or the total cap is exhausted
   */
  public Registration register(String body, String remoteAddress) {
    JsonNode metadata = parse(body);
    List<String> redirectUris = redirectUris(metadata.path("redirect_uris"));
    String method = text(metadata, "token_endpoint_auth_method", "none");
    if (!"none".equals(method)) {
      throw OAuthError.INVALID_CLIENT_METADATA.exception(
          "token_endpoint_auth_method must be none: this server registers public clients only,"
              + " not "
              + method);
    }
    List<String> grantTypes = strings(metadata, "grant_types", List.of("authorization_code"));
    if (!GRANT_TYPES.containsAll(grantTypes) || !grantTypes.contains("authorization_code")) {
      throw OAuthError.INVALID_CLIENT_METADATA.exception(
          "grant_types must be authorization_code, optionally with refresh_token: " + grantTypes);
    }
    List<String> responseTypes = strings(metadata, "response_types", List.of("code"));
    if (!List.of("code").equals(responseTypes)) {
      throw OAuthError.INVALID_CLIENT_METADATA.exception(
          "response_types must be [\"code\"]: " + responseTypes);
    }
    String name = text(metadata, "client_name", "Unnamed application").strip();
    if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
      throw OAuthError.INVALID_CLIENT_METADATA.exception(
          "client_name must have 1 to " + MAX_NAME_LENGTH + " characters");
    }
    String scopeText = text(metadata, "scope", "");
    Set<Scope> scopes =
        Scope.parse(scopeText)
            .orElseThrow(
                () ->
                    OAuthError.INVALID_CLIENT_METADATA.exception(
                        "scope '" + scopeText + "' names a scope this server does not have"));
    if (!rateLimit.tryAcquire(remoteAddress)) {
      throw OAuthError.TEMPORARILY_UNAVAILABLE.exception(
          "Too many registrations from this address; retry in "
              + rateLimit.secondsToNextWindow()
              + " s");
    }
    // The id never looks like a URL, so it cannot be mistaken for a metadata document's.
    RegisteredClient client =
        new RegisteredClient(
            "dcr-" + RandomSecrets.identifier(), name, redirectUris, scopes, clock.instant());
    if (!table.register(client, cap)) {
      throw OAuthError.TEMPORARILY_UNAVAILABLE.exception(
          "This server accepts no more registrations; ask its administrator");
    }
    return new Registration(client, grantTypes);
  }

  private static JsonNode parse(String body) {
    try {
      JsonNode node = JSON.readTree(body);
      if (node != null && node.isObject()) {
        return node;
      }
    } catch (JsonProcessingException e) {
      // reported below
    }
    throw OAuthError.INVALID_CLIENT_METADATA.exception("The body must be a JSON object");
  }

  private static List<String> redirectUris(JsonNode node) {
    if (!node.isArray() || node.isEmpty() || node.size() > MAX_REDIRECT_URIS) {
      throw OAuthError.INVALID_REDIRECT_URI.exception(
          "redirect_uris must list 1 to " + MAX_REDIRECT_URIS + " URIs");
    }
    List<String> uris = new ArrayList<>();
    for (JsonNode uri : node) {
      if (!uri.isTextual() || !RedirectUris.isAcceptable(uri.asText())) {
        throw OAuthError.INVALID_REDIRECT_URI.exception(
            "Redirect URI "
                + uri
                + " must be https, or http on a loopback address (127.0.0.1, [::1], localhost)");
      }
      uris.add(uri.asText());
    }
    return uris;
  }

  private static String text(JsonNode metadata, String name, String fallback) {
    JsonNode node = metadata.get(name);
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.isTextual()) {
      throw OAuthError.INVALID_CLIENT_METADATA.exception(name + " must be a string");
    }
    return node.asText();
  }

  private static List<String> strings(JsonNode metadata, String name, List<String> fallback) {
    JsonNode node = metadata.get(name);
    if (node == null || node.isNull()) {
      return fallback;
    }
    List<String> values = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(v -> values.add(v.isTextual() ? v.asText() : ""));
    }
    if (values.isEmpty() || values.contains("")) {
      throw OAuthError.INVALID_CLIENT_METADATA.exception(name + " must be an array of strings");
    }
    return List.copyOf(values);
  }
}
