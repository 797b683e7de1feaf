package io.dynamosql.jdbc.exec;

import io.dynamosql.jdbc.exec.value.Truth;
import io.dynamosql.jdbc.plan.expr.EvalContext;
import io.dynamosql.jdbc.plan.expr.Expr;
import java.sql.SQLException;

/** Passes the rows for which the condition is TRUE. */
final class FilterSource implements RowSource {

  private final RowSource input;
  private final Expr condition;
  private final EvalContext context;

  FilterSource(RowSource input, Expr condition, EvalContext context) {
    this.input = input;
    this.condition = condition;
    this.context = context;
  }

  @Override
  public Object[] next() throws SQLException {
    for (Object[] row = input.next(); row != null; row = input.next()) {
      if (Truth.isTrue(condition.eval(context, row))) {
        return row;
      }
    }
    return null;
  }

  @Override
  public void close() {
    input.close();
  }
}
