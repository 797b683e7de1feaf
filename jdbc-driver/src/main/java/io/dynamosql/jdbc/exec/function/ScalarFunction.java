package io.dynamosql.jdbc.exec.function;

import io.dynamosql.jdbc.type.SqlType;
import java.sql.SQLException;
import java.util.List;

/** A scalar SQL function: typed at planning time, applied to one row's argument values. */
public interface ScalarFunction {

  /** The upper-case SQL name, e.g. {@code "LOWER"}. */
  String name();

  /**
   * The type of the result for arguments of these types (NULL for a bare NULL, VARIANT when only
   * the run time knows).
   *
   * @throws SQLException 42883 when no signature takes that many arguments, 42804 when the types do
   *     not fit; both messages name the function and its accepted signatures
   */
  SqlType returnType(List<SqlType> argumentTypes) throws SQLException;

  /**
   * The result for these argument values (value model in and out; null = SQL NULL).
   *
   * @throws SQLException 42883 on a wrong number of arguments, 42804 when a value has the wrong
   *     type, 22xxx when a value is out of the function's domain
   */
  Object apply(List<Object> arguments) throws SQLException;

  /** False for functions whose result changes between calls (CURRENT_TIMESTAMP, NOW ...). */
  default boolean deterministic() {
    return true;
  }

  /**
   * Whether a NULL argument makes the result NULL (SQL's RETURNS NULL ON NULL INPUT), so that the
   * engine may skip the call. The few functions for which this is false document their NULL
   * handling.
   */
  default boolean returnsNullOnNullInput() {
    return true;
  }

  /**
   * The accepted signatures as SQL text, e.g. {@code ["ROUND(NUMERIC)", "ROUND(NUMERIC, BIGINT)"]}.
   */
  default List<String> signatures() {
    return List.of(name() + "(...)");
  }
}
