package io.dynamosql.jdbc.plan.expr;

import io.dynamosql.jdbc.type.SqlType;
import java.math.BigDecimal;
import java.util.List;

/** A constant in the value model. */
public record Literal(Object value, SqlType type) implements Expr {

  public static final Literal NULL = new Literal(null, SqlType.NULL);
  public static final Literal TRUE = new Literal(Boolean.TRUE, SqlType.BOOLEAN);

  @Override
  public Object eval(EvalContext context, Object[] row) {
    return value;
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
    return text(value);
  }

  /** A value as a SQL literal. */
  public static String text(Object value) {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof String s) {
      return "'" + s.replace("'", "''") + "'";
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    return String.valueOf(value);
  }
}
