package io.dynamosql.jdbc.exec;

import io.dynamosql.jdbc.error.SqlState;
import io.dynamosql.jdbc.exec.value.Coercion;
import io.dynamosql.jdbc.type.SqlType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Turns the values an application bound to {@code ?} markers into the value model. */
final class ParameterValues {

  private ParameterValues() {}

  static List<Object> of(List<Object> given, List<SqlType> types) throws SQLException {
    if (given.size() < types.size()) {
      throw SqlState.PARAMETER_NOT_SET.exception(
          "Parameter "
              + (given.size() + 1)
              + " has no value (the statement has "
              + types.size()
              + ")");
    }
    List<Object> values = new ArrayList<>(given.size());
    for (int i = 0; i < given.size(); i++) {
      Object value = model(given.get(i));
      SqlType type = i < types.size() ? types.get(i) : SqlType.VARCHAR;
      if (value != null && type.isNumeric() && !(value instanceof Number)) {
        value = Coercion.cast(value, SqlType.DECIMAL);
      } else if (value != null && type == SqlType.VARCHAR && value instanceof BigDecimal d) {
        value = d.toPlainString();
      }
      values.add(value);
    }
    return values;
  }

  private static Object model(Object value) {
    if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof BigInteger big) {
      return new BigDecimal(big);
    }
    if (value instanceof Float f) {
      return new BigDecimal(f.toString());
    }
    if (value instanceof Double d) {
      return BigDecimal.valueOf(d);
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof Character c) {
      return String.valueOf(c);
    }
    return value;
  }
}
