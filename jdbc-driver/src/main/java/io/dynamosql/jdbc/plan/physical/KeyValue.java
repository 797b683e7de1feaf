package io.dynamosql.jdbc.plan.physical;

import io.dynamosql.jdbc.plan.expr.Expr;
import io.dynamosql.jdbc.schema.ColumnSchema;

/** A key attribute and the value it must equal (evaluated when the read starts). */
public record KeyValue(ColumnSchema column, Expr value) {

  public String attribute() {
    return column.attributePath().get(0);
  }
}
