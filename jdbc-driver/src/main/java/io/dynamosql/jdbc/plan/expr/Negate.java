package io.dynamosql.jdbc.plan.expr;

import io.dynamosql.jdbc.exec.value.Coercion;
import io.dynamosql.jdbc.type.SqlType;
import java.sql.SQLException;
import java.util.List;

/** Unary minus. */
public record Negate(Expr operand) implements Expr {

  @Override
  public SqlType type() {
    return operand.type();
  }

  @Override
  public Object eval(EvalContext context, Object[] row) throws SQLException {
    Object value = operand.eval(context, row);
    return value instanceof Double d ? -d : Coercion.negate(value);
  }

  @Override
  public List<Expr> children() {
    return List.of(operand);
  }

  @Override
  public Expr withChildren(List<Expr> children) {
    return new Negate(children.get(0));
  }

  @Override
  public String sql() {
    return "-" + operand.sql();
  }
}
