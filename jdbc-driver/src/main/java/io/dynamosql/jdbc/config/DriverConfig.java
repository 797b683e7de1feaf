package io.dynamosql.jdbc.config;

import io.dynamosql.jdbc.error.SqlState;
import java.net.URI;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;

/**
 * One connection configuration, parsed and checked: what {@link ConnectionProperty} describes, as
 * typed values. Equal configurations share one DynamoDB client and one metadata cache. {@link
 * #toString()} never shows secrets.
 *
 * @param endpoint DynamoDB endpoint override (DynamoDB Local), empty for AWS's
 * @param region AWS region code, empty to let the AWS SDK's region chain decide
 * @param readBudget most items one statement may read, empty for no limit
 * @param memoryLimit most rows a memory-bound operator of one statement may hold
 * @param maxRows default {@code Statement.setMaxRows}, 0 for none
 */
public record DriverConfig(
    Optional<URI> endpoint,
    Optional<String> region,
    CredentialsMode credentials,
    Optional<String> user,
    Optional<String> password,
    Optional<String> sessionToken,
    Optional<String> profile,
    Optional<String> roleArn,
    Optional<String> externalId,
    String roleSessionName,
    String defaultSchema,
    List<String> tables,
    int sampleSize,
    Duration metadataTtl,
    boolean consistentRead,
    int scanSegments,
    Duration connectTimeout,
    Duration requestTimeout,
    int maxRetries,
    Optional<Path> mappingFile,
    OptionalLong readBudget,
    FullScanPolicy fullScanPolicy,
    long memoryLimit,
    long maxRows) {

  public DriverConfig {
    tables = List.copyOf(tables);
  }

  /**
   * The configuration of a URL plus the {@code Properties} given to {@code DriverManager} or the
   * DataSource. A property may be set in both only with the same value.
   *
   * @throws SQLException 08001 for a malformed URL, 08004 for unknown, invalid or inconsistent
   *     properties
   */
  public static DriverConfig of(String url, Properties info) throws SQLException {
    Map<ConnectionProperty, String> raw = new EnumMap<>(ConnectionProperty.class);
    ConnectionUrl.properties(url).forEach((p, v) -> putIfSet(raw, p, v));
    if (info != null) {
      for (Map.Entry<Object, Object> entry : info.entrySet()) {
        if (entry.getValue() == null || entry.getValue().toString().isBlank()) {
          continue;
        }
        ConnectionProperty property = ConnectionUrl.known(entry.getKey().toString());
        String value = entry.getValue().toString();
        String inUrl = raw.get(property);
        if (inUrl != null && !inUrl.strip().equals(value.strip())) {
          throw SqlState.CONNECTION_REJECTED.exception(
              "Connection property '"
                  + property.key()
                  + "' is set both in the URL and in the properties, with different values");
        }
        raw.put(property, value);
      }
    }
    return of(raw);
  }

  /**
   * The configuration these raw values describe; a property not in the map takes its {@link
   * ConnectionProperty#processValue() system property or environment variable}, else its default.
   */
  public static DriverConfig of(Map<ConnectionProperty, String> raw) throws SQLException {
    Map<ConnectionProperty, Object> values = new EnumMap<>(ConnectionProperty.class);
    for (ConnectionProperty property : ConnectionProperty.values()) {
      String text = raw.get(property);
      Optional<String> effective =
          text == null || text.isBlank()
              ? property.processValue().or(property::defaultValue)
              : Optional.of(text);
      if (effective.isPresent()) {
        values.put(property, property.parse(effective.get()));
      }
    }
    DriverConfig config =
        new DriverConfig(
            optional(values, ConnectionProperty.ENDPOINT, URI.class),
            optional(values, ConnectionProperty.REGION, String.class),
            (CredentialsMode) values.get(ConnectionProperty.CREDENTIALS),
            optional(values, ConnectionProperty.USER, String.class),
            optional(values, ConnectionProperty.PASSWORD, String.class),
            optional(values, ConnectionProperty.SESSION_TOKEN, String.class),
            optional(values, ConnectionProperty.PROFILE, String.class),
            optional(values, ConnectionProperty.ROLE_ARN, String.class),
            optional(values, ConnectionProperty.EXTERNAL_ID, String.class),
            (String) values.get(ConnectionProperty.ROLE_SESSION_NAME),
            (String) values.get(ConnectionProperty.DEFAULT_SCHEMA),
            optional(values, ConnectionProperty.TABLES, List.class).orElse(List.of()),
            (Integer) values.get(ConnectionProperty.SAMPLE_SIZE),
            (Duration) values.get(ConnectionProperty.METADATA_TTL),
            (Boolean) values.get(ConnectionProperty.CONSISTENT_READ),
            (Integer) values.get(ConnectionProperty.SCAN_SEGMENTS),
            (Duration) values.get(ConnectionProperty.CONNECT_TIMEOUT),
            (Duration) values.get(ConnectionProperty.REQUEST_TIMEOUT),
            (Integer) values.get(ConnectionProperty.MAX_RETRIES),
            optional(values, ConnectionProperty.MAPPING_FILE, Path.class),
            positive((Long) values.get(ConnectionProperty.READ_BUDGET)),
            (FullScanPolicy) values.get(ConnectionProperty.FULL_SCAN_POLICY),
            (Long) values.get(ConnectionProperty.MEMORY_LIMIT),
            (Long) values.get(ConnectionProperty.MAX_ROWS));
    config.checkConsistency();
    return config;
  }

  /** The configuration of a URL alone. */
  public static DriverConfig of(String url) throws SQLException {
    return of(url, new Properties());
  }

  /**
   * Where credentials actually come from: {@link CredentialsMode#AUTO} resolved to static keys
   * (user set), a profile (profile set) or the default chain.
   */
  public CredentialsMode effectiveCredentials() {
    if (credentials != CredentialsMode.AUTO) {
      return credentials;
    }
    if (user.isPresent()) {
      return CredentialsMode.STATIC;
    }
    return profile.isPresent() ? CredentialsMode.PROFILE : CredentialsMode.DEFAULT;
  }

  /** The settings that identify the connection, with the secret key masked. */
  @Override
  public String toString() {
    return "DriverConfig[endpoint="
        + endpoint.map(URI::toString).orElse("")
        + ", region="
        + region.orElse("")
        + ", credentials="
        + effectiveCredentials().key()
        + ", user="
        + user.orElse("")
        + ", password="
        + password.map(p -> "****").orElse("")
        + ", profile="
        + profile.orElse("")
        + ", roleArn="
        + roleArn.orElse("")
        + ", defaultSchema="
        + defaultSchema
        + ", tables="
        + tables
        + "]";
  }

  private void checkConsistency() throws SQLException {
    if (user.isPresent() != password.isPresent()) {
      throw SqlState.CONNECTION_REJECTED.exception(
          "Connection properties 'user' (access key id) and 'password' (secret access key) must be"
              + " set together");
    }
    if (sessionToken.isPresent() && user.isEmpty()) {
      throw SqlState.CONNECTION_REJECTED.exception(
          "Connection property 'sessionToken' needs 'user' and 'password'");
    }
    if (credentials == CredentialsMode.STATIC && user.isEmpty()) {
      throw SqlState.CONNECTION_REJECTED.exception(
          "Connection property 'credentials' is static but 'user' and 'password' are not set");
    }
    if (credentials == CredentialsMode.PROFILE && profile.isEmpty()) {
      throw SqlState.CONNECTION_REJECTED.exception(
          "Connection property 'credentials' is profile but 'profile' is not set");
    }
    if (externalId.isPresent() && roleArn.isEmpty()) {
      throw SqlState.CONNECTION_REJECTED.exception(
          "Connection property 'externalId' needs 'roleArn'");
    }
  }

  private static void putIfSet(
      Map<ConnectionProperty, String> raw, ConnectionProperty p, String v) {
    if (!v.isBlank()) {
      raw.put(p, v);
    }
  }

  private static OptionalLong positive(long value) {
    return value > 0 ? OptionalLong.of(value) : OptionalLong.empty();
  }

  @SuppressWarnings("unchecked")
  private static <T> Optional<T> optional(
      Map<ConnectionProperty, Object> values, ConnectionProperty property, Class<? super T> type) {
    return Optional.ofNullable((T) type.cast(values.get(property)));
  }
}
