package io.dynamosql.jdbc.plan.expr;

import io.dynamosql.jdbc.exec.value.Truth;
import io.dynamosql.jdbc.type.SqlType;
import java.sql.SQLException;
import java.util.List;

/** {@code operand IS [NOT] TRUE|FALSE}: never NULL. */
public record BooleanTest(Expr operand, boolean expected, boolean negated) implements Expr {

  @Override
  public SqlType type() {
    return SqlType.BOOLEAN;
  }

  @Override
  public Object eval(EvalContext context, Object[] row) throws SQLException {
    Boolean value = Truth.condition(operand.eval(context, row));
    return (value != null && value == expected) != negated;
  }

  @Override
  public List<Expr> children() {
    return List.of(operand);
  }

  @Override
  public Expr withChildren(List<Expr> children) {
    return new BooleanTest(children.get(0), expected, negated);
  }

  @Override
  public String sql() {
    return operand.sql() + (negated ? " IS NOT " : " IS ") + (expected ? "TRUE" : "FALSE");
  }
}
