package io.dynamosql.mcp.health;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

/**
 * Whether DynamoDB can be read through the DataSource: a connection is valid within the timeout
 * ({@code isValid} reaches DynamoDB), every required table is listed by {@code getTables} with a
 * readable status, and no more requests than the threshold failed recently (the driver's {@code
 * Recent*} client-info properties, also reported in the check's data). Only {@code java.sql} is
 * used; the DynamoSQL driver's extra metadata and counts are optional, so the probe works with any
 * driver.
 */
public final class DataSourceProbe {

  /** The check's name in health reports. */
  public static final String NAME = "dynamodb";

  /** {@code getTables}: DynamoDB's table status (ACTIVE, UPDATING, CREATING ...), if provided. */
  static final String TABLE_STATUS = "TABLE_STATUS";

  /** {@code getTables}: the DynamoDB table behind a (possibly renamed) SQL table, if provided. */
  static final String PHYSICAL_TABLE_NAME = "PHYSICAL_TABLE_NAME";

  /**
   * Client-info properties with the driver's recent request counts, if provided, and their keys in
   * the check's data. Failed requests (after the driver's retries) beyond the configured threshold
   * make the instance not ready; throttling is only reported: it is a property of the table that
   * every instance sees, and taking all of them out of the load balancer would help nobody.
   */
  static final Map<String, String> RECENT_COUNTS =
      Map.of(
          "RecentRequests", "recent_requests",
          "RecentRetriedAttempts", "recent_retried_attempts",
          "RecentThrottledRequests", "recent_throttled_requests",
          "RecentFailedRequests", "recent_failed_requests",
          "RecentRequestWindowSeconds", "recent_window_seconds");

  static final String FAILED = "recent_failed_requests";

  /** UPDATING tables (a new index, a capacity change) are fully readable. */
  private static final Set<String> READABLE = Set.of("ACTIVE", "UPDATING");

  private static final String MISSING = "MISSING";

  private final DataSource dataSource;
  private final HealthSettings settings;
  private final Executor executor;
  private final AtomicReference<CompletableFuture<CheckResult>> inFlight =
      new AtomicReference<>(CompletableFuture.completedFuture(null));

  /**
   * @param executor runs each probe, so that a caller waits at most the timeout even when the
   *     driver blocks longer (connecting, retrying)
   */
  public DataSourceProbe(DataSource dataSource, HealthSettings settings, Executor executor) {
    this.dataSource = dataSource;
    this.settings = settings;
    this.executor = executor;
  }

  /**
   * The outcome within the timeout. Callers arriving while a probe runs share it rather than start
   * another, so a DynamoDB that hangs never piles up blocked threads.
   */
  public CheckResult probe() {
    long started = System.nanoTime();
    CompletableFuture<CheckResult> probe =
        inFlight.updateAndGet(
            running ->
                running.isDone()
                    ? CompletableFuture.supplyAsync(this::probeNow, executor)
                    : running);
    try {
      return probe.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return new CheckResult(
          NAME,
          false,
          Map.of(
              "error",
              "DynamoDB did not answer within " + settings.timeout().toSeconds() + " s",
              "elapsed_ms",
              TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)));
    } catch (ExecutionException e) {
      return new CheckResult(NAME, false, Map.of("error", String.valueOf(e.getCause())));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new CheckResult(NAME, false, Map.of("error", "interrupted"));
    }
  }

  private CheckResult probeNow() {
    long started = System.nanoTime();
    Map<String, Object> data = new LinkedHashMap<>();
    boolean up;
    try (Connection connection = dataSource.getConnection()) {
      up = connection.isValid((int) settings.timeout().toSeconds());
      data.put("connection_valid", up);
      if (up) {
        up = tablesReady(connection.getMetaData(), data);
      }
      recentCounts(connection, data);
      up &= fewFailures(data);
    } catch (SQLException e) {
      up = false;
      data.put("error", e.getMessage());
      if (e.getSQLState() != null) {
        data.put("sql_state", e.getSQLState());
      }
    }
    data.put("elapsed_ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    return new CheckResult(NAME, up, data);
  }

  private boolean tablesReady(DatabaseMetaData meta, Map<String, Object> data) throws SQLException {
    Map<String, String> statuses = tableStatuses(meta);
    List<String> required =
        settings.tables().isEmpty() ? List.copyOf(statuses.keySet()) : settings.tables();
    List<String> notReady =
        required.stream()
            .filter(table -> !READABLE.contains(statuses.getOrDefault(table, MISSING)))
            .map(table -> table + "=" + statuses.getOrDefault(table, MISSING))
            .toList();
    data.put("tables_checked", required.size());
    if (!notReady.isEmpty()) {
      data.put("tables_not_ready", String.join(",", notReady));
    }
    return notReady.isEmpty();
  }

  /** DynamoDB table name → status; a listed table without a status column counts as ACTIVE. */
  private static Map<String, String> tableStatuses(DatabaseMetaData meta) throws SQLException {
    Map<String, String> statuses = new TreeMap<>();
    try (ResultSet rows = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
      Set<String> labels = labels(rows.getMetaData());
      while (rows.next()) {
        String physical =
            labels.contains(PHYSICAL_TABLE_NAME) ? rows.getString(PHYSICAL_TABLE_NAME) : null;
        String status = labels.contains(TABLE_STATUS) ? rows.getString(TABLE_STATUS) : null;
        statuses.put(
            physical != null ? physical : rows.getString("TABLE_NAME"),
            status != null ? status.toUpperCase(Locale.ROOT) : "ACTIVE");
      }
    }
    return statuses;
  }

  private static Set<String> labels(ResultSetMetaData meta) throws SQLException {
    Set<String> labels = new HashSet<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      labels.add(meta.getColumnLabel(i).toUpperCase(Locale.ROOT));
    }
    return labels;
  }

  /** Whether the driver's failed requests, if it reports them, are within the threshold. */
  private boolean fewFailures(Map<String, Object> data) {
    if (!(data.get(FAILED) instanceof Long failed)) {
      return true;
    }
    data.put("max_recent_failed_requests", settings.maxRecentFailedRequests());
    if (failed <= settings.maxRecentFailedRequests()) {
      return true;
    }
    data.put(
        "error",
        failed
            + " DynamoDB requests failed after their retries in the last "
            + data.getOrDefault("recent_window_seconds", "?")
            + " s (more than "
            + HealthSettings.MAX_RECENT_FAILED_REQUESTS
            + "="
            + settings.maxRecentFailedRequests()
            + ")");
    return false;
  }

  private static void recentCounts(Connection connection, Map<String, Object> data) {
    RECENT_COUNTS.forEach(
        (property, key) -> {
          try {
            String value = connection.getClientInfo(property);
            if (value != null) {
              data.put(key, Long.parseLong(value.trim()));
            }
          } catch (SQLException | NumberFormatException e) {
            // A driver that does not count requests simply has nothing to report.
          }
        });
  }
}
