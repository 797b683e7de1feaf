package io.dynamosql.jdbc.plan.physical;

import io.dynamosql.jdbc.plan.expr.Expr;
import io.dynamosql.jdbc.schema.ColumnSchema;

/**
 * The sort-key part of a key condition.
 *
 * @param upper the upper bound of BETWEEN, null otherwise
 */
public record SortCondition(ColumnSchema column, Kind kind, Expr value, Expr upper) {

  /** The sort-key conditions DynamoDB's KeyConditionExpression allows. */
  public enum Kind {
    EQ("="),
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">="),
    BETWEEN("BETWEEN"),
    BEGINS_WITH("begins_with");

    private final String symbol;

    Kind(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }

  public String attribute() {
    return column.attributePath().get(0);
  }
}
