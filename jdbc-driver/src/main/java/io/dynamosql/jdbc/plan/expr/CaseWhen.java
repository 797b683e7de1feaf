package io.dynamosql.jdbc.plan.expr;

import io.dynamosql.jdbc.exec.value.Coercion;
import io.dynamosql.jdbc.exec.value.Truth;
import io.dynamosql.jdbc.type.SqlType;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A searched CASE (a simple CASE is bound as one): the first true condition's result. */
public record CaseWhen(List<Expr> conditions, List<Expr> results, Expr otherwise, SqlType type)
    implements Expr {

  public CaseWhen {
    conditions = List.copyOf(conditions);
    results = List.copyOf(results);
  }

  @Override
  public Object eval(EvalContext context, Object[] row) throws SQLException {
    for (int i = 0; i < conditions.size(); i++) {
      if (Boolean.TRUE.equals(Truth.condition(conditions.get(i).eval(context, row)))) {
        return coerce(results.get(i).eval(context, row));
      }
    }
    return coerce(otherwise.eval(context, row));
  }

  private Object coerce(Object value) throws SQLException {
    return type.isNumeric() && value != null && !(value instanceof Number)
        ? Coercion.cast(value, type)
        : value;
  }

  @Override
  public List<Expr> children() {
    List<Expr> all = new ArrayList<>(conditions);
    all.addAll(results);
    all.add(otherwise);
    return all;
  }

  @Override
  public Expr withChildren(List<Expr> children) {
    int n = conditions.size();
    return new CaseWhen(
        children.subList(0, n), children.subList(n, 2 * n), children.get(2 * n), type);
  }

  @Override
  public String sql() {
    StringBuilder text = new StringBuilder("CASE");
    for (int i = 0; i < conditions.size(); i++) {
      text.append(" WHEN ")
          .append(conditions.get(i).sql())
          .append(" THEN ")
          .append(results.get(i).sql());
    }
    return text.append(" ELSE ").append(otherwise.sql()).append(" END").toString();
  }
}
