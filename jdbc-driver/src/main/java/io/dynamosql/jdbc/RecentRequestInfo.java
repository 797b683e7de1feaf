package io.dynamosql.jdbc;

import io.dynamosql.jdbc.dynamo.RequestCounts;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * The read-only client-info properties that report recent DynamoDB requests. They are standard JDBC
 * ({@code Connection.getClientInfo}), so a container's pooled-connection wrapper passes them
 * through to health checks; every connection of one DynamoDB client shows the same figures.
 */
enum RecentRequestInfo {
  REQUESTS(
      "RecentRequests",
      "DynamoDB calls of this connection's client in the recent window",
      RequestCounts::requests),
  RETRIED_ATTEMPTS(
      "RecentRetriedAttempts",
      "Attempts the AWS SDK retried in the recent window",
      RequestCounts::retries),
  THROTTLED_REQUESTS(
      "RecentThrottledRequests",
      "Attempts DynamoDB throttled in the recent window",
      RequestCounts::throttled),
  FAILED_REQUESTS(
      "RecentFailedRequests",
      "Calls that failed after their retries (5xx, I/O; not throttling, refused requests"
          + " or timeouts) in the recent window",
      RequestCounts::failed),
  WINDOW_SECONDS(
      "RecentRequestWindowSeconds",
      "The length of the recent window in seconds",
      counts -> counts.window().toSeconds());

  private static final Map<String, RecentRequestInfo> BY_NAME =
      Arrays.stream(values()).collect(Collectors.toMap(p -> p.property, Function.identity()));

  private final String property;
  private final String description;
  private final ToLongFunction<RequestCounts> value;

  RecentRequestInfo(String property, String description, ToLongFunction<RequestCounts> value) {
    this.property = property;
    this.description = description;
    this.value = value;
  }

  /** The property called {@code name}, if it is one of these. */
  static Optional<RecentRequestInfo> named(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** Name → description, as {@code getClientInfoProperties} lists them. */
  static Map<String, String> descriptions() {
    return Arrays.stream(values())
        .collect(Collectors.toMap(p -> p.property, p -> "Read only: " + p.description));
  }

  /** Every property's current value, added to {@code properties}. */
  static void addTo(Properties properties, RequestCounts counts) {
    for (RecentRequestInfo info : values()) {
      properties.setProperty(info.property, info.value(counts));
    }
  }

  String value(RequestCounts counts) {
    return Long.toString(value.applyAsLong(counts));
  }
}
