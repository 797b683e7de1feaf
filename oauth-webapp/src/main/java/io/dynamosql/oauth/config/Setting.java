package io.dynamosql.oauth.config;

import java.util.Map;
import java.util.Optional;

/**
 * Every MicroProfile Config key the authorization server reads, with its default and meaning.
 * Environment variables win as usual ({@code DYNAMOSQL_OAUTH_CODE_SECONDS} for {@code
 * dynamosql.oauth.code-seconds}).
 */
public enum Setting {
  PUBLIC_BASE_URL(
      "dynamosql.public-base-url",
      "http://127.0.0.1:8080",
      "Public origin of the server; the issuer identifier, and the MCP resource is <base>/mcp"),
  ACCESS_TOKEN_SECONDS("dynamosql.oauth.access-token-seconds", "600", "Access token lifetime"),
  CODE_SECONDS("dynamosql.oauth.code-seconds", "60", "Authorization code lifetime"),
  REFRESH_SESSION_SECONDS(
      "dynamosql.oauth.refresh-session-seconds",
      "43200",
      "Absolute lifetime of a refresh-token family, counted from the login"),
  PENDING_AUTHORIZATION_SECONDS(
      "dynamosql.oauth.pending-authorization-seconds",
      "600",
      "Time a person has to log in and consent"),
  SIGNING_KEYS_FILE(
      "dynamosql.oauth.signing-keys-file",
      "",
      "JWK set file with the private signing keys, current first; empty keeps keys in DynamoDB"),
  CIMD_ALLOWED_PRIVATE_HOSTS(
      "dynamosql.oauth.cimd.allowed-private-hosts",
      "",
      "Comma-separated hosts whose metadata documents may resolve to private or loopback"
          + " addresses (development only)"),
  CIMD_TIMEOUT_MILLIS(
      "dynamosql.oauth.cimd.timeout-millis", "5000", "Client ID Metadata Document fetch timeout"),
  CIMD_TRUSTED_CERTIFICATES(
      "dynamosql.oauth.cimd.trusted-certificates",
      "",
      "PEM file of extra certificates trusted when fetching metadata documents (development)"),
  REGISTRATIONS_PER_MINUTE(
      "dynamosql.oauth.registration.per-minute",
      "10",
      "Dynamic Client Registrations per remote address per minute"),
  REGISTRATION_CAP(
      "dynamosql.oauth.registration.cap", "10000", "Most dynamically registered clients kept"),
  CLIENTS(
      "dynamosql.oauth.clients",
      "",
      "Pre-registered public clients, comma-separated entries client_id|name|redirect_uri..."),
  DYNAMODB_ENDPOINT(
      "dynamosql.oauth.dynamodb.endpoint",
      "",
      "DynamoDB endpoint override (DynamoDB Local); falls back to dynamosql.endpoint"),
  DYNAMODB_REGION(
      "dynamosql.oauth.dynamodb.region",
      "us-east-1",
      "AWS region of the state tables; falls back to dynamosql.region"),
  TABLE_PREFIX(
      "dynamosql.oauth.dynamodb.table-prefix", "dynamosql_oauth_", "Prefix of the state tables"),
  ACCESS_KEY_ID(
      "dynamosql.oauth.dynamodb.access-key-id",
      "",
      "Static AWS access key; empty uses the default credentials chain"),
  SECRET_ACCESS_KEY(
      "dynamosql.oauth.dynamodb.secret-access-key",
      "",
      "Static AWS secret key; empty uses the default credentials chain");

  /** The settings of the driver's DataSource that the state tables share unless overridden. */
  private static final Map<String, String> SHARED =
      Map.of(
          "dynamosql.oauth.dynamodb.endpoint", "dynamosql.endpoint",
          "dynamosql.oauth.dynamodb.region", "dynamosql.region");

  private final String key;
  private final String defaultValue;
  private final String description;

  Setting(String key, String defaultValue, String description) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.description = description;
  }

  public String key() {
    return key;
  }

  /** The shared key read when this one is not set, if any. */
  public Optional<String> sharedKey() {
    return Optional.ofNullable(SHARED.get(key));
  }

  public String defaultValue() {
    return defaultValue;
  }

  public String description() {
    return description;
  }
}
