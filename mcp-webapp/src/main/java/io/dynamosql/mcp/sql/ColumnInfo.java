package io.dynamosql.mcp.sql;

/**
 * One column as {@code DatabaseMetaData.getColumns} describes it.
 *
 * @param name the column name
 * @param type the SQL type name ({@code TYPE_NAME})
 * @param nullable false only when the driver says {@code columnNoNulls}
 * @param dynamodbType the DynamoDB attribute type(s), or null when the driver does not say
 * @param keyRole the column's part in the primary key ({@code PARTITION_KEY}, {@code SORT_KEY}), or
 *     null
 */
public record ColumnInfo(
    String name, String type, boolean nullable, String dynamodbType, String keyRole) {}
