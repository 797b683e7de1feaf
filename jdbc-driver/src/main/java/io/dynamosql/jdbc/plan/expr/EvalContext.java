package io.dynamosql.jdbc.plan.expr;

import java.sql.SQLException;
import java.util.List;

/** What evaluation needs beyond the row: parameter values, enclosing rows, subquery results. */
public interface EvalContext {

  /** The value of the {@code index}-th (0-based) {@code ?} marker. */
  Object parameter(int index) throws SQLException;

  /** The row of the enclosing query {@code depth} levels out (1: the directly enclosing one). */
  Object[] outerRow(int depth);

  /**
   * Up to {@code limit} rows of a subquery evaluated for the current {@code row} (its outer row);
   * uncorrelated subqueries are run once per execution.
   */
  List<Object[]> subqueryRows(SubqueryExpr subquery, Object[] row, int limit) throws SQLException;
}
