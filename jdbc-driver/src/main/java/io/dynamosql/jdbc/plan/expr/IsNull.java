package io.dynamosql.jdbc.plan.expr;

import io.dynamosql.jdbc.type.SqlType;
import java.sql.SQLException;
import java.util.List;

/** {@code operand IS [NOT] NULL}: a missing attribute is NULL too. */
public record IsNull(Expr operand, boolean negated) implements Expr {

  @Override
  public SqlType type() {
    return SqlType.BOOLEAN;
  }

  @Override
  public Object eval(EvalContext context, Object[] row) throws SQLException {
    return (operand.eval(context, row) == null) != negated;
  }

  @Override
  public List<Expr> children() {
    return List.of(operand);
  }

  @Override
  public Expr withChildren(List<Expr> children) {
    return new IsNull(children.get(0), negated);
  }

  @Override
  public String sql() {
    return operand.sql() + (negated ? " IS NOT NULL" : " IS NULL");
  }
}
