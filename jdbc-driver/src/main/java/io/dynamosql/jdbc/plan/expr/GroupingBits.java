package io.dynamosql.jdbc.plan.expr;

import io.dynamosql.jdbc.type.SqlType;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;

/**
 * {@code GROUPING(a, b)} over an Aggregate's row: a bit per argument, the first highest, set when
 * the argument is not grouped in the row's grouping set.
 *
 * @param groupingId the Aggregate's grouping id column (a bit per group, the first highest)
 * @param positions each argument's index among the Aggregate's groups
 * @param groups how many groups the Aggregate has
 */
public record GroupingBits(Expr groupingId, List<Integer> positions, int groups, String label)
    implements Expr {

  public GroupingBits {
    positions = List.copyOf(positions);
  }

  @Override
  public SqlType type() {
    return SqlType.BIGINT;
  }

  @Override
  public Object eval(EvalContext context, Object[] row) throws SQLException {
    long id = ((BigDecimal) groupingId.eval(context, row)).longValueExact();
    long bits = 0;
    for (int position : positions) {
      bits = bits << 1 | (id >> (groups - 1 - position) & 1);
    }
    return BigDecimal.valueOf(bits);
  }

  @Override
  public List<Expr> children() {
    return List.of(groupingId);
  }

  @Override
  public Expr withChildren(List<Expr> children) {
    return new GroupingBits(children.get(0), positions, groups, label);
  }

  @Override
  public String sql() {
    return label;
  }
}
