package io.dynamosql.jdbc.plan.expr;

import io.dynamosql.jdbc.exec.function.ScalarFunction;
import io.dynamosql.jdbc.type.SqlType;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A call of a scalar function of the function library. */
public record FunctionCall(ScalarFunction function, List<Expr> arguments, SqlType type)
    implements Expr {

  public FunctionCall {
    arguments = List.copyOf(arguments);
  }

  @Override
  public Object eval(EvalContext context, Object[] row) throws SQLException {
    List<Object> values = new ArrayList<>(arguments.size());
    for (Expr argument : arguments) {
      values.add(argument.eval(context, row));
    }
    return function.apply(values);
  }

  @Override
  public List<Expr> children() {
    return arguments;
  }

  @Override
  public Expr withChildren(List<Expr> children) {
    return new FunctionCall(function, children, type);
  }

  @Override
  public String sql() {
    return arguments.stream()
        .map(Expr::sql)
        .collect(Collectors.joining(", ", function.name() + "(", ")"));
  }
}
