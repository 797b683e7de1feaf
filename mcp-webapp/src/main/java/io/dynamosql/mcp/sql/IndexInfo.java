package io.dynamosql.mcp.sql;

/**
 * A key structure of a table: its primary key or a secondary index.
 *
 * @param name the index name ({@code PRIMARY} for the table's own key)
 * @param type {@code PRIMARY}, {@code GSI}, {@code LSI}, or {@code INDEX} when the driver does not
 *     say which
 * @param hashKey the partition key column
 * @param hashKeyType its DynamoDB (or SQL) type
 * @param sortKey the sort key column, or null
 * @param sortKeyType its type, or null
 * @param projection {@code ALL}, {@code KEYS_ONLY} or {@code INCLUDE}, or null when unknown
 */
public record IndexInfo(
    String name,
    String type,
    String hashKey,
    String hashKeyType,
    String sortKey,
    String sortKeyType,
    String projection) {}
