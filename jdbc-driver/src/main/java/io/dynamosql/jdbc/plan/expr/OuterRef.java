package io.dynamosql.jdbc.plan.expr;

import io.dynamosql.jdbc.type.SqlType;
import java.util.List;

/** A column of an enclosing query's row: what makes a subquery correlated. */
public record OuterRef(int depth, int index, SqlType type, String name, int fieldId)
    implements Expr {

  @Override
  public Object eval(EvalContext context, Object[] row) {
    return context.outerRow(depth)[index];
  }

  @Override
  public List<Expr> children() {
    return List.of();
  }

  @Override
  public Expr withChildren(List<Expr> children) {
    return this;
  }

  @Override
  public String sql() {
    return name;
  }
}
