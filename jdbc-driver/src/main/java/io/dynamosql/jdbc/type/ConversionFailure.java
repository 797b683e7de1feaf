package io.dynamosql.jdbc.type;

import io.dynamosql.jdbc.error.SqlState;
import java.sql.SQLDataException;

/**
 * The exceptions of a failed value conversion; messages quote the value (shortened). The casts are
 * safe: {@link SqlState} makes every 22xxx state a {@link SQLDataException}. Public so that the
 * engine's casts and functions quote values the same way.
 */
public final class ConversionFailure {

  private static final int QUOTE_LIMIT = 80;

  private ConversionFailure() {}

  /** 22018: the value has no representation in the target type. */
  public static SQLDataException invalid(Object value, String target) {
    return (SQLDataException)
        SqlState.INVALID_CHARACTER_VALUE_FOR_CAST.exception(
            "Cannot convert " + describe(value) + " to " + target);
  }

  /** 22003: the value is a number outside the target type's range. */
  public static SQLDataException outOfRange(Object value, String target) {
    return (SQLDataException)
        SqlState.NUMERIC_VALUE_OUT_OF_RANGE.exception(
            "Value " + describe(value) + " is out of range for " + target);
  }

  /** The value as messages quote it: in quotes, shortened, binary values not spelled out. */
  public static String describe(Object value) {
    String text = value instanceof byte[] ? "binary value" : ValueConversions.toText(value);
    if (text.length() > QUOTE_LIMIT) {
      text = text.substring(0, QUOTE_LIMIT) + "...";
    }
    return value instanceof byte[] ? text : "'" + text + "'";
  }
}
