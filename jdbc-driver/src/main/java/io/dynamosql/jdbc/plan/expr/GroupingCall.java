package io.dynamosql.jdbc.plan.expr;

import io.dynamosql.jdbc.error.SqlState;
import io.dynamosql.jdbc.type.SqlType;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code GROUPING(a, b)} as written, until the binder knows the query's groups and replaces it with
 * a {@link GroupingBits} over the Aggregate's row.
 */
public record GroupingCall(List<Expr> arguments) implements Expr {

  public GroupingCall {
    arguments = List.copyOf(arguments);
  }

  @Override
  public SqlType type() {
    return SqlType.BIGINT;
  }

  @Override
  public Object eval(EvalContext context, Object[] row) throws SQLException {
    throw SqlState.SYNTAX_ERROR.exception(sql() + " needs a GROUP BY");
  }

  @Override
  public List<Expr> children() {
    return arguments;
  }

  @Override
  public Expr withChildren(List<Expr> children) {
    return new GroupingCall(children);
  }

  @Override
  public String sql() {
    return arguments.stream().map(Expr::sql).collect(Collectors.joining(", ", "GROUPING(", ")"));
  }
}
