package io.dynamosql.jdbc.schema;

/** How a metadata read treats the cache (the MCP tools' {@code refresh} argument). */
public enum RefreshMode {
  /** Re-read DynamoDB if the cached description is older than the metadata TTL (the default). */
  IF_STALE,
  /** Re-read DynamoDB now. */
  FORCE,
  /** Answer from the cache, however old; read DynamoDB only if nothing is cached. */
  SKIP
}
