package io.dynamosql.bench;

import io.dynamosql.bench.access.Access;
import io.dynamosql.bench.access.DriverAccess;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

/**
 * The driver's connections: one with the parallel Scan's segments, one with a single segment. If
 * the driver cannot connect (not on the classpath yet, say) its contenders fail their warm-up with
 * the reason and the rest of the benchmark still runs.
 */
final class DriverSide implements AutoCloseable {

  private final Connection parallel;
  private final Connection oneSegment;
  private final String unavailable;

  private DriverSide(Connection parallel, Connection oneSegment, String unavailable) {
    this.parallel = parallel;
    this.oneSegment = oneSegment;
    this.unavailable = unavailable;
  }

  static DriverSide connect(URI endpoint, String region, int segments) {
    String url = "jdbc:dynamosql:endpoint=" + endpoint + ";region=" + region;
    try {
      Connection parallel = DriverManager.getConnection(url, properties(segments));
      Connection one = DriverManager.getConnection(url, properties(1));
      return new DriverSide(parallel, one, null);
    } catch (SQLException e) {
      return new DriverSide(
          null, null, "cannot connect (SQLState " + e.getSQLState() + "): " + e.getMessage());
    }
  }

  /** Reads through the parallel connection. */
  Access prepared(String sql, List<Object> parameters, List<String> keys) {
    return parallel == null
        ? unavailable()
        : DriverAccess.prepared(parallel, sql, parameters, keys);
  }

  /** Reads through a plain Statement, parsing the SQL every time. */
  Access plain(String sql, List<String> keys) {
    return parallel == null ? unavailable() : DriverAccess.plain(parallel, sql, keys);
  }

  /** Reads through the single-segment connection. */
  Access oneSegment(String sql, List<String> keys) {
    return oneSegment == null
        ? unavailable()
        : DriverAccess.prepared(oneSegment, sql, List.of(), keys);
  }

  private Access unavailable() {
    return () -> {
      throw new IllegalStateException(unavailable);
    };
  }

  /**
   * Schema sampling must not fall into a timed read: table descriptions are cached for longer than
   * the run lasts. Credentials are DynamoDB Local's (any static key works).
   */
  private static Properties properties(int segments) {
    Properties properties = new Properties();
    properties.setProperty("user", "local");
    properties.setProperty("password", "local");
    properties.setProperty("metadataTtl", "24h");
    properties.setProperty("scanSegments", Integer.toString(segments));
    return properties;
  }

  @Override
  public void close() throws SQLException {
    if (parallel != null) {
      parallel.close();
      oneSegment.close();
    }
  }
}
