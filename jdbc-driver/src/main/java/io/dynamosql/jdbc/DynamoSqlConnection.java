package io.dynamosql.jdbc;

import io.dynamosql.jdbc.config.ConnectionUrl;
import io.dynamosql.jdbc.config.DriverConfig;
import io.dynamosql.jdbc.dynamo.AwsSdkDynamoDb;
import io.dynamosql.jdbc.error.Excerpt;
import io.dynamosql.jdbc.error.SqlState;
import io.dynamosql.jdbc.meta.DynamoSqlDatabaseMetaData;
import io.dynamosql.jdbc.query.QueryContext;
import io.dynamosql.jdbc.schema.Catalog;
import io.dynamosql.jdbc.schema.RefreshMode;
import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Struct;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * A connection to DynamoDB: cheap (the client, metadata cache and engine belong to the shared
 * {@link ConnectionEnvironment}), always read-only and without transactions.
 *
 * <p>Tool habits it survives, as JDBC allows: {@code setReadOnly(false)} is accepted as a hint and
 * the connection stays read-only ({@link #isReadOnly()} is always true); {@code setAutoCommit},
 * {@code commit} and {@code rollback} do nothing (there is nothing to commit); any transaction
 * isolation is accepted and {@code TRANSACTION_NONE} reported; client info is kept; statements of a
 * scrollable or updatable type are downgraded to forward-only, read-only with a warning.
 *
 * <p>The client-info property {@value #METADATA_REFRESH} ({@code IF_STALE}, {@code FORCE}, {@code
 * SKIP}) says how fresh this connection's metadata answers must be; the MCP server sets it. The
 * read-only client-info properties {@code RecentRequests}, {@code RecentRetriedAttempts}, {@code
 * RecentThrottledRequests}, {@code RecentFailedRequests} and {@code RecentRequestWindowSeconds}
 * report what the connection's DynamoDB client met recently (readiness checks read them).
 */
public final class DynamoSqlConnection implements Connection, DynamoSqlWrapper {

  /** The client-info property that sets the metadata refresh mode of this connection. */
  public static final String METADATA_REFRESH = "MetadataRefresh";

  /** The client-info properties this connection knows, with their descriptions. */
  public static final Map<String, String> CLIENT_INFO = clientInfoProperties();

  private static Map<String, String> clientInfoProperties() {
    Map<String, String> known = new TreeMap<>(RecentRequestInfo.descriptions());
    known.put("ApplicationName", "The name of the application using the connection");
    known.put("ClientUser", "The user of the application");
    known.put("ClientHostname", "The host the application runs on");
    known.put(
        METADATA_REFRESH, "How fresh metadata answers must be: IF_STALE (default), FORCE or SKIP");
    return Map.copyOf(known);
  }

  private final ConnectionEnvironment environment;
  private final String url;
  private final Set<DynamoSqlStatement> statements = ConcurrentHashMap.newKeySet();
  private final Properties clientInfo = new Properties();
  private volatile boolean closed;
  private volatile String schema;
  private boolean autoCommit = true;
  private int holdability = ResultSet.HOLD_CURSORS_OVER_COMMIT;
  private int networkTimeoutMillis;
  private SQLWarning warnings;

  DynamoSqlConnection(ConnectionEnvironment environment, String url) {
    this.environment = environment;
    this.url = ConnectionUrl.withoutSecrets(url);
    this.schema = environment.catalog().defaultSchema();
  }

  /**
   * Opens a connection of this configuration, after proving within {@code connectTimeout} that
   * DynamoDB answers with its credentials (08001 unreachable, 28000 refused).
   */
  static DynamoSqlConnection open(String url, DriverConfig config) throws SQLException {
    // Proven first, so that a configuration that cannot connect leaves no environment behind.
    AwsSdkDynamoDb.shared(config).ping(config.connectTimeout());
    return new DynamoSqlConnection(ConnectionEnvironment.of(config), url);
  }

  // ---- what statements and metadata need

  DriverConfig config() {
    return environment.config();
  }

  /** What the engine needs to run a query on this connection now. */
  QueryContext queryContext() {
    return new QueryContext(config(), environment.catalog(), environment.dynamo(), schema);
  }

  ConnectionEnvironment environment() {
    return environment;
  }

  void forget(DynamoSqlStatement statement) {
    statements.remove(statement);
  }

  /** The metadata refresh mode the client info asks for ({@link RefreshMode#IF_STALE} if none). */
  RefreshMode metadataRefresh() {
    String value = clientInfo.getProperty(METADATA_REFRESH, "");
    try {
      return value.isBlank()
          ? RefreshMode.IF_STALE
          : RefreshMode.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException unknown) {
      return RefreshMode.IF_STALE;
    }
  }

  private void checkOpen() throws SQLException {
    if (closed) {
      throw SqlState.OBJECT_CLOSED.exception("The connection is closed");
    }
  }

  private void warn(String message) {
    SQLWarning warning = SqlState.WARNING.warning(message);
    if (warnings == null) {
      warnings = warning;
    } else {
      warnings.setNextWarning(warning);
    }
  }

  // ---- statements

  @Override
  public Statement createStatement() throws SQLException {
    return createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
  }

  @Override
  public Statement createStatement(int resultSetType, int resultSetConcurrency)
      throws SQLException {
    return createStatement(resultSetType, resultSetConcurrency, holdability);
  }

  @Override
  public Statement createStatement(
      int resultSetType, int resultSetConcurrency, int resultSetHoldability) throws SQLException {
    checkOpen();
    checkCursor(resultSetType, resultSetConcurrency);
    return register(new DynamoSqlStatement(this));
  }

  @Override
  public PreparedStatement prepareStatement(String sql) throws SQLException {
    return prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
  }

  @Override
  public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency)
      throws SQLException {
    return prepareStatement(sql, resultSetType, resultSetConcurrency, holdability);
  }

  @Override
  public PreparedStatement prepareStatement(
      String sql, int resultSetType, int resultSetConcurrency, int resultSetHoldability)
      throws SQLException {
    checkOpen();
    checkCursor(resultSetType, resultSetConcurrency);
    return register(new DynamoSqlPreparedStatement(this, sql));
  }

  /** Generated keys do not exist in a read-only driver: the flag is accepted and has no effect. */
  @Override
  public PreparedStatement prepareStatement(String sql, int autoGeneratedKeys) throws SQLException {
    return prepareStatement(sql);
  }

  @Override
  public PreparedStatement prepareStatement(String sql, int[] columnIndexes) throws SQLException {
    return prepareStatement(sql);
  }

  @Override
  public PreparedStatement prepareStatement(String sql, String[] columnNames) throws SQLException {
    return prepareStatement(sql);
  }

  @Override
  public CallableStatement prepareCall(String sql) throws SQLException {
    checkOpen();
    throw SqlState.FEATURE_NOT_SUPPORTED.exception(
        "DynamoDB has no stored procedures; use a SELECT through prepareStatement");
  }

  @Override
  public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency)
      throws SQLException {
    return prepareCall(sql);
  }

  @Override
  public CallableStatement prepareCall(
      String sql, int resultSetType, int resultSetConcurrency, int resultSetHoldability)
      throws SQLException {
    return prepareCall(sql);
  }

  private <S extends DynamoSqlStatement> S register(S statement) {
    statements.add(statement);
    return statement;
  }

  /** Every cursor is forward-only and read-only; other requests are downgraded with a warning. */
  private void checkCursor(int type, int concurrency) throws SQLException {
    if (type != ResultSet.TYPE_FORWARD_ONLY
        && type != ResultSet.TYPE_SCROLL_INSENSITIVE
        && type != ResultSet.TYPE_SCROLL_SENSITIVE) {
      throw SqlState.INVALID_PARAMETER_VALUE.exception("Unknown result set type " + type);
    }
    if (concurrency != ResultSet.CONCUR_READ_ONLY && concurrency != ResultSet.CONCUR_UPDATABLE) {
      throw SqlState.INVALID_PARAMETER_VALUE.exception(
          "Unknown result set concurrency " + concurrency);
    }
    if (type != ResultSet.TYPE_FORWARD_ONLY) {
      warn("Result sets are TYPE_FORWARD_ONLY: DynamoDB reads stream forward");
    }
    if (concurrency != ResultSet.CONCUR_READ_ONLY) {
      warn("Result sets are CONCUR_READ_ONLY: DynamoSQL never writes");
    }
  }

  @Override
  public String nativeSQL(String sql) throws SQLException {
    checkOpen();
    return sql;
  }

  // ---- transactions: none, and nothing to lose

  @Override
  public void setAutoCommit(boolean autoCommit) throws SQLException {
    checkOpen();
    this.autoCommit = autoCommit;
  }

  @Override
  public boolean getAutoCommit() throws SQLException {
    checkOpen();
    return autoCommit;
  }

  @Override
  public void commit() throws SQLException {
    checkOpen();
  }

  @Override
  public void rollback() throws SQLException {
    checkOpen();
  }

  @Override
  public void rollback(Savepoint savepoint) throws SQLException {
    checkOpen();
    throw SqlState.FEATURE_NOT_SUPPORTED.exception(
        "Savepoints do not exist: DynamoSQL never writes");
  }

  @Override
  public Savepoint setSavepoint() throws SQLException {
    checkOpen();
    throw SqlState.FEATURE_NOT_SUPPORTED.exception(
        "Savepoints do not exist: DynamoSQL never writes");
  }

  @Override
  public Savepoint setSavepoint(String name) throws SQLException {
    return setSavepoint();
  }

  @Override
  public void releaseSavepoint(Savepoint savepoint) throws SQLException {
    setSavepoint();
  }

  /** Accepted whatever the level: reads see DynamoDB as it is, there is no transaction. */
  @Override
  public void setTransactionIsolation(int level) throws SQLException {
    checkOpen();
  }

  @Override
  public int getTransactionIsolation() throws SQLException {
    checkOpen();
    return Connection.TRANSACTION_NONE;
  }

  /** Accepted as a hint either way; the connection stays read-only. */
  @Override
  public void setReadOnly(boolean readOnly) throws SQLException {
    checkOpen();
  }

  @Override
  public boolean isReadOnly() throws SQLException {
    checkOpen();
    return true;
  }

  // ---- catalog and schema

  /** The catalog is fixed (the region); JDBC lets a driver ignore a request to change it. */
  @Override
  public void setCatalog(String catalog) throws SQLException {
    checkOpen();
  }

  @Override
  public String getCatalog() throws SQLException {
    checkOpen();
    return environment.catalog().catalogName();
  }

  @Override
  public void setSchema(String schema) throws SQLException {
    checkOpen();
    Catalog catalog = environment.catalog();
    String found =
        catalog.schemaNames().stream()
            .filter(s -> s.equals(schema))
            .findFirst()
            .or(
                () ->
                    catalog.schemaNames().stream()
                        .filter(s -> schema != null && s.equalsIgnoreCase(schema))
                        .findFirst())
            .orElseThrow(
                () ->
                    SqlState.INVALID_SCHEMA_NAME.exception(
                        "No schema '"
                            + Excerpt.of(schema)
                            + "'; the schemas are "
                            + catalog.schemaNames()));
    this.schema = found;
  }

  @Override
  public String getSchema() throws SQLException {
    checkOpen();
    return schema;
  }

  @Override
  public DatabaseMetaData getMetaData() throws SQLException {
    checkOpen();
    return new DynamoSqlDatabaseMetaData(
        this, environment.catalog(), config(), url, CLIENT_INFO, this::metadataRefresh);
  }

  // ---- life cycle

  /**
   * Sends a ListTables of one name; a timeout of 0 waits at most {@code connectTimeout} rather than
   * forever, so that a pool's validation can never hang.
   */
  @Override
  public boolean isValid(int timeout) throws SQLException {
    if (timeout < 0) {
      throw SqlState.INVALID_PARAMETER_VALUE.exception(
          "isValid timeout must be >= 0 seconds, was " + timeout);
    }
    if (closed) {
      return false;
    }
    try {
      environment
          .dynamo()
          .ping(timeout == 0 ? config().connectTimeout() : Duration.ofSeconds(timeout));
      return true;
    } catch (SQLException unreachable) {
      return false;
    }
  }

  @Override
  public void close() throws SQLException {
    if (closed) {
      return;
    }
    closed = true;
    for (DynamoSqlStatement statement : statements) {
      statement.close();
    }
    statements.clear();
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  @Override
  public void abort(Executor executor) throws SQLException {
    if (executor == null) {
      throw SqlState.INVALID_PARAMETER_VALUE.exception("abort needs an executor");
    }
    statements.forEach(DynamoSqlStatement::cancelQuietly);
    close();
  }

  @Override
  public void setNetworkTimeout(Executor executor, int milliseconds) throws SQLException {
    checkOpen();
    if (milliseconds < 0) {
      throw SqlState.INVALID_PARAMETER_VALUE.exception(
          "Network timeout must be >= 0 ms, was " + milliseconds);
    }
    networkTimeoutMillis = milliseconds;
  }

  @Override
  public int getNetworkTimeout() throws SQLException {
    checkOpen();
    return networkTimeoutMillis;
  }

  @Override
  public SQLWarning getWarnings() throws SQLException {
    checkOpen();
    return warnings;
  }

  @Override
  public void clearWarnings() throws SQLException {
    checkOpen();
    warnings = null;
  }

  @Override
  public void setHoldability(int holdability) throws SQLException {
    checkOpen();
    if (holdability != ResultSet.HOLD_CURSORS_OVER_COMMIT
        && holdability != ResultSet.CLOSE_CURSORS_AT_COMMIT) {
      throw SqlState.INVALID_PARAMETER_VALUE.exception("Unknown holdability " + holdability);
    }
    this.holdability = holdability;
  }

  @Override
  public int getHoldability() throws SQLException {
    checkOpen();
    return holdability;
  }

  // ---- client info: kept, never refused; the recent request counts are read-only figures

  @Override
  public void setClientInfo(String name, String value) throws SQLClientInfoException {
    if (closed) {
      throw new SQLClientInfoException(
          "The connection is closed", SqlState.OBJECT_CLOSED.code(), Map.of());
    }
    if (name == null || RecentRequestInfo.named(name).isPresent()) {
      return;
    }
    if (value == null) {
      clientInfo.remove(name);
    } else {
      clientInfo.setProperty(name, value);
    }
  }

  @Override
  public void setClientInfo(Properties properties) throws SQLClientInfoException {
    if (closed) {
      throw new SQLClientInfoException(
          "The connection is closed", SqlState.OBJECT_CLOSED.code(), Map.of());
    }
    clientInfo.clear();
    if (properties != null) {
      properties.stringPropertyNames().stream()
          .filter(n -> RecentRequestInfo.named(n).isEmpty())
          .forEach(n -> clientInfo.setProperty(n, properties.getProperty(n)));
    }
  }

  @Override
  public String getClientInfo(String name) throws SQLException {
    checkOpen();
    if (name == null) {
      return null;
    }
    Optional<RecentRequestInfo> figure = RecentRequestInfo.named(name);
    return figure.isPresent()
        ? figure.get().value(environment.dynamo().recentRequests())
        : clientInfo.getProperty(name);
  }

  @Override
  public Properties getClientInfo() throws SQLException {
    checkOpen();
    Properties copy = new Properties();
    copy.putAll(clientInfo);
    RecentRequestInfo.addTo(copy, environment.dynamo().recentRequests());
    return copy;
  }

  // ---- types that do not exist here

  @Override
  public Map<String, Class<?>> getTypeMap() throws SQLException {
    checkOpen();
    return Map.of();
  }

  @Override
  public void setTypeMap(Map<String, Class<?>> map) throws SQLException {
    checkOpen();
    throw SqlState.FEATURE_NOT_SUPPORTED.exception("DynamoDB has no user-defined types to map");
  }

  @Override
  public Clob createClob() throws SQLException {
    throw notAValue("Clob");
  }

  @Override
  public Blob createBlob() throws SQLException {
    throw notAValue("Blob");
  }

  @Override
  public NClob createNClob() throws SQLException {
    throw notAValue("NClob");
  }

  @Override
  public SQLXML createSQLXML() throws SQLException {
    throw notAValue("SQLXML");
  }

  @Override
  public Array createArrayOf(String typeName, Object[] elements) throws SQLException {
    throw notAValue("Array");
  }

  @Override
  public Struct createStruct(String typeName, Object[] attributes) throws SQLException {
    throw notAValue("Struct");
  }

  private SQLException notAValue(String type) throws SQLException {
    checkOpen();
    return SqlState.FEATURE_NOT_SUPPORTED.exception(
        type + " objects are for writing, and DynamoSQL never writes; bind plain values instead");
  }
}
