package io.dynamosql.jdbc.plan.expr;

import io.dynamosql.jdbc.exec.value.Truth;
import io.dynamosql.jdbc.type.SqlType;
import java.sql.SQLException;
import java.util.List;

/** {@code NOT operand}: NULL stays NULL. */
public record Not(Expr operand) implements Expr {

  @Override
  public SqlType type() {
    return SqlType.BOOLEAN;
  }

  @Override
  public Object eval(EvalContext context, Object[] row) throws SQLException {
    return Truth.not(Truth.condition(operand.eval(context, row)));
  }

  @Override
  public List<Expr> children() {
    return List.of(operand);
  }

  @Override
  public Expr withChildren(List<Expr> children) {
    return new Not(children.get(0));
  }

  @Override
  public String sql() {
    return "NOT (" + operand.sql() + ")";
  }
}
