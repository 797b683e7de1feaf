package io.dynamosql.mcp.config;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The MCP webapp's settings, validated once. Build it from MicroProfile Config in the container
 * ({@link McpConfigProducer}) or from a map in tests.
 */
public final class McpConfig {

  private final Map<ConfigKey, String> values;

  private McpConfig(Map<ConfigKey, String> values) {
    this.values = values;
    validate();
  }

  /**
   * Settings from a lookup that answers null for an unset key (defaults apply).
   *
   * @throws IllegalArgumentException naming the key and the bad value
   */
  public static McpConfig from(Function<String, String> lookup) {
    Map<ConfigKey, String> values = new EnumMap<>(ConfigKey.class);
    for (ConfigKey key : ConfigKey.values()) {
      String value = lookup.apply(key.key());
      values.put(key, value == null ? key.defaultValue() : value.trim());
    }
    return new McpConfig(Collections.unmodifiableMap(values));
  }

  /** The defaults with some keys overridden, for tests. */
  public static McpConfig of(Map<ConfigKey, String> overrides) {
    return from(
        name ->
            overrides.entrySet().stream()
                .filter(e -> e.getKey().key().equals(name))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null));
  }

  private void validate() {
    URI base = URI.create(publicBaseUrl());
    if (base.getScheme() == null || base.getHost() == null) {
      throw invalid(ConfigKey.PUBLIC_BASE_URL, "an absolute http(s) URL is required");
    }
    positive(ConfigKey.MAX_BODY_BYTES);
    positive(ConfigKey.BODY_TIMEOUT_SECONDS);
    positive(ConfigKey.DEFAULT_MAX_ROWS);
    positive(ConfigKey.MAX_ROWS);
    positive(ConfigKey.MAX_TABLES);
    positive(ConfigKey.QUERY_TIMEOUT_SECONDS);
    positive(ConfigKey.RATE_LIMIT_CAPACITY);
    positive(ConfigKey.RATE_LIMIT_PER_MINUTE);
    if (defaultMaxRows() > maxRows()) {
      throw invalid(ConfigKey.DEFAULT_MAX_ROWS, "must not exceed " + ConfigKey.MAX_ROWS.key());
    }
    if (conformanceProfile() && !isLoopback(base.getHost())) {
      throw invalid(
          ConfigKey.CONFORMANCE_PROFILE,
          "the conformance profile only runs on a loopback base URL");
    }
  }

  private static boolean isLoopback(String host) {
    return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
  }

  private void positive(ConfigKey key) {
    if (integer(key) <= 0) {
      throw invalid(key, "must be a positive integer");
    }
  }

  private IllegalArgumentException invalid(ConfigKey key, String why) {
    return new IllegalArgumentException(
        "Configuration '"
            + key.key()
            + "' value is invalid: "
            + values.get(key)
            + " ("
            + why
            + ")");
  }

  private int integer(ConfigKey key) {
    try {
      return Integer.parseInt(values.get(key));
    } catch (NumberFormatException e) {
      throw invalid(key, "an integer is required");
    }
  }

  private boolean bool(ConfigKey key) {
    String value = values.get(key);
    if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
      throw invalid(key, "true or false is required");
    }
    return Boolean.parseBoolean(value);
  }

  /** The public origin without a trailing slash. */
  public String publicBaseUrl() {
    String url = values.get(ConfigKey.PUBLIC_BASE_URL);
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** The canonical MCP resource URL: the audience tokens must carry. */
  public String resourceUrl() {
    return publicBaseUrl() + "/mcp";
  }

  /** Where clients find the protected resource metadata (RFC 9728, path-inserted form). */
  public String resourceMetadataUrl() {
    return publicBaseUrl() + "/.well-known/oauth-protected-resource/mcp";
  }

  public boolean authEnabled() {
    return bool(ConfigKey.AUTH_ENABLED) && !conformanceProfile();
  }

  public List<String> allowedOrigins() {
    return Arrays.stream(values.get(ConfigKey.ALLOWED_ORIGINS).split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  public int maxBodyBytes() {
    return integer(ConfigKey.MAX_BODY_BYTES);
  }

  /** How long a client may take to send a whole request body. */
  public Duration bodyTimeout() {
    return Duration.ofSeconds(integer(ConfigKey.BODY_TIMEOUT_SECONDS));
  }

  /** The cursor signing secret, or empty for a per-process random key. */
  public String cursorKey() {
    return values.get(ConfigKey.CURSOR_KEY);
  }

  public int defaultMaxRows() {
    return integer(ConfigKey.DEFAULT_MAX_ROWS);
  }

  public int maxRows() {
    return integer(ConfigKey.MAX_ROWS);
  }

  public int maxTables() {
    return integer(ConfigKey.MAX_TABLES);
  }

  public Duration queryTimeout() {
    return Duration.ofSeconds(integer(ConfigKey.QUERY_TIMEOUT_SECONDS));
  }

  public int rateLimitCapacity() {
    return integer(ConfigKey.RATE_LIMIT_CAPACITY);
  }

  public int rateLimitPerMinute() {
    return integer(ConfigKey.RATE_LIMIT_PER_MINUTE);
  }

  /** The audit file path, or empty to log audit lines instead. */
  public String auditFile() {
    return values.get(ConfigKey.AUDIT_FILE);
  }

  public boolean conformanceProfile() {
    return bool(ConfigKey.CONFORMANCE_PROFILE);
  }
}
