package io.dynamosql.jdbc.schema;

/** The part a column plays in the table's primary key. */
public enum KeyRole {
  PARTITION_KEY,
  SORT_KEY,
  NONE
}
