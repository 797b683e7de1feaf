package io.dynamosql.mcp.health;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * What readiness checks, read from MicroProfile Config.
 *
 * @param timeout the longest {@code Connection.isValid} may take
 * @param tables DynamoDB tables that must exist and be readable; empty means every table the
 *     DataSource exposes
 */
public record HealthSettings(Duration timeout, List<String> tables) {

  /** Seconds {@code isValid} may take before the instance counts as not ready. */
  public static final String TIMEOUT_SECONDS = "dynamosql.health.timeout-seconds";

  /** Comma-separated DynamoDB table names readiness requires. */
  public static final String TABLES = "dynamosql.health.tables";

  public HealthSettings {
    tables = List.copyOf(tables);
  }

  /**
   * Settings from a lookup that answers null for an unset key.
   *
   * @throws IllegalArgumentException naming the key and the bad value
   */
  public static HealthSettings from(Function<String, String> lookup) {
    String seconds = valueOr(lookup, TIMEOUT_SECONDS, "5");
    int timeout;
    try {
      timeout = Integer.parseInt(seconds);
    } catch (NumberFormatException e) {
      timeout = 0;
    }
    if (timeout <= 0) {
      throw new IllegalArgumentException(
          "Configuration '"
              + TIMEOUT_SECONDS
              + "' value is invalid: "
              + seconds
              + " (a positive number of seconds is required)");
    }
    List<String> tables =
        Arrays.stream(valueOr(lookup, TABLES, "").split(","))
            .map(String::trim)
            .filter(name -> !name.isEmpty())
            .toList();
    return new HealthSettings(Duration.ofSeconds(timeout), tables);
  }

  private static String valueOr(Function<String, String> lookup, String key, String fallback) {
    String value = lookup.apply(key);
    return value == null || value.isBlank() ? fallback : value.trim();
  }
}
