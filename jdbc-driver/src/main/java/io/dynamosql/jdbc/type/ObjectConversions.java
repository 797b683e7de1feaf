package io.dynamosql.jdbc.type;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLDataException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * What {@code getObject} returns: the natural Java value of a column's {@link SqlType}, or the
 * value converted to a requested class. Arrays ({@code java.sql.Array}) are built by the ResultSet
 * façade, not here.
 */
public final class ObjectConversions {

  private ObjectConversions() {}

  /**
   * The natural Java value for a column of {@code type}: BIGINT → Long, DECIMAL → BigDecimal,
   * DOUBLE → Double, VARCHAR → String, BOOLEAN → Boolean, VARBINARY → byte[], DATE → java.sql.Date,
   * TIMESTAMP → java.sql.Timestamp, JSON → List/Map (or a scalar for JSON that holds one), VARIANT
   * → the value as stored (String, BigDecimal, Boolean, byte[], List, Map). Sets are not handled
   * here.
   */
  public static Object natural(Object value, SqlType type, ZoneId zone) throws SQLDataException {
    return switch (type) {
      case VARCHAR -> ValueConversions.toText(value);
      case DECIMAL -> ValueConversions.toBigDecimal(value);
      case BIGINT -> ValueConversions.toLong(value);
      case DOUBLE -> ValueConversions.toDouble(value);
      case BOOLEAN -> ValueConversions.toBoolean(value);
      case VARBINARY -> ValueConversions.toBytes(value);
      case DATE -> java.sql.Date.valueOf(TemporalConversions.toLocalDate(value, zone));
      case TIMESTAMP -> Timestamp.from(TemporalConversions.toInstant(value, zone));
      case JSON, VARIANT, ARRAY, NULL -> ValueConversions.toJavaDocument(value);
    };
  }

  /**
   * The value as an instance of {@code target}: String, the numeric wrappers and primitives,
   * BigDecimal, BigInteger, Boolean, byte[], java.sql Date/Time/Timestamp, java.time
   * LocalDate/LocalTime/LocalDateTime/Instant/OffsetDateTime (UTC), List and Map (JSON values).
   */
  public static Object as(Object value, Class<?> target, ZoneId zone) throws SQLDataException {
    if (target == String.class) {
      return ValueConversions.toText(value);
    }
    if (target == Long.class || target == long.class) {
      return ValueConversions.toLong(value);
    }
    if (target == Integer.class || target == int.class) {
      return ValueConversions.toInt(value);
    }
    if (target == Short.class || target == short.class) {
      return ValueConversions.toShort(value);
    }
    if (target == Byte.class || target == byte.class) {
      return ValueConversions.toByte(value);
    }
    if (target == Double.class || target == double.class) {
      return ValueConversions.toDouble(value);
    }
    if (target == Float.class || target == float.class) {
      return ValueConversions.toFloat(value);
    }
    if (target == BigDecimal.class) {
      return ValueConversions.toBigDecimal(value);
    }
    if (target == BigInteger.class) {
      return ValueConversions.toBigDecimal(value).toBigInteger();
    }
    if (target == Boolean.class || target == boolean.class) {
      return ValueConversions.toBoolean(value);
    }
    if (target == byte[].class) {
      return ValueConversions.toBytes(value);
    }
    return asTemporalOrDocument(value, target, zone);
  }

  private static Object asTemporalOrDocument(Object value, Class<?> target, ZoneId zone)
      throws SQLDataException {
    if (target == java.sql.Date.class) {
      return java.sql.Date.valueOf(TemporalConversions.toLocalDate(value, zone));
    }
    if (target == java.sql.Time.class) {
      return java.sql.Time.valueOf(TemporalConversions.toLocalTime(value, zone));
    }
    if (target == Timestamp.class || target == java.util.Date.class) {
      return Timestamp.from(TemporalConversions.toInstant(value, zone));
    }
    if (target == LocalDate.class) {
      return TemporalConversions.toLocalDate(value, zone);
    }
    if (target == LocalTime.class) {
      return TemporalConversions.toLocalTime(value, zone);
    }
    if (target == LocalDateTime.class) {
      return TemporalConversions.toLocalDateTime(value, zone);
    }
    if (target == Instant.class) {
      return TemporalConversions.toInstant(value, zone);
    }
    if (target == OffsetDateTime.class) {
      return TemporalConversions.toInstant(value, zone).atOffset(ZoneOffset.UTC);
    }
    Object document = ValueConversions.toJavaDocument(value);
    if ((target == List.class && document instanceof List<?>)
        || (target == Map.class && document instanceof Map<?, ?>)
        || target == Object.class) {
      return document;
    }
    throw ConversionFailure.invalid(value, target.getSimpleName());
  }
}
