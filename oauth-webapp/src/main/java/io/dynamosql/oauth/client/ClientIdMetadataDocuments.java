package io.dynamosql.oauth.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dynamosql.oauth.Scope;
import io.dynamosql.oauth.error.OAuthError;
import io.dynamosql.oauth.error.OAuthException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clients identified by the URL of their Client ID Metadata Document
 * (draft-ietf-oauth-client-id-metadata-document): the URL is checked, the document fetched safely,
 * validated, and cached only as long as its cache headers allow. Failures are never cached.
 */
public final class ClientIdMetadataDocuments {

  // Never trust a document for longer than a day, whatever its headers say.
  private static final Duration MAX_CACHE = Duration.ofDays(1);
  private static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d+)");
  private static final Set<String> SYMMETRIC_METHODS =
      Set.of("client_secret_basic", "client_secret_post", "client_secret_jwt");
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Cached(InteractiveClient client, Instant expiresAt) {}

  private final MetadataDocumentFetcher fetcher;
  private final AddressPolicy policy;
  private final Clock clock;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  public ClientIdMetadataDocuments(
      AddressPolicy policy, Duration timeout, Optional<Path> trustedCertificates, Clock clock) {
    this.fetcher =
        new MetadataDocumentFetcher(policy, timeout, FetchTrust.socketFactory(trustedCertificates));
    this.policy = policy;
    this.clock = clock;
  }

  /** Whether a client_id names a metadata document rather than a registered client. */
  public static boolean isDocumentUrl(String clientId) {
    return clientId.startsWith("https://") || clientId.startsWith("http://");
  }

  /**
   * The client the document describes.
   *
   * @throws OAuthException invalid_client, with a description for the error page
   */
  public InteractiveClient resolve(String clientId) {
    Cached cached = cache.get(clientId);
    if (cached != null && clock.instant().isBefore(cached.expiresAt())) {
      return cached.client();
    }
    URI url = validateUrl(clientId);
    MetadataDocumentFetcher.Fetched fetched = fetcher.fetch(url);
    InteractiveClient client = parse(clientId, fetched.body());
    cacheLifetime(fetched.headers().getOrDefault("cache-control", ""))
        .ifPresent(ttl -> cache.put(clientId, new Cached(client, clock.instant().plus(ttl))));
    return client;
  }

  private URI validateUrl(String clientId) {
    URI url;
    try {
      url = new URI(clientId);
    } catch (URISyntaxException e) {
      throw invalid(clientId, "is not a URL");
    }
    boolean https = "https".equals(url.getScheme());
    // Plain http only for hosts allowed for development (a local test document server).
    boolean developmentHttp =
        "http".equals(url.getScheme())
            && url.getHost() != null
            && policy.isDevelopmentHost(url.getHost());
    String path = url.getRawPath();
    if (!(https || developmentHttp)
        || url.getHost() == null
        || url.getRawUserInfo() != null
        || url.getRawFragment() != null
        || url.getRawQuery() != null
        || path == null
        || path.isEmpty()
        || "/".equals(path)
        || List.of(path.split("/")).stream().anyMatch(s -> ".".equals(s) || "..".equals(s))) {
      throw invalid(
          clientId, "must be an https URL with a path, without user info, query or fragment");
    }
    return url;
  }

  private static InteractiveClient parse(String clientId, String body) {
    JsonNode document;
    try {
      document = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw invalid(clientId, "is not valid JSON");
    }
    if (document == null || !document.isObject()) {
      throw invalid(clientId, "is not a JSON object");
    }
    if (!clientId.equals(document.path("client_id").asText(null))) {
      throw invalid(clientId, "names a different client_id");
    }
    if (document.has("client_secret")
        || SYMMETRIC_METHODS.contains(document.path("token_endpoint_auth_method").asText(""))) {
      throw invalid(clientId, "uses a shared secret, which metadata documents must not");
    }
    String method = document.path("token_endpoint_auth_method").asText("none");
    if (!"none".equals(method)) {
      throw invalid(
          clientId, "asks for token_endpoint_auth_method " + method + ", only none is supported");
    }
    List<String> redirects = new ArrayList<>();
    document.path("redirect_uris").forEach(node -> redirects.add(node.asText("")));
    if (redirects.isEmpty() || !redirects.stream().allMatch(RedirectUris::isAcceptable)) {
      throw invalid(clientId, "must list https or loopback redirect_uris");
    }
    String name = document.path("client_name").asText("").strip();
    if (name.isEmpty()) {
      throw invalid(clientId, "has no client_name");
    }
    Set<Scope> scopes =
        Scope.parse(document.path("scope").asText(""))
            .orElseThrow(() -> invalid(clientId, "asks for an unknown scope"));
    return new InteractiveClient(clientId, name, redirects, scopes, true);
  }

  /** How long the Cache-Control header lets us keep the document; empty means not at all. */
  static Optional<Duration> cacheLifetime(String cacheControl) {
    String directives = cacheControl.toLowerCase(java.util.Locale.ROOT);
    if (directives.contains("no-store") || directives.contains("no-cache")) {
      return Optional.empty();
    }
    Matcher matcher = MAX_AGE.matcher(directives);
    if (!matcher.find()) {
      return Optional.empty();
    }
    Duration age = Duration.ofSeconds(Long.parseLong(matcher.group(1)));
    return age.isZero()
        ? Optional.empty()
        : Optional.of(age.compareTo(MAX_CACHE) > 0 ? MAX_CACHE : age);
  }

  private static OAuthException invalid(String clientId, String problem) {
    return OAuthError.INVALID_CLIENT.exception(
        "Client metadata document " + clientId + " " + problem);
  }
}
