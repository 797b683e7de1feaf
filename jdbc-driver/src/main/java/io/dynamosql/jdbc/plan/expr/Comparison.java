package io.dynamosql.jdbc.plan.expr;

import io.dynamosql.jdbc.exec.value.SqlComparison;
import io.dynamosql.jdbc.type.SqlType;
import java.sql.SQLException;
import java.util.List;

/** {@code left op right} with a comparison operator; NULL when either side is NULL. */
public record Comparison(Operator operator, Expr left, Expr right) implements Expr {

  /** The comparison operators, each with its negation and its mirror image. */
  public enum Operator {
    EQ("="),
    NE("<>"),
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">=");

    private final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }

    /** The operator of {@code NOT (a op b)} for non-null operands. */
    public Operator negated() {
      return switch (this) {
        case EQ -> NE;
        case NE -> EQ;
        case LT -> GE;
        case LE -> GT;
        case GT -> LE;
        case GE -> LT;
      };
    }

    /** The operator of {@code b op' a} equivalent to {@code a op b}. */
    public Operator flipped() {
      return switch (this) {
        case EQ, NE -> this;
        case LT -> GT;
        case LE -> GE;
        case GT -> LT;
        case GE -> LE;
      };
    }

    boolean test(int comparison) {
      return switch (this) {
        case EQ -> comparison == 0;
        case NE -> comparison != 0;
        case LT -> comparison < 0;
        case LE -> comparison <= 0;
        case GT -> comparison > 0;
        case GE -> comparison >= 0;
      };
    }
  }

  @Override
  public SqlType type() {
    return SqlType.BOOLEAN;
  }

  @Override
  public Object eval(EvalContext context, Object[] row) throws SQLException {
    Object a = left.eval(context, row);
    if (a == null) {
      return null;
    }
    Object b = right.eval(context, row);
    return test(operator, a, b);
  }

  /** {@code a op b} on values. */
  public static Boolean test(Operator operator, Object a, Object b) throws SQLException {
    if (a == null || b == null) {
      return null;
    }
    if (operator == Operator.EQ || operator == Operator.NE) {
      Boolean equal = SqlComparison.equal(a, b);
      return equal == null ? null : equal == (operator == Operator.EQ);
    }
    Integer comparison = SqlComparison.compare(a, b);
    return comparison == null ? null : operator.test(comparison);
  }

  @Override
  public List<Expr> children() {
    return List.of(left, right);
  }

  @Override
  public Expr withChildren(List<Expr> children) {
    return new Comparison(operator, children.get(0), children.get(1));
  }

  @Override
  public String sql() {
    return left.sql() + " " + operator.symbol + " " + right.sql();
  }
}
