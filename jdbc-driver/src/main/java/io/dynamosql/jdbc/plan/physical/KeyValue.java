package io.dynamosql.jdbc.plan.physical;

import io.dynamosql.jdbc.plan.expr.Expr;
import io.dynamosql.jdbc.schema.ColumnSchema;

/**
 * A key attribute and the value it must equal (evaluated when the read starts). An IN {@link
 * io.dynamosql.jdbc.plan.expr.SubqueryExpr} as the value stands for every value its rows hold (a
 * key {@code IN (SELECT ...)}); the same holds for the partition values of a {@link QueryPath}.
 */
public record KeyValue(ColumnSchema column, Expr value) {

  public String attribute() {
    return column.attributePath().get(0);
  }
}
