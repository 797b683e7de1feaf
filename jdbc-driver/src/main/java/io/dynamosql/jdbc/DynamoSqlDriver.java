package io.dynamosql.jdbc;

import io.dynamosql.jdbc.config.ConnectionProperty;
import io.dynamosql.jdbc.config.ConnectionUrl;
import io.dynamosql.jdbc.config.DriverConfig;
import io.dynamosql.jdbc.error.SqlState;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The JDBC driver for {@code jdbc:dynamosql:} URLs (grammar in {@link ConnectionUrl}), registered
 * with {@link DriverManager} through {@code META-INF/services/java.sql.Driver} and when the class
 * is loaded. A malformed URL is refused with 08001, an unknown or invalid property with 08004; an
 * unreachable DynamoDB with 08001 and refused credentials with 28000, within {@code
 * connectTimeout}.
 */
public final class DynamoSqlDriver implements Driver {

  static {
    try {
      DriverManager.registerDriver(new DynamoSqlDriver());
    } catch (SQLException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** Returns null for a URL of another driver, as {@link DriverManager} expects. */
  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    if (url == null) {
      throw SqlState.UNABLE_TO_CONNECT.exception(
          "The JDBC URL is null (expected " + ConnectionUrl.TEMPLATE + ")");
    }
    if (!acceptsURL(url)) {
      return null;
    }
    return DynamoSqlConnection.open(url, DriverConfig.of(url, info));
  }

  @Override
  public boolean acceptsURL(String url) {
    return ConnectionUrl.accepts(url);
  }

  /**
   * Every connection property, with its description, default and choices, and the value the URL and
   * {@code info} give it (secrets are never echoed).
   */
  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
    Map<ConnectionProperty, String> values = new EnumMap<>(ConnectionProperty.class);
    values.putAll(ConnectionUrl.properties(url == null ? "" : url));
    if (info != null) {
      for (String key : info.stringPropertyNames()) {
        values.put(ConnectionUrl.known(key), info.getProperty(key));
      }
    }
    return Arrays.stream(ConnectionProperty.values())
        .map(p -> p.info(Optional.ofNullable(values.get(p)).filter(v -> !v.isBlank())))
        .toArray(DriverPropertyInfo[]::new);
  }

  @Override
  public int getMajorVersion() {
    return DriverVersion.major();
  }

  @Override
  public int getMinorVersion() {
    return DriverVersion.minor();
  }

  /** Not JDBC compliant in the strict sense: it is read-only and has no full SQL-92 DDL/DML. */
  @Override
  public boolean jdbcCompliant() {
    return false;
  }

  @Override
  public Logger getParentLogger() {
    return Logger.getLogger("io.dynamosql.jdbc");
  }
}
