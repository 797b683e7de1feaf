package io.dynamosql.jdbc.plan.expr;

import io.dynamosql.jdbc.exec.value.Truth;
import io.dynamosql.jdbc.type.SqlType;
import java.sql.SQLException;
import java.util.List;

/** {@code operand [NOT] BETWEEN low AND high}. */
public record Between(Expr operand, Expr low, Expr high, boolean negated) implements Expr {

  @Override
  public SqlType type() {
    return SqlType.BOOLEAN;
  }

  @Override
  public Object eval(EvalContext context, Object[] row) throws SQLException {
    Object value = operand.eval(context, row);
    Boolean inside =
        Truth.and(
            Comparison.test(Comparison.Operator.GE, value, low.eval(context, row)),
            Comparison.test(Comparison.Operator.LE, value, high.eval(context, row)));
    return negated ? Truth.not(inside) : inside;
  }

  @Override
  public List<Expr> children() {
    return List.of(operand, low, high);
  }

  @Override
  public Expr withChildren(List<Expr> children) {
    return new Between(children.get(0), children.get(1), children.get(2), negated);
  }

  @Override
  public String sql() {
    return operand.sql()
        + (negated ? " NOT BETWEEN " : " BETWEEN ")
        + low.sql()
        + " AND "
        + high.sql();
  }
}
