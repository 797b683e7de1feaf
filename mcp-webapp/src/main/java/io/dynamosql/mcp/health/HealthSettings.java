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
 * @param maxRecentFailedRequests the most DynamoDB requests that may have failed (after the
 *     driver's retries) in the driver's recent window while the instance still counts as ready
 */
public record HealthSettings(Duration timeout, List<String> tables, long maxRecentFailedRequests) {

  /** Seconds {@code isValid} may take before the instance counts as not ready. */
  public static final String TIMEOUT_SECONDS = "dynamosql.health.timeout-seconds";

  /** Comma-separated DynamoDB table names readiness requires. */
  public static final String TABLES = "dynamosql.health.tables";

  /**
   * Failed DynamoDB requests in the driver's window (60 s) beyond which the instance is not ready.
   */
  public static final String MAX_RECENT_FAILED_REQUESTS =
      "dynamosql.health.max-recent-failed-requests";

  /**
   * Each failed request already outlived the driver's retries, so it is a statement a user saw
   * fail; one or two in a minute is a passing blip, more than ten means this instance's path to
   * DynamoDB keeps breaking.
   */
  static final long DEFAULT_MAX_RECENT_FAILED_REQUESTS = 10;

  public HealthSettings {
    tables = List.copyOf(tables);
  }

  /** Settings with the default failure threshold. */
  public HealthSettings(Duration timeout, List<String> tables) {
    this(timeout, tables, DEFAULT_MAX_RECENT_FAILED_REQUESTS);
  }

  /**
   * Settings from a lookup that answers null for an unset key.
   *
   * @throws IllegalArgumentException naming the key and the bad value
   */
  public static HealthSettings from(Function<String, String> lookup) {
    long timeout = number(lookup, TIMEOUT_SECONDS, 5, 1, "a positive number of seconds");
    List<String> tables =
        Arrays.stream(valueOr(lookup, TABLES, "").split(","))
            .map(String::trim)
            .filter(name -> !name.isEmpty())
            .toList();
    long maxFailed =
        number(
            lookup,
            MAX_RECENT_FAILED_REQUESTS,
            DEFAULT_MAX_RECENT_FAILED_REQUESTS,
            0,
            "a number of requests, 0 or more");
    return new HealthSettings(Duration.ofSeconds(timeout), tables, maxFailed);
  }

  private static long number(
      Function<String, String> lookup, String key, long fallback, long least, String required) {
    String text = valueOr(lookup, key, Long.toString(fallback));
    long value;
    try {
      value = Long.parseLong(text);
    } catch (NumberFormatException e) {
      value = least - 1;
    }
    if (value < least) {
      throw new IllegalArgumentException(
          "Configuration '"
              + key
              + "' value is invalid: "
              + text
              + " ("
              + required
              + " is required)");
    }
    return value;
  }

  private static String valueOr(Function<String, String> lookup, String key, String fallback) {
    String value = lookup.apply(key);
    return value == null || value.isBlank() ? fallback : value.trim();
  }
}
