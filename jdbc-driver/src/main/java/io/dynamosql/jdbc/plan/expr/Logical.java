package io.dynamosql.jdbc.plan.expr;

import io.dynamosql.jdbc.exec.value.Truth;
import io.dynamosql.jdbc.type.SqlType;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** AND or OR over two or more operands, three-valued, short-circuiting. */
public record Logical(boolean and, List<Expr> operands) implements Expr {

  public Logical {
    operands = List.copyOf(operands);
  }

  /** The conjunction of {@code conjuncts}: TRUE when empty, the operand itself when one. */
  public static Expr and(List<Expr> conjuncts) {
    if (conjuncts.isEmpty()) {
      return Literal.TRUE;
    }
    return conjuncts.size() == 1 ? conjuncts.get(0) : new Logical(true, conjuncts);
  }

  /** The operands of a top-level AND, flattened (the expression itself otherwise). */
  public static List<Expr> conjuncts(Expr expr) {
    List<Expr> out = new ArrayList<>();
    if (expr instanceof Logical l && l.and()) {
      l.operands().forEach(o -> out.addAll(conjuncts(o)));
    } else if (!(expr instanceof Literal lit && Boolean.TRUE.equals(lit.value()))) {
      out.add(expr);
    }
    return out;
  }

  @Override
  public SqlType type() {
    return SqlType.BOOLEAN;
  }

  @Override
  public Object eval(EvalContext context, Object[] row) throws SQLException {
    Boolean result = and;
    for (Expr operand : operands) {
      Boolean value = Truth.condition(operand.eval(context, row));
      result = and ? Truth.and(result, value) : Truth.or(result, value);
      if (result != null && result != and) {
        return result;
      }
    }
    return result;
  }

  @Override
  public List<Expr> children() {
    return operands;
  }

  @Override
  public Expr withChildren(List<Expr> children) {
    return new Logical(and, children);
  }

  @Override
  public String sql() {
    return operands.stream()
        .map(o -> o instanceof Logical ? "(" + o.sql() + ")" : o.sql())
        .collect(Collectors.joining(and ? " AND " : " OR "));
  }
}
