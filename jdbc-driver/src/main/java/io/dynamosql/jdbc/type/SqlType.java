package io.dynamosql.jdbc.type;

import java.sql.Types;

/** The SQL types the driver exposes, each with its JDBC type code and {@code TYPE_NAME}. */
public enum SqlType {
  VARCHAR(Types.VARCHAR, "VARCHAR", String.class),
  /** DynamoDB N: up to 38 significant digits. */
  DECIMAL(Types.DECIMAL, "DECIMAL", java.math.BigDecimal.class),
  /** DynamoDB N when every sampled value is integral and fits a long. */
  BIGINT(Types.BIGINT, "BIGINT", Long.class),
  DOUBLE(Types.DOUBLE, "DOUBLE", Double.class),
  BOOLEAN(Types.BOOLEAN, "BOOLEAN", Boolean.class),
  VARBINARY(Types.VARBINARY, "VARBINARY", byte[].class),
  DATE(Types.DATE, "DATE", java.sql.Date.class),
  TIMESTAMP(Types.TIMESTAMP_WITH_TIMEZONE, "TIMESTAMP WITH TIME ZONE", java.sql.Timestamp.class),
  /** DynamoDB SS, NS and BS. */
  ARRAY(Types.ARRAY, "ARRAY", java.sql.Array.class),
  /** DynamoDB L and M: readable as JSON text, or as List/Map through getObject. */
  JSON(Types.OTHER, "JSON", Object.class),
  /** An attribute whose type differs between items. */
  VARIANT(Types.OTHER, "VARIANT", Object.class),
  /** The type of a bare NULL literal. */
  NULL(Types.NULL, "NULL", Object.class);

  private final int jdbcType;
  private final String typeName;
  private final Class<?> javaClass;

  SqlType(int jdbcType, String typeName, Class<?> javaClass) {
    this.jdbcType = jdbcType;
    this.typeName = typeName;
    this.javaClass = javaClass;
  }

  /** The {@link java.sql.Types} code. */
  public int jdbcType() {
    return jdbcType;
  }

  /** The {@code TYPE_NAME} reported by metadata. */
  public String typeName() {
    return typeName;
  }

  /** What {@code getObject} returns for a column of this type. */
  public Class<?> javaClass() {
    return javaClass;
  }
}
