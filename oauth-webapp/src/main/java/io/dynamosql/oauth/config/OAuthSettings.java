package io.dynamosql.oauth.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every setting of the authorization server, typed. Read once from MicroProfile Config by {@link
 * SettingsProducer}; tests build it directly with {@link #defaults(URI)}.
 *
 * @param issuer the public base URL, which is also the issuer identifier (no trailing slash)
 * @param resources the protected resources tokens may be issued for (RFC 8707); the first is the
 *     default audience
 * @param accessTokenLifetime lifetime of access tokens
 * @param codeLifetime lifetime of authorization codes
 * @param refreshSessionLifetime absolute lifetime of a refresh-token family, from the login
 * @param pendingAuthorizationLifetime how long a person has to log in and consent
 * @param signingKeysFile a JWK set file with private keys (first = current); when absent the keys
 *     live in the key table and are generated on first start
 * @param cimdAllowedPrivateHosts hosts whose Client ID Metadata Documents may be fetched although
 *     they resolve to loopback or private addresses (development and tests only)
 * @param cimdFetchTimeout connect and read timeout of a Client ID Metadata Document fetch
 * @param cimdTrustedCertificates a PEM file of certificates trusted for metadata document fetches
 *     besides the JDK's authorities (a development document server's self-signed certificate)
 * @param registrationsPerMinute Dynamic Client Registrations allowed per remote address per minute
 * @param registrationCap total number of dynamically registered clients kept
 * @param preRegisteredClients public clients known from configuration
 * @param store where the state tables live
 */
public record OAuthSettings(
    URI issuer,
    List<URI> resources,
    Duration accessTokenLifetime,
    Duration codeLifetime,
    Duration refreshSessionLifetime,
    Duration pendingAuthorizationLifetime,
    Optional<Path> signingKeysFile,
    Set<String> cimdAllowedPrivateHosts,
    Duration cimdFetchTimeout,
    Optional<Path> cimdTrustedCertificates,
    int registrationsPerMinute,
    int registrationCap,
    List<PreRegisteredClient> preRegisteredClients,
    StoreSettings store) {

  public OAuthSettings {
    String text = issuer.toString();
    if (text.endsWith("/")) {
      // RFC 8414 §2: clients compare the issuer byte for byte, so normalise once here.
      issuer = URI.create(text.substring(0, text.length() - 1));
    }
    resources = List.copyOf(resources);
    cimdAllowedPrivateHosts = Set.copyOf(cimdAllowedPrivateHosts);
    preRegisteredClients = List.copyOf(preRegisteredClients);
  }

  /** The documented defaults for a server published at {@code issuer}; the MCP resource is /mcp. */
  public static OAuthSettings defaults(URI issuer) {
    String base = issuer.toString().replaceAll("/+$", "");
    return new OAuthSettings(
        URI.create(base),
        List.of(URI.create(base + "/mcp")),
        Duration.ofMinutes(10),
        Duration.ofSeconds(60),
        Duration.ofHours(12),
        Duration.ofMinutes(10),
        Optional.empty(),
        Set.of(),
        Duration.ofSeconds(5),
        Optional.empty(),
        10,
        10_000,
        List.of(),
        StoreSettings.defaults());
  }

  /** The URL of an endpoint of this server, e.g. {@code endpoint("/token")}. */
  public URI endpoint(String path) {
    return URI.create(issuer + path);
  }

  /** Whether the issuer is served over plain HTTP on a loopback host (local development). */
  public boolean isLoopbackHttp() {
    return "http".equals(issuer.getScheme())
        && Set.of("localhost", "127.0.0.1", "[::1]").contains(issuer.getHost());
  }
}
