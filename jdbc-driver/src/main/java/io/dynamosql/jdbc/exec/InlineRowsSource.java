package io.dynamosql.jdbc.exec;

import io.dynamosql.jdbc.plan.expr.EvalContext;
import io.dynamosql.jdbc.plan.expr.Expr;
import io.dynamosql.jdbc.plan.logical.InlineRows;
import java.sql.SQLException;
import java.util.List;

/** The rows of a VALUES list, evaluated as they are taken. */
final class InlineRowsSource implements RowSource {

  private final InlineRows values;
  private final EvalContext context;
  private int next;

  InlineRowsSource(InlineRows values, EvalContext context) {
    this.values = values;
    this.context = context;
  }

  @Override
  public Object[] next() throws SQLException {
    if (next >= values.rows().size()) {
      return null;
    }
    List<Expr> exprs = values.rows().get(next++);
    Object[] row = new Object[exprs.size()];
    for (int i = 0; i < row.length; i++) {
      row[i] = exprs.get(i).eval(context, Operators.NO_ROW);
    }
    return row;
  }

  @Override
  public void close() {
    next = values.rows().size();
  }
}
