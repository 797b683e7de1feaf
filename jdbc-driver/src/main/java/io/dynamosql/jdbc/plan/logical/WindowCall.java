package io.dynamosql.jdbc.plan.logical;

import io.dynamosql.jdbc.plan.expr.Expr;
import io.dynamosql.jdbc.type.SqlType;
import java.util.List;
import java.util.stream.Collectors;

/** One window function call: {@code function OVER (PARTITION BY ... ORDER BY ... frame)}. */
public record WindowCall(
    WindowFunction function,
    List<Expr> partitionBy,
    List<SortKey> orderBy,
    WindowFrame frame,
    SqlType type) {

  public WindowCall {
    partitionBy = List.copyOf(partitionBy);
    orderBy = List.copyOf(orderBy);
  }

  public String sql() {
    String over =
        String.join(
            " ",
            (partitionBy.isEmpty()
                    ? ""
                    : "PARTITION BY "
                        + partitionBy.stream().map(Expr::sql).collect(Collectors.joining(", ")))
                + (orderBy.isEmpty()
                    ? ""
                    : (partitionBy.isEmpty() ? "" : " ")
                        + "ORDER BY "
                        + orderBy.stream().map(SortKey::sql).collect(Collectors.joining(", "))),
            frame.equals(WindowFrame.DEFAULT) ? "" : frame.sql());
    return function.sql() + " OVER (" + over.strip() + ")";
  }
}
