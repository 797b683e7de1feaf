package io.dynamosql.jdbc.plan.expr;

import io.dynamosql.jdbc.type.SqlType;
import java.sql.SQLException;
import java.util.List;

/** The {@code index}-th (0-based) {@code ?} marker, typed by its context. */
public record Parameter(int index, SqlType type) implements Expr {

  @Override
  public Object eval(EvalContext context, Object[] row) throws SQLException {
    return context.parameter(index);
  }

  @Override
  public List<Expr> children() {
    return List.of();
  }

  @Override
  public Expr withChildren(List<Expr> children) {
    return this;
  }

  @Override
  public String sql() {
    return "?" + (index + 1);
  }
}
