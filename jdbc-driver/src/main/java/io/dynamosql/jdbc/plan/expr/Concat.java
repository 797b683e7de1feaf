package io.dynamosql.jdbc.plan.expr;

import io.dynamosql.jdbc.exec.value.Coercion;
import io.dynamosql.jdbc.type.SqlType;
import java.sql.SQLException;
import java.util.List;

/** The {@code ||} operator: NULL if either side is NULL (unlike the CONCAT function). */
public record Concat(Expr left, Expr right) implements Expr {

  @Override
  public SqlType type() {
    return SqlType.VARCHAR;
  }

  @Override
  public Object eval(EvalContext context, Object[] row) throws SQLException {
    Object a = left.eval(context, row);
    if (a == null) {
      return null;
    }
    Object b = right.eval(context, row);
    if (b == null) {
      return null;
    }
    return Coercion.cast(a, SqlType.VARCHAR) + (String) Coercion.cast(b, SqlType.VARCHAR);
  }

  @Override
  public List<Expr> children() {
    return List.of(left, right);
  }

  @Override
  public Expr withChildren(List<Expr> children) {
    return new Concat(children.get(0), children.get(1));
  }

  @Override
  public String sql() {
    return left.sql() + " || " + right.sql();
  }
}
