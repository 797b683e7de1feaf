package io.dynamosql.mcp.sql;

import java.util.List;

/**
 * Everything {@code DatabaseMetaData} says about one table.
 *
 * @param table the table's listing entry
 * @param columns the columns in ordinal order
 * @param indexes the primary key first, then secondary indexes by name
 */
public record TableDescription(
    TableSummary table, List<ColumnInfo> columns, List<IndexInfo> indexes) {

  public TableDescription {
    columns = List.copyOf(columns);
    indexes = List.copyOf(indexes);
  }
}
