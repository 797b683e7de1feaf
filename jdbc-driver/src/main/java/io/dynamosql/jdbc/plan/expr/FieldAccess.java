package io.dynamosql.jdbc.plan.expr;

import io.dynamosql.jdbc.type.SqlType;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** {@code target.key} on a map (DynamoDB M); NULL when the key or the map is missing. */
public record FieldAccess(Expr target, String key) implements Expr {

  @Override
  public SqlType type() {
    return SqlType.VARIANT;
  }

  @Override
  public Object eval(EvalContext context, Object[] row) throws SQLException {
    return target.eval(context, row) instanceof Map<?, ?> map ? map.get(key) : null;
  }

  @Override
  public List<Expr> children() {
    return List.of(target);
  }

  @Override
  public Expr withChildren(List<Expr> children) {
    return new FieldAccess(children.get(0), key);
  }

  @Override
  public String sql() {
    return target.sql() + "." + key;
  }
}
