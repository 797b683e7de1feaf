package io.dynamosql.jdbc.plan.expr;

import io.dynamosql.jdbc.exec.value.Arithmetic;
import io.dynamosql.jdbc.type.SqlType;
import java.sql.SQLException;
import java.util.List;

/** {@code left op right} for + - * / %; NULL-propagating (semantics of {@link Arithmetic}). */
public record BinaryArithmetic(Arithmetic operator, Expr left, Expr right, SqlType type)
    implements Expr {

  @Override
  public Object eval(EvalContext context, Object[] row) throws SQLException {
    Object a = left.eval(context, row);
    if (a == null) {
      return null;
    }
    return operator.apply(a, right.eval(context, row));
  }

  @Override
  public List<Expr> children() {
    return List.of(left, right);
  }

  @Override
  public Expr withChildren(List<Expr> children) {
    return new BinaryArithmetic(operator, children.get(0), children.get(1), type);
  }

  @Override
  public String sql() {
    return "(" + left.sql() + " " + operator.symbol() + " " + right.sql() + ")";
  }
}
