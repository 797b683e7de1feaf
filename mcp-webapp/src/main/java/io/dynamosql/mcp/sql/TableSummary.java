package io.dynamosql.mcp.sql;

import java.time.Instant;

/**
 * One table as {@code DatabaseMetaData.getTables} lists it.
 *
 * @param schema the schema ({@code TABLE_SCHEM})
 * @param name the SQL table name
 * @param physicalName the DynamoDB table behind it (the SQL name when the driver does not say)
 * @param itemCount DynamoDB's approximate item count, or null when unknown
 * @param refreshedAt when the driver last read this table's description, or null when unknown
 * @param staleAfterSeconds how long the driver serves that description before re-reading it, or
 *     null when unknown
 */
public record TableSummary(
    String schema,
    String name,
    String physicalName,
    Long itemCount,
    Instant refreshedAt,
    Long staleAfterSeconds) {

  public String qualifiedName() {
    return schema == null ? name : schema + "." + name;
  }
}
