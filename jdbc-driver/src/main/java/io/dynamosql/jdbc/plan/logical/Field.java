package io.dynamosql.jdbc.plan.logical;

import io.dynamosql.jdbc.schema.ColumnSchema;
import io.dynamosql.jdbc.schema.TableSchema;
import io.dynamosql.jdbc.type.SqlType;
import java.util.Optional;

/**
 * One column of a plan node's output.
 *
 * @param id unique within a statement; column references carry it
 * @param qualifier the table alias or name that qualifies it ({@code ""} for none)
 * @param name the column name or label
 * @param column the table column it reads directly, if it is one
 * @param table the table of that column
 */
public record Field(
    int id,
    String qualifier,
    String name,
    SqlType type,
    Optional<ColumnSchema> column,
    Optional<TableSchema> table) {

  /** A computed column. */
  public static Field computed(int id, String name, SqlType type) {
    return new Field(id, "", name, type, Optional.empty(), Optional.empty());
  }

  /** The same field seen under another qualifier and id (a derived table or CTE). */
  public Field renamed(int newId, String newQualifier, String newName) {
    return new Field(newId, newQualifier, newName, type, column, table);
  }
}
