package io.dynamosql.jdbc.exec.function;

import static io.dynamosql.jdbc.exec.function.Parameter.ANY;

import io.dynamosql.jdbc.exec.value.Coercion;
import io.dynamosql.jdbc.exec.value.SqlComparison;
import io.dynamosql.jdbc.type.SqlType;
import java.sql.SQLException;
import java.util.List;

/**
 * GREATEST and LEAST: the largest or smallest argument by {@link SqlComparison}, skipping NULLs as
 * DuckDB and PostgreSQL do (NULL only when every argument is NULL); the result type is the common
 * type of the arguments ({@link Coercion#commonType}). Arguments that do not compare fail with
 * 42804 or 22018.
 */
final class ComparisonFunctions {

  private ComparisonFunctions() {}

  static List<BuiltinFunction> all() {
    return List.of(extreme("GREATEST", 1), extreme("LEAST", -1));
  }

  private static BuiltinFunction extreme(String name, int direction) {
    return BuiltinFunction.named(name)
        .takesVariadic(ComparisonFunctions::commonType, ANY)
        .calledOnNull()
        .does(a -> pick(a, direction));
  }

  private static SqlType commonType(List<SqlType> types) {
    SqlType common = SqlType.NULL;
    for (SqlType type : types) {
      common = Coercion.commonType(common, type);
    }
    return common;
  }

  private static Object pick(List<Object> arguments, int direction) throws SQLException {
    Object best = null;
    for (Object argument : arguments) {
      if (argument != null
          && (best == null || SqlComparison.compare(argument, best) * direction > 0)) {
        best = argument;
      }
    }
    return best;
  }
}
