package io.dynamosql.jdbc.differential;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The DuckDB type of one demo attribute, as the reference engine stores it: scalars, lists (for
 * DynamoDB sets and lists) and structs (for DynamoDB maps, with the union of the keys seen).
 */
sealed interface OracleType {

  /** The type in DuckDB DDL. */
  String ddl();

  /** A scalar type: VARCHAR, BIGINT, DECIMAL(38,s), BOOLEAN, BLOB. */
  record Scalar(String ddl) implements OracleType {
    static final Scalar VARCHAR = new Scalar("VARCHAR");
    static final Scalar BIGINT = new Scalar("BIGINT");
    static final Scalar BOOLEAN = new Scalar("BOOLEAN");
    static final Scalar BLOB = new Scalar("BLOB");
  }

  /** A DynamoDB set or list. */
  record ListOf(OracleType element) implements OracleType {
    @Override
    public String ddl() {
      return element.ddl() + "[]";
    }
  }

  /** A DynamoDB map; keys missing in an item are NULL fields. */
  record StructOf(Map<String, OracleType> fields) implements OracleType {
    @Override
    public String ddl() {
      return fields.entrySet().stream()
          .map(f -> OracleIdentifiers.quote(f.getKey()) + " " + f.getValue().ddl())
          .collect(Collectors.joining(", ", "STRUCT(", ")"));
    }
  }
}
