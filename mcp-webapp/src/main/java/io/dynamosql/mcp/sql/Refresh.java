package io.dynamosql.mcp.sql;

/** The {@code refresh} argument of the schema tools: how fresh the metadata must be. */
public enum Refresh {
  /** Re-read DynamoDB when the cached description is stale (the default). */
  IF_STALE,
  /** Re-read DynamoDB now. */
  FORCE,
  /** Answer from the cache, however old. */
  SKIP
}
