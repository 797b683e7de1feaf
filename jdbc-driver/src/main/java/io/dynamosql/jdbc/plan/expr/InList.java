package io.dynamosql.jdbc.plan.expr;

import io.dynamosql.jdbc.type.SqlType;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** {@code operand [NOT] IN (values)} with SQL's NULL rules. */
public record InList(Expr operand, List<Expr> values, boolean negated) implements Expr {

  public InList {
    values = List.copyOf(values);
  }

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
    List<Object> candidates = new ArrayList<>(values.size());
    for (Expr candidate : values) {
      candidates.add(candidate.eval(context, row));
    }
    return membership(value, candidates, negated);
  }

  /** {@code value [NOT] IN candidates}: TRUE on a match, NULL if no match but a NULL candidate. */
  public static Boolean membership(Object value, List<Object> candidates, boolean negated)
      throws SQLException {
    if (value == null) {
      return candidates.isEmpty() ? negated : null;
    }
    boolean sawNull = false;
    for (Object candidate : candidates) {
      Boolean equal = Comparison.test(Comparison.Operator.EQ, value, candidate);
      if (equal == null) {
        sawNull = true;
      } else if (equal) {
        return !negated;
      }
    }
    return sawNull ? null : negated;
  }

  @Override
  public List<Expr> children() {
    List<Expr> all = new ArrayList<>();
    all.add(operand);
    all.addAll(values);
    return all;
  }

  @Override
  public Expr withChildren(List<Expr> children) {
    return new InList(children.get(0), children.subList(1, children.size()), negated);
  }

  @Override
  public String sql() {
    return operand.sql()
        + (negated ? " NOT IN (" : " IN (")
        + values.stream().map(Expr::sql).collect(Collectors.joining(", "))
        + ")";
  }
}
