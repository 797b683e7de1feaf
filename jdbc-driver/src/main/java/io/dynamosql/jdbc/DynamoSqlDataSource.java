package io.dynamosql.jdbc;

import io.dynamosql.jdbc.config.ConnectionProperty;
import io.dynamosql.jdbc.config.ConnectionUrl;
import io.dynamosql.jdbc.config.DriverConfig;
import io.dynamosql.jdbc.error.SqlState;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The driver as a {@link DataSource} JavaBean, for application servers (Payara and WildFly create
 * it by class name and call its setters) and for code that configures connections in Java. It has a
 * String getter and setter for every {@link ConnectionProperty} ({@code setRegion}, {@code
 * setEndpoint}, ...) and for the {@code url}; a property left unset here and in the URL falls back
 * to the {@code dynamosql.<key>} system property and the {@code DYNAMOSQL_<NAME>} environment
 * variable, then to its default. {@link #getConnection(String, String)} takes the access key id and
 * secret access key, which is what a container passes from its user and password settings. Invalid
 * values are reported by {@code getConnection} (08004), never by the setters.
 */
public final class DynamoSqlDataSource implements DataSource, DynamoSqlWrapper {

  private final Map<ConnectionProperty, String> values = new EnumMap<>(ConnectionProperty.class);
  private String url = ConnectionUrl.PREFIX;
  private String description;
  private int loginTimeoutSeconds;
  private PrintWriter logWriter;

  @Override
  public Connection getConnection() throws SQLException {
    return getConnection(null, null);
  }

  /**
   * @param user the access key id; null or blank to use the configured one (or none)
   * @param password the secret access key; null or blank to use the configured one (or none)
   */
  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    Properties properties = new Properties();
    values.forEach((property, value) -> properties.setProperty(property.key(), value));
    if (user != null && !user.isBlank()) {
      properties.setProperty(ConnectionProperty.USER.key(), user);
    }
    if (password != null && !password.isBlank()) {
      properties.setProperty(ConnectionProperty.PASSWORD.key(), password);
    }
    String target = url == null || url.isBlank() ? ConnectionUrl.PREFIX : url;
    if (!ConnectionUrl.accepts(target)) {
      throw SqlState.UNABLE_TO_CONNECT.exception(
          "Invalid JDBC URL: it must start with "
              + ConnectionUrl.PREFIX
              + " ("
              + ConnectionUrl.TEMPLATE
              + ")");
    }
    return DynamoSqlConnection.open(target, DriverConfig.of(target, properties));
  }

  private void set(ConnectionProperty property, String value) {
    if (value == null || value.isBlank()) {
      values.remove(property);
    } else {
      values.put(property, value);
    }
  }

  private String get(ConnectionProperty property) {
    return values.get(property);
  }

  /** The JDBC URL; its properties combine with those set here (they must agree when both set). */
  public void setUrl(String url) {
    this.url = url;
  }

  public String getUrl() {
    return url;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getDescription() {
    return description;
  }

  public void setEndpoint(String value) {
    set(ConnectionProperty.ENDPOINT, value);
  }

  public String getEndpoint() {
    return get(ConnectionProperty.ENDPOINT);
  }

  public void setRegion(String value) {
    set(ConnectionProperty.REGION, value);
  }

  public String getRegion() {
    return get(ConnectionProperty.REGION);
  }

  public void setCredentials(String value) {
    set(ConnectionProperty.CREDENTIALS, value);
  }

  public String getCredentials() {
    return get(ConnectionProperty.CREDENTIALS);
  }

  public void setUser(String value) {
    set(ConnectionProperty.USER, value);
  }

  public String getUser() {
    return get(ConnectionProperty.USER);
  }

  public void setPassword(String value) {
    set(ConnectionProperty.PASSWORD, value);
  }

  public String getPassword() {
    return get(ConnectionProperty.PASSWORD);
  }

  public void setSessionToken(String value) {
    set(ConnectionProperty.SESSION_TOKEN, value);
  }

  public String getSessionToken() {
    return get(ConnectionProperty.SESSION_TOKEN);
  }

  public void setProfile(String value) {
    set(ConnectionProperty.PROFILE, value);
  }

  public String getProfile() {
    return get(ConnectionProperty.PROFILE);
  }

  public void setRoleArn(String value) {
    set(ConnectionProperty.ROLE_ARN, value);
  }

  public String getRoleArn() {
    return get(ConnectionProperty.ROLE_ARN);
  }

  public void setExternalId(String value) {
    set(ConnectionProperty.EXTERNAL_ID, value);
  }

  public String getExternalId() {
    return get(ConnectionProperty.EXTERNAL_ID);
  }

  public void setRoleSessionName(String value) {
    set(ConnectionProperty.ROLE_SESSION_NAME, value);
  }

  public String getRoleSessionName() {
    return get(ConnectionProperty.ROLE_SESSION_NAME);
  }

  public void setDefaultSchema(String value) {
    set(ConnectionProperty.DEFAULT_SCHEMA, value);
  }

  public String getDefaultSchema() {
    return get(ConnectionProperty.DEFAULT_SCHEMA);
  }

  public void setTables(String value) {
    set(ConnectionProperty.TABLES, value);
  }

  public String getTables() {
    return get(ConnectionProperty.TABLES);
  }

  public void setSampleSize(String value) {
    set(ConnectionProperty.SAMPLE_SIZE, value);
  }

  public String getSampleSize() {
    return get(ConnectionProperty.SAMPLE_SIZE);
  }

  public void setMetadataTtl(String value) {
    set(ConnectionProperty.METADATA_TTL, value);
  }

  public String getMetadataTtl() {
    return get(ConnectionProperty.METADATA_TTL);
  }

  public void setConsistentRead(String value) {
    set(ConnectionProperty.CONSISTENT_READ, value);
  }

  public String getConsistentRead() {
    return get(ConnectionProperty.CONSISTENT_READ);
  }

  public void setScanSegments(String value) {
    set(ConnectionProperty.SCAN_SEGMENTS, value);
  }

  public String getScanSegments() {
    return get(ConnectionProperty.SCAN_SEGMENTS);
  }

  public void setConnectTimeout(String value) {
    set(ConnectionProperty.CONNECT_TIMEOUT, value);
  }

  public String getConnectTimeout() {
    return get(ConnectionProperty.CONNECT_TIMEOUT);
  }

  public void setRequestTimeout(String value) {
    set(ConnectionProperty.REQUEST_TIMEOUT, value);
  }

  public String getRequestTimeout() {
    return get(ConnectionProperty.REQUEST_TIMEOUT);
  }

  public void setMaxRetries(String value) {
    set(ConnectionProperty.MAX_RETRIES, value);
  }

  public String getMaxRetries() {
    return get(ConnectionProperty.MAX_RETRIES);
  }

  public void setMappingFile(String value) {
    set(ConnectionProperty.MAPPING_FILE, value);
  }

  public String getMappingFile() {
    return get(ConnectionProperty.MAPPING_FILE);
  }

  public void setReadBudget(String value) {
    set(ConnectionProperty.READ_BUDGET, value);
  }

  public String getReadBudget() {
    return get(ConnectionProperty.READ_BUDGET);
  }

  public void setFullScanPolicy(String value) {
    set(ConnectionProperty.FULL_SCAN_POLICY, value);
  }

  public String getFullScanPolicy() {
    return get(ConnectionProperty.FULL_SCAN_POLICY);
  }

  public void setMemoryLimit(String value) {
    set(ConnectionProperty.MEMORY_LIMIT, value);
  }

  public String getMemoryLimit() {
    return get(ConnectionProperty.MEMORY_LIMIT);
  }

  public void setMaxRows(String value) {
    set(ConnectionProperty.MAX_ROWS, value);
  }

  public String getMaxRows() {
    return get(ConnectionProperty.MAX_ROWS);
  }

  /** Accepted; connecting is bounded by the {@code connectTimeout} property instead. */
  @Override
  public void setLoginTimeout(int seconds) {
    loginTimeoutSeconds = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeoutSeconds;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    logWriter = out;
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public Logger getParentLogger() {
    return Logger.getLogger("io.dynamosql.jdbc");
  }
}
