package io.dynamosql.jdbc.plan.expr;

import io.dynamosql.jdbc.type.SqlType;
import java.sql.SQLException;
import java.util.List;

/** {@code NULLIF(a, b)}: NULL when a = b, else a. */
public record NullIf(Expr left, Expr right) implements Expr {

  @Override
  public SqlType type() {
    return left.type();
  }

  @Override
  public Object eval(EvalContext context, Object[] row) throws SQLException {
    Object a = left.eval(context, row);
    Object b = right.eval(context, row);
    return Boolean.TRUE.equals(Comparison.test(Comparison.Operator.EQ, a, b)) ? null : a;
  }

  @Override
  public List<Expr> children() {
    return List.of(left, right);
  }

  @Override
  public Expr withChildren(List<Expr> children) {
    return new NullIf(children.get(0), children.get(1));
  }

  @Override
  public String sql() {
    return "NULLIF(" + left.sql() + ", " + right.sql() + ")";
  }
}
