package io.dynamosql.jdbc.differential;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One value (as {@link QueryResult} materialised it) in a form both engines agree on, as text with
 * a type tag: {@code NULL}, {@code N:} numbers (exact decimals with trailing zeros stripped, or
 * rounded to 12 significant digits in an approximate column), {@code S:} strings, {@code B:}
 * booleans, {@code X:} binary as hex, {@code D:} dates, {@code T:} timestamps (UTC), {@code L:}
 * lists (sorted when they are sets) and {@code M:} maps (sorted keys, NULL fields dropped: a struct
 * has every field, a DynamoDB map only those present).
 */
final class CanonicalValue {

  static final String NULL = "NULL";
  private static final MathContext APPROXIMATE = new MathContext(12);

  private CanonicalValue() {}

  /**
   * @param approximate round numbers (a column one engine computes in floating point)
   * @param set sort the elements of a collection (a DynamoDB set has no order)
   */
  static String of(Object value, boolean approximate, boolean set) {
    if (value == null) {
      return NULL;
    }
    if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
      return "N:" + d;
    }
    if (value instanceof Number number) {
      BigDecimal decimal = decimal(number);
      return "N:"
          + (approximate ? decimal.round(APPROXIMATE) : decimal)
              .stripTrailingZeros()
              .toPlainString();
    }
    if (value instanceof String text) {
      return "S:" + text;
    }
    if (value instanceof Boolean bool) {
      return "B:" + bool;
    }
    if (value instanceof byte[] bytes) {
      return "X:" + HexFormat.of().formatHex(bytes);
    }
    if (value instanceof List<?> list) {
      return collection(list, approximate, set);
    }
    if (value instanceof Map<?, ?> map) {
      return map(map, approximate);
    }
    return temporal(value);
  }

  private static BigDecimal decimal(Number number) {
    if (number instanceof BigDecimal decimal) {
      return decimal;
    }
    if (number instanceof BigInteger integer) {
      return new BigDecimal(integer);
    }
    if (number instanceof Double || number instanceof Float) {
      return new BigDecimal(number.doubleValue());
    }
    return BigDecimal.valueOf(number.longValue());
  }

  private static String collection(List<?> elements, boolean approximate, boolean set) {
    List<String> canonical = new ArrayList<>();
    for (Object element : elements) {
      canonical.add(of(element, approximate, false));
    }
    if (set) {
      canonical.sort(null);
    }
    return "L:" + canonical;
  }

  private static String map(Map<?, ?> map, boolean approximate) {
    Map<String, String> canonical = new TreeMap<>();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (entry.getValue() != null) {
        canonical.put(String.valueOf(entry.getKey()), of(entry.getValue(), approximate, false));
      }
    }
    return "M:" + canonical;
  }

  private static String temporal(Object value) {
    if (value instanceof LocalDate date) {
      return "D:" + date;
    }
    if (value instanceof java.sql.Date date) {
      return "D:" + date.toLocalDate();
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return "T:" + timestamp.toLocalDateTime();
    }
    if (value instanceof LocalDateTime dateTime) {
      return "T:" + dateTime;
    }
    if (value instanceof Instant instant) {
      return "T:" + LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
    if (value instanceof OffsetDateTime dateTime) {
      return "T:" + dateTime.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
    return "?" + value.getClass().getSimpleName() + ":" + value;
  }
}
