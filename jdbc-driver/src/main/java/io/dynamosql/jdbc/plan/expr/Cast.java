package io.dynamosql.jdbc.plan.expr;

import io.dynamosql.jdbc.exec.value.Coercion;
import io.dynamosql.jdbc.type.SqlType;
import java.sql.SQLException;
import java.util.List;

/** {@code CAST(operand AS type)}; a DECIMAL(p, s) rounds half away from zero to scale s. */
public record Cast(Expr operand, SqlType type, Integer precision, Integer scale, String typeText)
    implements Expr {

  @Override
  public Object eval(EvalContext context, Object[] row) throws SQLException {
    Object value = operand.eval(context, row);
    return scale != null
        ? Coercion.castDecimal(value, precision, scale)
        : Coercion.cast(value, type);
  }

  @Override
  public List<Expr> children() {
    return List.of(operand);
  }

  @Override
  public Expr withChildren(List<Expr> children) {
    return new Cast(children.get(0), type, precision, scale, typeText);
  }

  @Override
  public String sql() {
    return "CAST(" + operand.sql() + " AS " + typeText + ")";
  }
}
