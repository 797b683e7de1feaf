package io.dynamosql.jdbc.schema;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One table as SQL sees it.
 *
 * @param schemaName the schema it belongs to
 * @param name the SQL name (the physical name unless a mapping renames it)
 * @param physicalTableName the DynamoDB table it reads
 * @param kind TABLE, or VIEW for a single-table entity view
 * @param sortKeyPrefix for a VIEW: the sort key prefix its items share (e.g. {@code ORDER#})
 * @param columns the columns, key columns first (partition key, then sort key)
 * @param indexes the primary key first, then GSIs and LSIs
 * @param itemCount DynamoDB's approximate item count, if known
 * @param status DynamoDB's table status (ACTIVE, ...)
 * @param refreshedAt when this description was read from DynamoDB
 */
public record TableSchema(
    String schemaName,
    String name,
    String physicalTableName,
    TableKind kind,
    Optional<String> sortKeyPrefix,
    List<ColumnSchema> columns,
    List<IndexSchema> indexes,
    OptionalLong itemCount,
    String status,
    Instant refreshedAt) {

  public TableSchema {
    columns = List.copyOf(columns);
    indexes = List.copyOf(indexes);
  }

  /** The table's own key. */
  public IndexSchema primaryKey() {
    return indexes.get(0);
  }

  /** The column with exactly this name. */
  public Optional<ColumnSchema> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }
}
