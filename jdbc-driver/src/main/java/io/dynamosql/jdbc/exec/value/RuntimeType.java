package io.dynamosql.jdbc.exec.value;

import io.dynamosql.jdbc.type.ConversionFailure;
import io.dynamosql.jdbc.type.SetValue;
import io.dynamosql.jdbc.type.SqlType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** The SQL type of a runtime value, for messages and for values of VARIANT columns. */
public final class RuntimeType {

  private RuntimeType() {}

  /**
   * BigDecimal → DECIMAL, Long/Integer/Short/Byte → BIGINT, Double/Float → DOUBLE, String →
   * VARCHAR, Boolean → BOOLEAN, byte[] → VARBINARY, LocalDate → DATE, Instant (and local or offset
   * date-times) → TIMESTAMP, SetValue → ARRAY, List/Map → JSON, null → NULL, anything else →
   * VARIANT.
   */
  public static SqlType of(Object value) {
    if (value == null) {
      return SqlType.NULL;
    }
    if (value instanceof String) {
      return SqlType.VARCHAR;
    }
    if (value instanceof BigDecimal) {
      return SqlType.DECIMAL;
    }
    if (isIntegral(value)) {
      return SqlType.BIGINT;
    }
    if (value instanceof Double || value instanceof Float) {
      return SqlType.DOUBLE;
    }
    if (value instanceof Boolean) {
      return SqlType.BOOLEAN;
    }
    if (value instanceof byte[]) {
      return SqlType.VARBINARY;
    }
    if (value instanceof LocalDate) {
      return SqlType.DATE;
    }
    if (isTimestamp(value)) {
      return SqlType.TIMESTAMP;
    }
    if (value instanceof SetValue) {
      return SqlType.ARRAY;
    }
    if (value instanceof List<?> || value instanceof Map<?, ?>) {
      return SqlType.JSON;
    }
    return SqlType.VARIANT;
  }

  /** The value as error messages show it: its type, then the quoted value ({@code DECIMAL '5'}). */
  public static String describe(Object value) {
    return of(value).typeName() + " " + ConversionFailure.describe(value);
  }

  static boolean isIntegral(Object value) {
    return value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte;
  }

  static boolean isTimestamp(Object value) {
    return value instanceof Instant
        || value instanceof OffsetDateTime
        || value instanceof LocalDateTime;
  }

  static boolean isTemporal(Object value) {
    return value instanceof LocalDate || isTimestamp(value);
  }
}
