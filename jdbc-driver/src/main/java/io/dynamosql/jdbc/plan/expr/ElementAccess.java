package io.dynamosql.jdbc.plan.expr;

import io.dynamosql.jdbc.exec.value.Coercion;
import io.dynamosql.jdbc.type.SqlType;
import java.sql.SQLException;
import java.util.List;

/** {@code target[index]} on a list (DynamoDB L), 0-based like DynamoDB's document paths. */
public record ElementAccess(Expr target, Expr index) implements Expr {

  @Override
  public SqlType type() {
    return SqlType.VARIANT;
  }

  @Override
  public Object eval(EvalContext context, Object[] row) throws SQLException {
    Object list = target.eval(context, row);
    Object position = index.eval(context, row);
    if (!(list instanceof List<?> elements) || position == null) {
      return null;
    }
    int i = Coercion.toNumber(position).intValue();
    return i >= 0 && i < elements.size() ? elements.get(i) : null;
  }

  @Override
  public List<Expr> children() {
    return List.of(target, index);
  }

  @Override
  public Expr withChildren(List<Expr> children) {
    return new ElementAccess(children.get(0), children.get(1));
  }

  @Override
  public String sql() {
    return target.sql() + "[" + index.sql() + "]";
  }
}
