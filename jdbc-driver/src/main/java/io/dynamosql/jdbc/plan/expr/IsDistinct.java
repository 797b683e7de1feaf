package io.dynamosql.jdbc.plan.expr;

import io.dynamosql.jdbc.exec.value.SqlComparison;
import io.dynamosql.jdbc.type.SqlType;
import java.sql.SQLException;
import java.util.List;

/** {@code left IS [NOT] DISTINCT FROM right}: NULLs compare equal, never NULL. */
public record IsDistinct(Expr left, Expr right, boolean negated) implements Expr {

  @Override
  public SqlType type() {
    return SqlType.BOOLEAN;
  }

  @Override
  public Object eval(EvalContext context, Object[] row) throws SQLException {
    Object a = left.eval(context, row);
    Object b = right.eval(context, row);
    boolean same = SqlComparison.notDistinct(a, b);
    return same == negated;
  }

  @Override
  public List<Expr> children() {
    return List.of(left, right);
  }

  @Override
  public Expr withChildren(List<Expr> children) {
    return new IsDistinct(children.get(0), children.get(1), negated);
  }

  @Override
  public String sql() {
    return left.sql() + (negated ? " IS NOT DISTINCT FROM " : " IS DISTINCT FROM ") + right.sql();
  }
}
