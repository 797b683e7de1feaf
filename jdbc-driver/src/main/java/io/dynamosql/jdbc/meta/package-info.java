/**
 * {@link java.sql.DatabaseMetaData} answered from the {@link io.dynamosql.jdbc.schema.Catalog}.
 * Each result set has every column the JDBC specification lists, in its order ({@link
 * io.dynamosql.jdbc.meta.MetaResult}); DynamoDB's own facts come after them in extra columns, so
 * that a client needs nothing but {@code DatabaseMetaData} (the MCP server's {@code describe_table}
 * is built from these alone):
 *
 * <ul>
 *   <li>{@code getTables}: {@code PHYSICAL_TABLE_NAME} (the DynamoDB table), {@code ITEM_COUNT}
 *       (DynamoDB's approximate count), {@code REFRESHED_AT} (when the description was read),
 *       {@code STALE_AFTER_SECONDS} (the metadata TTL), {@code TABLE_STATUS} (ACTIVE, ...), {@code
 *       SORT_KEY_PREFIX} (for an entity view, the prefix its items' sort key begins with); {@code
 *       TABLE_TYPE} is {@code TABLE} or {@code VIEW} (entity view); {@code REMARKS} sums up the
 *       keys and indexes.
 *   <li>{@code getColumns}: {@code DYNAMODB_TYPE} (the type letters seen, e.g. {@code S}, {@code
 *       N|S} for mixed), {@code KEY_ROLE} ({@code PARTITION_KEY}, {@code SORT_KEY}, {@code NONE}),
 *       {@code ATTRIBUTE_PATH} (the attribute path, dotted; null for the catch-all column); {@code
 *       REMARKS} repeats the DynamoDB type and key role in words, with sampling facts.
 *   <li>{@code getIndexInfo}: one row per key column of the primary key (index name {@code
 *       PRIMARY}, {@code NON_UNIQUE} false) and of each GSI and LSI ({@code NON_UNIQUE} true):
 *       {@code INDEX_TYPE} ({@code PRIMARY}, {@code GSI}, {@code LSI}), {@code PROJECTION} ({@code
 *       ALL}, {@code KEYS_ONLY}, {@code INCLUDE}), {@code PROJECTED_ATTRIBUTES} (comma-separated,
 *       for {@code INCLUDE}), {@code KEY_ROLE} ({@code PARTITION_KEY} for ordinal 1, {@code
 *       SORT_KEY} for ordinal 2) and {@code KEY_TYPE} (the key attribute's DynamoDB type).
 * </ul>
 *
 * <p>The connection's client-info property {@code MetadataRefresh} ({@code IF_STALE}, {@code
 * FORCE}, {@code SKIP}) decides whether a call re-reads DynamoDB or answers from the cache.
 */
package io.dynamosql.jdbc.meta;
