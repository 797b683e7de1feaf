package io.dynamosql.jdbc.config;

import io.dynamosql.jdbc.error.SqlState;
import java.sql.SQLException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code jdbc:dynamosql:} URL grammar:
 *
 * <pre>
 * url      = "jdbc:dynamosql:" [ property *( ";" property ) ] [ ";" ]
 * property = key "=" value        ; key: a ConnectionProperty key, any case
 *                                 ; value: any characters but ";" (taken literally, may be empty)
 * </pre>
 *
 * For example {@code jdbc:dynamosql:region=eu-west-1;profile=analytics;tables=orders,customers} or,
 * for DynamoDB Local, {@code jdbc:dynamosql:endpoint=http://127.0.0.1:8000;region=us-east-1}. The
 * bare {@code jdbc:dynamosql:} uses the AWS SDK's default region and credentials. Values that
 * contain {@code ;} are passed through {@link java.util.Properties} or the DataSource instead.
 */
public final class ConnectionUrl {

  public static final String PREFIX = "jdbc:dynamosql:";

  /** The template tools show their users (DBeaver's URL template). */
  public static final String TEMPLATE = PREFIX + "region=<region>[;property=value...]";

  private ConnectionUrl() {}

  /** Whether the URL is meant for this driver (it may still be malformed). */
  public static boolean accepts(String url) {
    return url != null && url.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
  }

  /**
   * The properties the URL sets, as raw text.
   *
   * @throws SQLException 08001 for a malformed URL, 08004 for an unknown or repeated property
   */
  public static Map<ConnectionProperty, String> properties(String url) throws SQLException {
    if (!accepts(url)) {
      throw SqlState.UNABLE_TO_CONNECT.exception(
          "Invalid JDBC URL: it must start with " + PREFIX + " (" + TEMPLATE + ")");
    }
    Map<ConnectionProperty, String> properties = new EnumMap<>(ConnectionProperty.class);
    for (String segment : url.substring(PREFIX.length()).split(";")) {
      if (segment.isBlank()) {
        continue;
      }
      int equals = segment.indexOf('=');
      if (equals <= 0 || segment.substring(0, equals).isBlank()) {
        throw SqlState.UNABLE_TO_CONNECT.exception(
            "Invalid JDBC URL: '"
                + segment
                + "' is not a key=value pair (expected "
                + TEMPLATE
                + ")");
      }
      String key = segment.substring(0, equals);
      ConnectionProperty property = known(key);
      if (properties.put(property, segment.substring(equals + 1)) != null) {
        throw SqlState.CONNECTION_REJECTED.exception(
            "Connection property '" + property.key() + "' is set more than once in the URL");
      }
    }
    return Collections.unmodifiableMap(properties);
  }

  /**
   * The URL with the values of secret properties (password, session token) left out, for {@code
   * DatabaseMetaData.getURL} and messages; a URL that is not well-formed comes back as its prefix.
   */
  public static String withoutSecrets(String url) {
    try {
      Map<ConnectionProperty, String> properties = new EnumMap<>(ConnectionProperty.class);
      properties(url).forEach((p, v) -> properties.put(p, p.secret() ? "****" : v));
      return of(properties);
    } catch (SQLException malformed) {
      return PREFIX;
    }
  }

  /** The URL that sets exactly these properties (values must not contain {@code ;}). */
  public static String of(Map<ConnectionProperty, String> properties) {
    return PREFIX
        + properties.entrySet().stream()
            .map(e -> e.getKey().key() + "=" + e.getValue())
            .collect(Collectors.joining(";"));
  }

  /**
   * The property with this key.
   *
   * @throws SQLException 08004 for an unknown key
   */
  public static ConnectionProperty known(String key) throws SQLException {
    return ConnectionProperty.forKey(key)
        .orElseThrow(
            () ->
                SqlState.CONNECTION_REJECTED.exception(
                    "Unknown connection property '" + key.strip() + "'"));
  }
}
