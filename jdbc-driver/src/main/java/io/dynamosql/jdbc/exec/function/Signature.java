package io.dynamosql.jdbc.exec.function;

import io.dynamosql.jdbc.type.SqlType;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One accepted form of a function: its parameters (the last one repeating when {@code variadic}, at
 * least once) and how the result type follows from the argument types.
 */
record Signature(List<Parameter> parameters, boolean variadic, ReturnType returnType) {

  /** The result type of a call with these argument types. */
  @FunctionalInterface
  interface ReturnType {
    SqlType of(List<SqlType> argumentTypes) throws SQLException;

    static ReturnType fixed(SqlType type) {
      return arguments -> type;
    }
  }

  Signature {
    parameters = List.copyOf(parameters);
  }

  boolean takes(int arity) {
    return variadic ? arity >= parameters.size() : arity == parameters.size();
  }

  /** The parameter of the argument at {@code index} (0-based). */
  Parameter parameter(int index) {
    return parameters.get(Math.min(index, parameters.size() - 1));
  }

  boolean accepts(List<SqlType> argumentTypes) {
    for (int i = 0; i < argumentTypes.size(); i++) {
      if (!parameter(i).accepts(argumentTypes.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The signature as SQL text, e.g. {@code LPAD(VARCHAR, BIGINT, VARCHAR)}. */
  String render(String name) {
    String list = parameters.stream().map(Parameter::display).collect(Collectors.joining(", "));
    return name + "(" + list + (variadic ? ", ..." : "") + ")";
  }
}
