package io.dynamosql.mcp.sql;

/**
 * The extra result-set columns the DynamoSQL driver adds to {@code DatabaseMetaData} results for
 * MCP. Every one is optional: a driver without them yields nulls, never an error.
 */
final class DriverMetadataColumns {

  private DriverMetadataColumns() {}

  /** {@code getTables}: the DynamoDB table name. */
  static final String PHYSICAL_TABLE_NAME = "PHYSICAL_TABLE_NAME";

  /** {@code getTables}: DynamoDB's approximate item count. */
  static final String ITEM_COUNT = "ITEM_COUNT";

  /** {@code getTables}: when the description was read from DynamoDB (timestamp). */
  static final String REFRESHED_AT = "REFRESHED_AT";

  /** {@code getTables}: seconds a description is served before it is re-read. */
  static final String STALE_AFTER_SECONDS = "STALE_AFTER_SECONDS";

  /** {@code getColumns}: the DynamoDB type letters of the attribute. */
  static final String DYNAMODB_TYPE = "DYNAMODB_TYPE";

  /** {@code getColumns}: PARTITION_KEY, SORT_KEY or NONE. */
  static final String KEY_ROLE = "KEY_ROLE";

  /** {@code getIndexInfo}: PRIMARY, GSI or LSI. */
  static final String INDEX_TYPE = "INDEX_TYPE";

  /** {@code getIndexInfo}: ALL, KEYS_ONLY or INCLUDE. */
  static final String PROJECTION = "PROJECTION";
}
