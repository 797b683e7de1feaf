package io.dynamosql.jdbc.exec.value;

import io.dynamosql.jdbc.error.SqlState;
import io.dynamosql.jdbc.type.SetValue;
import io.dynamosql.jdbc.type.TemporalConversions;
import io.dynamosql.jdbc.type.ValueConversions;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * SQL comparison ({@code = <> < <= > >=}, BETWEEN, IN, MIN/MAX) of two values.
 *
 * <ul>
 *   <li>Numbers numerically across BigDecimal, Long and Double; strings byte-wise in UTF-8 order
 *       (as DynamoDB does); booleans false before true; binaries unsigned byte-wise; dates and
 *       timestamps on one time line (UTC); lists lexicographically, sets and maps structurally.
 *   <li>A string against another type is read as that type, as DuckDB reads a string literal: as a
 *       number ({@code '10' > 9}), an ISO-8601 date or timestamp, a boolean ({@code 'true'}), or
 *       its UTF-8 bytes against a binary. A string that does not read fails with 22018 quoting it.
 *   <li>Any other pair of types fails with 42804 (e.g. a number against a map).
 * </ul>
 */
public final class SqlComparison {

  private SqlComparison() {}

  /**
   * The sign of {@code a - b} (-1, 0 or 1), or null when either value is null.
   *
   * @throws SQLException 42804 when the types cannot be compared, 22018 when a string does not read
   *     as the other value's type
   */
  public static Integer compare(Object a, Object b) throws SQLException {
    if (a == null || b == null) {
      return null;
    }
    return Integer.signum(order(a, b));
  }

  /**
   * Three-valued equality: null when either value is null, otherwise whether the values are equal
   * by {@link #compare}. Values that cannot be compared are not equal (no exception), as in
   * DynamoDB, where a condition between different types is simply false.
   */
  public static Boolean equal(Object a, Object b) {
    if (a == null || b == null) {
      return null;
    }
    try {
      return order(a, b) == 0;
    } catch (SQLException incomparable) {
      return Boolean.FALSE;
    }
  }

  /**
   * {@code a IS NOT DISTINCT FROM b}: two nulls are not distinct, a null and a value are, two
   * values are not distinct when {@link #equal} holds. Never UNKNOWN.
   */
  public static boolean notDistinct(Object a, Object b) {
    if (a == null || b == null) {
      return a == b;
    }
    return equal(a, b);
  }

  private static int order(Object a, Object b) throws SQLException {
    if (a instanceof String x && b instanceof String y) {
      return ValueOrder.compareText(x, y);
    }
    if (a instanceof Number x && b instanceof Number y) {
      return ValueOrder.compareNumbers(x, y);
    }
    if (a instanceof Boolean x && b instanceof Boolean y) {
      return Boolean.compare(x, y);
    }
    if (a instanceof byte[] x && b instanceof byte[] y) {
      return Arrays.compareUnsigned(x, y);
    }
    if (RuntimeType.isTemporal(a) && RuntimeType.isTemporal(b)) {
      return ValueOrder.compareTemporal(a, b);
    }
    if (sameDocumentKind(a, b)) {
      return ValueOrder.INSTANCE.compare(a, b);
    }
    if (a instanceof String text && isScalar(b)) {
      return order(readAs(text, b), b);
    }
    if (b instanceof String text && isScalar(a)) {
      return order(a, readAs(text, a));
    }
    throw SqlState.DATATYPE_MISMATCH.exception(
        "Cannot compare " + RuntimeType.describe(a) + " with " + RuntimeType.describe(b));
  }

  private static boolean sameDocumentKind(Object a, Object b) {
    return (a instanceof List<?> && b instanceof List<?>)
        || (a instanceof Map<?, ?> && b instanceof Map<?, ?>)
        || (a instanceof SetValue x && b instanceof SetValue y && x.kind() == y.kind());
  }

  private static boolean isScalar(Object value) {
    return value instanceof Number
        || value instanceof Boolean
        || value instanceof byte[]
        || RuntimeType.isTemporal(value);
  }

  /** The string as a value of the other operand's type. */
  private static Object readAs(String text, Object other) throws SQLException {
    if (other instanceof Number) {
      return Coercion.toNumber(text);
    }
    if (other instanceof Boolean) {
      return ValueConversions.toBoolean(text);
    }
    if (other instanceof byte[]) {
      return ValueConversions.toBytes(text);
    }
    if (other instanceof LocalDate) {
      return TemporalConversions.toLocalDate(text, ZoneOffset.UTC);
    }
    return TemporalConversions.toInstant(text, ZoneOffset.UTC);
  }
}
