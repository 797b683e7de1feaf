package io.dynamosql.jdbc;

import io.dynamosql.jdbc.error.SqlState;
import java.sql.SQLException;
import java.sql.Wrapper;

/**
 * {@link Wrapper} for the driver's objects, which wrap nothing: each unwraps to itself and to the
 * interfaces it implements.
 */
public interface DynamoSqlWrapper extends Wrapper {

  @Override
  default <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface != null && iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw SqlState.GENERAL_ERROR.exception(
        "Not a wrapper for " + (iface == null ? "null" : iface.getName()));
  }

  @Override
  default boolean isWrapperFor(Class<?> iface) {
    return iface != null && iface.isInstance(this);
  }
}
