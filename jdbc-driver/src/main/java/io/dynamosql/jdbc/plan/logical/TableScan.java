package io.dynamosql.jdbc.plan.logical;

import io.dynamosql.jdbc.plan.expr.Expr;
import io.dynamosql.jdbc.plan.expr.Logical;
import io.dynamosql.jdbc.schema.TableSchema;
import java.util.List;

/**
 * A table reference before its access path is chosen, with the predicates pushed onto it (each over
 * this scan's own row: one value per table column, in table order).
 */
public record TableScan(TableSchema table, String alias, List<Field> fields, List<Expr> predicates)
    implements LogicalPlan {

  public TableScan {
    fields = List.copyOf(fields);
    predicates = List.copyOf(predicates);
  }

  public TableScan withPredicates(List<Expr> more) {
    return new TableScan(table, alias, fields, more);
  }

  @Override
  public List<LogicalPlan> inputs() {
    return List.of();
  }

  @Override
  public List<Expr> expressions() {
    return predicates;
  }

  @Override
  public LogicalPlan withInputs(List<LogicalPlan> inputs) {
    return this;
  }

  @Override
  public String describe() {
    return "TableScan "
        + table.name()
        + (predicates.isEmpty() ? "" : " where " + Logical.and(predicates).sql());
  }
}
