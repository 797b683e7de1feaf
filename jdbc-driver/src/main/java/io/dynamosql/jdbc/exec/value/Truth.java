package io.dynamosql.jdbc.exec.value;

import io.dynamosql.jdbc.error.SqlState;
import java.sql.SQLException;

/** SQL's three-valued logic: {@code null} is UNKNOWN. */
public final class Truth {

  private Truth() {}

  /** FALSE if either is FALSE, else UNKNOWN if either is UNKNOWN, else TRUE. */
  public static Boolean and(Boolean a, Boolean b) {
    if (Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)) {
      return Boolean.FALSE;
    }
    return a == null || b == null ? null : Boolean.TRUE;
  }

  /** TRUE if either is TRUE, else UNKNOWN if either is UNKNOWN, else FALSE. */
  public static Boolean or(Boolean a, Boolean b) {
    if (Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b)) {
      return Boolean.TRUE;
    }
    return a == null || b == null ? null : Boolean.FALSE;
  }

  /** UNKNOWN stays UNKNOWN. */
  public static Boolean not(Boolean a) {
    return a == null ? null : Boolean.valueOf(!a);
  }

  /** Whether a WHERE/HAVING/ON/CASE condition holds: only TRUE does, UNKNOWN and FALSE do not. */
  public static boolean isTrue(Object value) {
    return Boolean.TRUE.equals(value);
  }

  /**
   * A value used as a condition (e.g. {@code WHERE attributes.battery}): a Boolean or null as is.
   *
   * @throws SQLException 42804 for any other value, quoting it
   */
  public static Boolean condition(Object value) throws SQLException {
    if (value == null || value instanceof Boolean) {
      return (Boolean) value;
    }
    throw SqlState.DATATYPE_MISMATCH.exception(
        "A condition must be BOOLEAN, not " + RuntimeType.describe(value));
  }
}
