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

  /** DynamoDB's maximum item size, the bound of any one value. */
  public static final int MAX_ITEM_BYTES = 400 * 1024;

  private final int jdbcType;
  private final String typeName;
  private final Class<?> javaClass;

  SqlType(int jdbcType, String typeName, Class<?> javaClass) {
    this.jdbcType = jdbcType;
    this.typeName = typeName;
    this.javaClass = javaClass;
  }

  /**
   * {@code COLUMN_SIZE} / {@code getPrecision}: digits for numbers, characters for dates, bytes or
   * characters for the rest, bounded by DynamoDB's 400 KB item size.
   */
  public int precision() {
    return switch (this) {
      case DECIMAL -> 38;
      case BIGINT -> 19;
      case DOUBLE -> 17;
      case BOOLEAN -> 1;
      case DATE -> 10;
      case TIMESTAMP -> 35;
      case NULL -> 0;
      case VARCHAR, VARBINARY, ARRAY, JSON, VARIANT -> MAX_ITEM_BYTES;
    };
  }

  /**
   * {@code DECIMAL_DIGITS}: 0 for BIGINT, null where it does not apply. DECIMAL has none: DynamoDB
   * numbers carry their own scale (up to 38 significant digits), so the column's scale floats.
   */
  public Integer decimalDigits() {
    return this == BIGINT ? Integer.valueOf(0) : null;
  }

  /** {@code NUM_PREC_RADIX}: 10 for numbers, null otherwise. */
  public Integer radix() {
    return isNumeric() ? Integer.valueOf(10) : null;
  }

  public boolean isNumeric() {
    return this == DECIMAL || this == BIGINT || this == DOUBLE;
  }

  /** {@code getColumnDisplaySize}: the most characters a value renders as. */
  public int displaySize() {
    return switch (this) {
      case DECIMAL -> 40;
      case BIGINT -> 20;
      case DOUBLE -> 24;
      case BOOLEAN -> 5;
      default -> precision();
    };
  }

  /** Whether comparisons of this type distinguish letter case (text does, byte for byte). */
  public boolean isCaseSensitive() {
    return this == VARCHAR || this == JSON || this == VARIANT;
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
