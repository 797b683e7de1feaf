package io.dynamosql.jdbc.schema;

/** The kinds of DynamoDB key structures a query can read through. */
public enum IndexType {
  PRIMARY,
  GSI,
  LSI
}
