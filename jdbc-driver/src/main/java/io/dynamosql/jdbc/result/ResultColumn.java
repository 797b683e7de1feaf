package io.dynamosql.jdbc.result;

import io.dynamosql.jdbc.type.SqlType;

/**
 * One column of a result.
 *
 * @param label the column label ({@code AS} alias, or the name)
 * @param name the underlying column name (the label for computed columns)
 * @param schemaName the source table's schema, empty for computed columns
 * @param tableName the source table, empty for computed columns
 * @param type the SQL type
 * @param nullable whether the column may hold NULL
 */
public record ResultColumn(
    String label,
    String name,
    String schemaName,
    String tableName,
    SqlType type,
    boolean nullable) {

  /** A computed column (no source table). */
  public static ResultColumn computed(String label, SqlType type) {
    return new ResultColumn(label, label, "", "", type, true);
  }
}
