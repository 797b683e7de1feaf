package io.dynamosql.jdbc.plan.expr;

import io.dynamosql.jdbc.error.SqlState;
import io.dynamosql.jdbc.exec.value.Truth;
import io.dynamosql.jdbc.plan.logical.LogicalPlan;
import io.dynamosql.jdbc.type.SqlType;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A subquery used as a value: scalar, EXISTS, IN, or a quantified comparison ({@code op ANY/ALL}).
 *
 * @param operand the left side of IN / ANY / ALL, null otherwise
 * @param operator the comparison of ANY / ALL ({@code EQ} for IN)
 * @param correlated whether the plan reads {@link OuterRef}s (then it runs once per row)
 */
public record SubqueryExpr(
    Kind kind,
    LogicalPlan plan,
    Expr operand,
    Comparison.Operator operator,
    boolean negated,
    boolean correlated,
    SqlType type)
    implements Expr {

  /** The shapes of a subquery expression. */
  public enum Kind {
    SCALAR,
    EXISTS,
    IN,
    ANY,
    ALL
  }

  @Override
  public Object eval(EvalContext context, Object[] row) throws SQLException {
    return switch (kind) {
      case SCALAR -> scalar(context.subqueryRows(this, row, 2));
      case EXISTS -> context.subqueryRows(this, row, 1).isEmpty() == negated;
      case IN -> {
        Object value = operand.eval(context, row);
        List<Object> candidates = firstColumn(context.subqueryRows(this, row, Integer.MAX_VALUE));
        yield InList.membership(value, candidates, negated);
      }
      case ANY, ALL -> quantified(context, row);
    };
  }

  private Object scalar(List<Object[]> rows) throws SQLException {
    if (rows.size() > 1) {
      throw SqlState.CARDINALITY_VIOLATION.exception(
          "A scalar subquery returned more than one row: " + plan.describe());
    }
    return rows.isEmpty() ? null : rows.get(0)[0];
  }

  private Object quantified(EvalContext context, Object[] row) throws SQLException {
    Object value = operand.eval(context, row);
    boolean all = kind == Kind.ALL;
    Boolean result = all;
    for (Object candidate : firstColumn(context.subqueryRows(this, row, Integer.MAX_VALUE))) {
      Boolean test = value == null ? null : Comparison.test(operator, value, candidate);
      result = all ? Truth.and(result, test) : Truth.or(result, test);
      if (result != null && result != all) {
        return result;
      }
    }
    return result;
  }

  private static List<Object> firstColumn(List<Object[]> rows) {
    List<Object> values = new ArrayList<>(rows.size());
    rows.forEach(r -> values.add(r[0]));
    return values;
  }

  @Override
  public List<Expr> children() {
    return operand == null ? List.of() : List.of(operand);
  }

  @Override
  public Expr withChildren(List<Expr> children) {
    return children.isEmpty()
        ? this
        : new SubqueryExpr(kind, plan, children.get(0), operator, negated, correlated, type);
  }

  @Override
  public String sql() {
    String inner = "(subquery)";
    return switch (kind) {
      case SCALAR -> inner;
      case EXISTS -> (negated ? "NOT EXISTS " : "EXISTS ") + inner;
      case IN -> operand.sql() + (negated ? " NOT IN " : " IN ") + inner;
      case ANY, ALL -> operand.sql() + " " + operator.symbol() + " " + kind + " " + inner;
    };
  }
}
