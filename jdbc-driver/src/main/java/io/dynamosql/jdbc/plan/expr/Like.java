package io.dynamosql.jdbc.plan.expr;

import io.dynamosql.jdbc.error.SqlState;
import io.dynamosql.jdbc.exec.value.LikePattern;
import io.dynamosql.jdbc.type.SqlType;
import java.sql.SQLException;
import java.util.List;

/**
 * {@code operand [NOT] LIKE | ILIKE pattern [ESCAPE escape]}; a constant pattern is compiled once,
 * when bound.
 *
 * @param ignoreCase ILIKE (its compiled pattern has no literal prefix, so it is never pushed down)
 */
public record Like(
    Expr operand,
    Expr pattern,
    Character escape,
    boolean negated,
    boolean ignoreCase,
    LikePattern compiled)
    implements Expr {

  @Override
  public SqlType type() {
    return SqlType.BOOLEAN;
  }

  @Override
  public Object eval(EvalContext context, Object[] row) throws SQLException {
    Object value = operand.eval(context, row);
    if (value == null) {
      return null;
    }
    LikePattern like = compiled;
    if (like == null) {
      Object text = pattern.eval(context, row);
      if (text == null) {
        return null;
      }
      like = LikePattern.compile(String.valueOf(text), escape, ignoreCase);
    }
    if (!(value instanceof String text)) {
      throw SqlState.DATATYPE_MISMATCH.exception(
          (ignoreCase ? "ILIKE" : "LIKE")
              + " needs a string, not "
              + Literal.text(value)
              + " ("
              + operand.sql()
              + ")");
    }
    return like.matches(text) != negated;
  }

  @Override
  public List<Expr> children() {
    return List.of(operand, pattern);
  }

  @Override
  public Expr withChildren(List<Expr> children) {
    return new Like(children.get(0), children.get(1), escape, negated, ignoreCase, compiled);
  }

  @Override
  public String sql() {
    return operand.sql()
        + (negated ? " NOT " : " ")
        + (ignoreCase ? "ILIKE " : "LIKE ")
        + pattern.sql()
        + (escape == null ? "" : " ESCAPE " + Literal.text(String.valueOf(escape)));
  }
}
