package io.dynamosql.jdbc.plan.expr;

import io.dynamosql.jdbc.type.SqlType;
import java.util.List;

/**
 * The value at {@code index} of the input row.
 *
 * @param fieldId the bound field read (stable across plan rewrites; tells which attributes a query
 *     needs)
 */
public record ColumnRef(int index, SqlType type, String name, int fieldId) implements Expr {

  @Override
  public Object eval(EvalContext context, Object[] row) {
    return row[index];
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
