package io.dynamosql.jdbc.type;

import java.sql.SQLDataException;

/** The exceptions of a failed value conversion; messages quote the value (shortened). */
final class ConversionFailure {

  private static final int QUOTE_LIMIT = 80;

  private ConversionFailure() {}

  /** 22018: the value has no representation in the target type. */
  static SQLDataException invalid(Object value, String target) {
    return new SQLDataException("Cannot convert " + describe(value) + " to " + target, "22018");
  }

  /** 22003: the value is a number outside the target type's range. */
  static SQLDataException outOfRange(Object value, String target) {
    return new SQLDataException(
        "Value " + describe(value) + " is out of range for " + target, "22003");
  }

  private static String describe(Object value) {
    String text = value instanceof byte[] ? "binary value" : ValueConversions.toText(value);
    if (text.length() > QUOTE_LIMIT) {
      text = text.substring(0, QUOTE_LIMIT) + "...";
    }
    return value instanceof byte[] ? text : "'" + text + "'";
  }
}
