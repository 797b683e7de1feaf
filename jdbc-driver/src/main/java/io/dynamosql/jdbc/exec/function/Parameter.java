package io.dynamosql.jdbc.exec.function;

import io.dynamosql.jdbc.error.SqlState;
import io.dynamosql.jdbc.exec.value.Coercion;
import io.dynamosql.jdbc.exec.value.RuntimeType;
import io.dynamosql.jdbc.type.SetValue;
import io.dynamosql.jdbc.type.SqlType;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a function parameter accepts, at planning time (static types) and at run time (values,
 * converted to what the function body works on). Every parameter accepts NULL and VARIANT types
 * statically; a VARIANT's value is checked when it arrives.
 *
 * <p>Like DuckDB, text parameters do not take numbers ({@code LOWER(123)} is a type error), while
 * numeric parameters take strings that read as numbers (string literals, parameters bound with
 * {@code setString}).
 */
enum Parameter {
  /** A String. */
  TEXT("VARCHAR", EnumSet.of(SqlType.VARCHAR)),
  /** A Number: BigDecimal, Long or Double as given, a numeric string as BigDecimal. */
  NUMBER("NUMERIC", EnumSet.of(SqlType.BIGINT, SqlType.DECIMAL, SqlType.DOUBLE, SqlType.VARCHAR)),
  /** A long, from any number (rounded half away from zero, like CAST) or numeric string. */
  INTEGER("BIGINT", EnumSet.of(SqlType.BIGINT, SqlType.DECIMAL, SqlType.DOUBLE, SqlType.VARCHAR)),
  /** A date or timestamp, an ISO-8601 string or an epoch number, passed on as it is. */
  TEMPORAL(
      "DATE|TIMESTAMP",
      EnumSet.of(
          SqlType.DATE,
          SqlType.TIMESTAMP,
          SqlType.VARCHAR,
          SqlType.BIGINT,
          SqlType.DECIMAL,
          SqlType.DOUBLE)),
  /** A string, binary, set, list or map, passed on as it is. */
  SIZED(
      "VARCHAR|VARBINARY|ARRAY|JSON",
      EnumSet.of(SqlType.VARCHAR, SqlType.VARBINARY, SqlType.ARRAY, SqlType.JSON)),
  /** Any value, passed on as it is. */
  ANY("ANY", EnumSet.allOf(SqlType.class));

  private final String display;
  private final Set<SqlType> accepted;

  Parameter(String display, Set<SqlType> accepted) {
    this.display = display;
    this.accepted = accepted;
  }

  /** How signatures show the parameter. */
  String display() {
    return display;
  }

  boolean accepts(SqlType type) {
    return type == SqlType.NULL || type == SqlType.VARIANT || accepted.contains(type);
  }

  /**
   * The non-null value converted for the function body.
   *
   * @throws SQLException 42804 when the value's type does not fit, 22018 when a string does not
   *     read as a number
   */
  Object convert(Object value, String function, int position) throws SQLException {
    return switch (this) {
      case TEXT -> {
        if (value instanceof String) {
          yield value;
        }
        throw mismatch(value, function, position);
      }
      case NUMBER -> {
        if (value instanceof Number) {
          yield value;
        }
        yield number(value, function, position);
      }
      case INTEGER -> Coercion.cast(number(value, function, position), SqlType.BIGINT);
      case TEMPORAL -> {
        if (accepted.contains(RuntimeType.of(value))) {
          yield value;
        }
        throw mismatch(value, function, position);
      }
      case SIZED -> {
        if (value instanceof String
            || value instanceof byte[]
            || value instanceof SetValue
            || value instanceof List<?>
            || value instanceof Map<?, ?>) {
          yield value;
        }
        throw mismatch(value, function, position);
      }
      case ANY -> value;
    };
  }

  private Object number(Object value, String function, int position) throws SQLException {
    if (value instanceof Number || value instanceof String) {
      return Coercion.toNumber(value);
    }
    throw mismatch(value, function, position);
  }

  private SQLException mismatch(Object value, String function, int position) {
    return SqlState.DATATYPE_MISMATCH.exception(
        "Function "
            + function
            + " expects "
            + display
            + " as argument "
            + position
            + ", not "
            + RuntimeType.describe(value));
  }
}
