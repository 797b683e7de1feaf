package io.dynamosql.jdbc.plan.expr;

import io.dynamosql.jdbc.type.SqlType;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/** {@code COALESCE(a, b, ...)}: the first non-NULL operand, evaluated lazily. */
public record Coalesce(List<Expr> operands, SqlType type) implements Expr {

  public Coalesce {
    operands = List.copyOf(operands);
  }

  @Override
  public Object eval(EvalContext context, Object[] row) throws SQLException {
    for (Expr operand : operands) {
      Object value = operand.eval(context, row);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  @Override
  public List<Expr> children() {
    return operands;
  }

  @Override
  public Expr withChildren(List<Expr> children) {
    return new Coalesce(children, type);
  }

  @Override
  public String sql() {
    return operands.stream().map(Expr::sql).collect(Collectors.joining(", ", "COALESCE(", ")"));
  }
}
