package io.dynamosql.jdbc.plan.logical;

import io.dynamosql.jdbc.plan.expr.Expr;
import io.dynamosql.jdbc.type.SqlType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One window function: a ranking function or an aggregate over the rows of its partition up to the
 * current row's last peer (the whole partition without ORDER BY).
 *
 * @param ranking ROW_NUMBER, RANK or DENSE_RANK; null for an aggregate
 * @param aggregate the aggregate for an aggregate window; null for a ranking function
 */
public record WindowCall(
    String ranking,
    AggregateCall aggregate,
    List<Expr> partitionBy,
    List<SortKey> orderBy,
    SqlType type) {

  public WindowCall {
    partitionBy = List.copyOf(partitionBy);
    orderBy = List.copyOf(orderBy);
  }

  public String sql() {
    return (ranking != null ? ranking + "()" : aggregate.sql())
        + " OVER ("
        + (partitionBy.isEmpty()
            ? ""
            : "PARTITION BY "
                + partitionBy.stream().map(Expr::sql).collect(Collectors.joining(", ")))
        + (orderBy.isEmpty()
            ? ""
            : " ORDER BY " + orderBy.stream().map(SortKey::sql).collect(Collectors.joining(", ")))
        + ")";
  }
}
