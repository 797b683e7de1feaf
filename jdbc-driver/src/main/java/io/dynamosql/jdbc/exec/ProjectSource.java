package io.dynamosql.jdbc.exec;

import io.dynamosql.jdbc.plan.expr.EvalContext;
import io.dynamosql.jdbc.plan.expr.Expr;
import java.sql.SQLException;
import java.util.List;

/** Computes each output column from the input row. */
final class ProjectSource implements RowSource {

  private final RowSource input;
  private final List<Expr> exprs;
  private final EvalContext context;

  ProjectSource(RowSource input, List<Expr> exprs, EvalContext context) {
    this.input = input;
    this.exprs = exprs;
    this.context = context;
  }

  @Override
  public Object[] next() throws SQLException {
    Object[] row = input.next();
    if (row == null) {
      return null;
    }
    Object[] out = new Object[exprs.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = exprs.get(i).eval(context, row);
    }
    return out;
  }

  @Override
  public void close() {
    input.close();
  }
}
