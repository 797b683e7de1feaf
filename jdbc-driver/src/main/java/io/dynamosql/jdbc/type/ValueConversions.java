package io.dynamosql.jdbc.type;

import io.dynamosql.jdbc.error.SqlState;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.SQLDataException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Converts values of the value model (see {@code package-info}) to the Java types the JDBC getters
 * return. Every method takes a non-null value (the caller handles SQL NULL) and throws {@link
 * SQLDataException} 22018 quoting the value when no conversion exists, 22003 when a number does not
 * fit.
 *
 * <ul>
 *   <li>Text: anything renders; L, M and sets as {@link JsonText}, binary as base64, numbers as
 *       plain decimal strings.
 *   <li>Numbers: from N, from numeric strings (trimmed), from booleans (1/0). Narrowing to an
 *       integral type truncates the fraction toward zero, as {@code CAST} does, and checks the
 *       range.
 *   <li>Booleans: BOOL; numbers (non-zero is true); the strings true/false, t/f, yes/no, y/n, 1/0.
 *   <li>Binary: B; strings as their UTF-8 bytes.
 * </ul>
 */
public final class ValueConversions {

  private ValueConversions() {}

  /** The text of a value: what {@code getString} returns. */
  public static String toText(Object value) {
    if (value instanceof String text) {
      return text;
    }
    if (value instanceof Number number) {
      return plainNumber(number);
    }
    if (value instanceof byte[] bytes) {
      return Base64.getEncoder().encodeToString(bytes);
    }
    if (JsonText.isDocument(value)) {
      return JsonText.render(value);
    }
    return String.valueOf(value);
  }

  /** A number without exponent notation; non-finite doubles as {@code NaN}/{@code Infinity}. */
  static String plainNumber(Number number) {
    if (number instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if ((number instanceof Double || number instanceof Float)
        && !Double.isFinite(number.doubleValue())) {
      return number.toString();
    }
    if (number instanceof Double || number instanceof Float) {
      return BigDecimal.valueOf(number.doubleValue()).toPlainString();
    }
    return number.toString();
  }

  public static BigDecimal toBigDecimal(Object value) throws SQLDataException {
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof BigInteger integer) {
      return new BigDecimal(integer);
    }
    if (value instanceof Number number) {
      double d = number.doubleValue();
      if (!Double.isFinite(d)) {
        throw ConversionFailure.invalid(value, "DECIMAL");
      }
      return BigDecimal.valueOf(d);
    }
    if (value instanceof Boolean flag) {
      return flag ? BigDecimal.ONE : BigDecimal.ZERO;
    }
    if (value instanceof String text) {
      try {
        return new BigDecimal(text.trim());
      } catch (NumberFormatException e) {
        throw ConversionFailure.invalid(value, "DECIMAL");
      }
    }
    throw ConversionFailure.invalid(value, "DECIMAL");
  }

  public static long toLong(Object value) throws SQLDataException {
    if (value instanceof Long || value instanceof Integer || value instanceof Short) {
      return ((Number) value).longValue();
    }
    BigDecimal decimal = toBigDecimal(value);
    try {
      return decimal.setScale(0, RoundingMode.DOWN).longValueExact();
    } catch (ArithmeticException e) {
      throw ConversionFailure.outOfRange(value, "BIGINT");
    }
  }

  public static int toInt(Object value) throws SQLDataException {
    return (int) narrow(value, Integer.MIN_VALUE, Integer.MAX_VALUE, "INTEGER");
  }

  public static short toShort(Object value) throws SQLDataException {
    return (short) narrow(value, Short.MIN_VALUE, Short.MAX_VALUE, "SMALLINT");
  }

  public static byte toByte(Object value) throws SQLDataException {
    return (byte) narrow(value, Byte.MIN_VALUE, Byte.MAX_VALUE, "TINYINT");
  }

  private static long narrow(Object value, long min, long max, String target)
      throws SQLDataException {
    long result;
    try {
      result = toLong(value);
    } catch (SQLDataException e) {
      if (SqlState.NUMERIC_VALUE_OUT_OF_RANGE.code().equals(e.getSQLState())) {
        throw ConversionFailure.outOfRange(value, target);
      }
      throw e;
    }
    if (result < min || result > max) {
      throw ConversionFailure.outOfRange(value, target);
    }
    return result;
  }

  public static double toDouble(Object value) throws SQLDataException {
    if (value instanceof Number number && !(value instanceof BigDecimal)) {
      return number.doubleValue();
    }
    if (value instanceof String text) {
      String trimmed = text.trim();
      if (trimmed.equals("NaN") || trimmed.endsWith("Infinity")) {
        try {
          return Double.parseDouble(trimmed);
        } catch (NumberFormatException e) {
          throw ConversionFailure.invalid(value, "DOUBLE");
        }
      }
    }
    return toBigDecimal(value).doubleValue();
  }

  public static float toFloat(Object value) throws SQLDataException {
    return (float) toDouble(value);
  }

  public static boolean toBoolean(Object value) throws SQLDataException {
    if (value instanceof Boolean flag) {
      return flag;
    }
    if (value instanceof Number) {
      return toBigDecimal(value).signum() != 0;
    }
    if (value instanceof String text) {
      switch (text.trim().toLowerCase(Locale.ROOT)) {
        case "true", "t", "yes", "y", "1":
          return true;
        case "false", "f", "no", "n", "0":
          return false;
        default:
          throw ConversionFailure.invalid(value, "BOOLEAN");
      }
    }
    throw ConversionFailure.invalid(value, "BOOLEAN");
  }

  public static byte[] toBytes(Object value) throws SQLDataException {
    if (value instanceof byte[] bytes) {
      return bytes.clone();
    }
    if (value instanceof String text) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
    throw ConversionFailure.invalid(value, "VARBINARY");
  }

  /**
   * A JSON value (L or M) as plain Java collections: maps keep their entries, nested sets become
   * lists of their elements, so no driver type leaks to the caller.
   */
  public static Object toJavaDocument(Object value) {
    if (value instanceof SetValue set) {
      return set.elements();
    }
    if (value instanceof List<?> list) {
      List<Object> result = new ArrayList<>(list.size());
      for (Object element : list) {
        result.add(toJavaDocument(element));
      }
      return result;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> result = new LinkedHashMap<>();
      map.forEach((key, element) -> result.put(String.valueOf(key), toJavaDocument(element)));
      return result;
    }
    return value;
  }
}
