package io.dynamosql.jdbc.schema;

import io.dynamosql.jdbc.type.SqlType;

/**
 * One column of a table.
 *
 * @param name the column name as SQL sees it (the attribute name, or a dotted path for a nested
 *     attribute exposed as its own column)
 * @param attributePath the DynamoDB attribute path, one element per level (a top-level attribute
 *     with a dot in its name is one element); empty for the catch-all column, whose value is a map
 *     of the item's attributes that no other column of the table names (see {@link
 *     ColumnInference#CATCH_ALL})
 * @param type the inferred (or configured) SQL type
 * @param dynamoType the DynamoDB type letters seen: {@code S}, {@code N}, {@code B}, {@code BOOL},
 *     {@code SS}, {@code NS}, {@code BS}, {@code L}, {@code M}, or several joined by {@code |} when
 *     items disagree
 * @param nullable false only for key attributes
 * @param keyRole the column's part in the primary key
 * @param ordinal 1-based position in the table
 * @param remarks human-readable notes for {@code REMARKS} (DynamoDB type, key role, sampling facts)
 */
public record ColumnSchema(
    String name,
    java.util.List<String> attributePath,
    SqlType type,
    String dynamoType,
    boolean nullable,
    KeyRole keyRole,
    int ordinal,
    String remarks) {

  public ColumnSchema {
    attributePath = java.util.List.copyOf(attributePath);
  }

  /** Whether this is the catch-all column (no attribute path of its own). */
  public boolean isCatchAll() {
    return attributePath.isEmpty();
  }
}
