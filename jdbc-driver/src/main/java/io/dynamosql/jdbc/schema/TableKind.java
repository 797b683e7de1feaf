package io.dynamosql.jdbc.schema;

/**
 * What a table reference reads: a whole DynamoDB table, or an entity view of a single-table design.
 */
public enum TableKind {
  TABLE,
  /**
   * Items of a table whose sort key begins with a prefix; the prefix is pushed into the key
   * condition.
   */
  VIEW
}
