package io.dynamosql.jdbc.sql;

import io.dynamosql.jdbc.plan.expr.ColumnRef;
import io.dynamosql.jdbc.plan.logical.Field;
import io.dynamosql.jdbc.type.SqlType;
import java.util.ArrayList;
import java.util.List;

/**
 * Gathers the aggregates (or window functions) an expression list uses; each becomes a field of the
 * node that computes it, and the expression refers to it through a placeholder {@link ColumnRef}
 * (index -1) resolved once that node's row layout is known.
 */
final class Collector<T> {

  private final BindContext context;
  private final List<T> calls = new ArrayList<>();
  private final List<Field> fields = new ArrayList<>();

  Collector(BindContext context) {
    this.context = context;
  }

  ColumnRef add(T call, String text, SqlType type) {
    int existing = calls.indexOf(call);
    if (existing >= 0) {
      Field field = fields.get(existing);
      return new ColumnRef(-1, field.type(), field.name(), field.id());
    }
    Field field = Field.computed(context.newFieldId(), text, type);
    calls.add(call);
    fields.add(field);
    return new ColumnRef(-1, type, text, field.id());
  }

  List<T> calls() {
    return calls;
  }

  List<Field> fields() {
    return fields;
  }

  boolean isEmpty() {
    return calls.isEmpty();
  }
}
