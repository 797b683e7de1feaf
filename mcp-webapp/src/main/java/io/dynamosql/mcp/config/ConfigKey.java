package io.dynamosql.mcp.config;

/**
 * Every MicroProfile Config key the MCP webapp reads, with its default and meaning. {@code
 * docs/mcp.md} documents each one (a test keeps the two in step).
 */
public enum ConfigKey {
  PUBLIC_BASE_URL(
      "dynamosql.public-base-url",
      "http://127.0.0.1:8080",
      "Public origin clients connect to; the MCP resource URL is this plus /mcp."),
  AUTH_ENABLED(
      "dynamosql.mcp.auth.enabled",
      "true",
      "Require MicroProfile JWT bearer tokens. Only the conformance profile turns this off."),
  ALLOWED_ORIGINS(
      "dynamosql.mcp.allowed-origins",
      "",
      "Comma-separated extra browser origins allowed besides the public base URL and loopback."),
  MAX_BODY_BYTES(
      "dynamosql.mcp.max-body-bytes", "1048576", "Largest accepted request body (413 above it)."),
  BODY_TIMEOUT_SECONDS(
      "dynamosql.mcp.body-timeout-seconds",
      "10",
      "Time a client has to send the whole request body; after it the answer is 408 and the"
          + " connection is closed."),
  CURSOR_KEY(
      "dynamosql.mcp.cursor-key",
      "",
      "Secret for signing run_sql cursors (HMAC-SHA256); empty means a random key per process,"
          + " which breaks cursors across instances."),
  DEFAULT_MAX_ROWS("dynamosql.mcp.default-max-rows", "100", "run_sql rows per page by default."),
  MAX_ROWS("dynamosql.mcp.max-rows", "1000", "Largest max_rows a run_sql call may ask for."),
  MAX_TABLES("dynamosql.mcp.max-tables", "200", "list_tables returns at most this many tables."),
  QUERY_TIMEOUT_SECONDS(
      "dynamosql.mcp.query-timeout-seconds", "30", "Statement timeout of run_sql and /v1/query."),
  RATE_LIMIT_CAPACITY(
      "dynamosql.mcp.rate-limit.capacity", "60", "Token bucket size per client (burst)."),
  RATE_LIMIT_PER_MINUTE(
      "dynamosql.mcp.rate-limit.per-minute", "120", "Tokens added per minute per client."),
  AUDIT_FILE(
      "dynamosql.mcp.audit-file",
      "",
      "File that receives one JSON line per tools/call; empty writes them to the server log."),
  CONFORMANCE_PROFILE(
      "dynamosql.mcp.conformance-profile",
      "false",
      "Test only: serve the MCP conformance suite's fixture tools, resources and prompts without"
          + " authentication. Refused unless the public base URL is a loopback address.");

  private final String key;
  private final String defaultValue;
  private final String description;

  ConfigKey(String key, String defaultValue, String description) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.description = description;
  }

  public String key() {
    return key;
  }

  public String defaultValue() {
    return defaultValue;
  }

  public String description() {
    return description;
  }
}
