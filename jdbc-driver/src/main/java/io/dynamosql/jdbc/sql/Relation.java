package io.dynamosql.jdbc.sql;

import io.dynamosql.jdbc.plan.logical.Field;
import io.dynamosql.jdbc.schema.TableSchema;
import java.util.List;
import java.util.Optional;

/**
 * A named row source in a FROM clause: a table (under its alias) or a derived table / CTE.
 *
 * @param name the alias, or the table name when there is none
 * @param table the table it reads, empty for derived tables
 * @param offset the position of its first field in the row of the enclosing FROM
 */
record Relation(
    String name, boolean aliased, Optional<TableSchema> table, int offset, List<Field> fields) {

  Relation {
    fields = List.copyOf(fields);
  }

  Relation at(int newOffset) {
    return new Relation(name, aliased, table, newOffset, fields);
  }

  /** Whether {@code parts} (1 to 3 name parts) name this relation. */
  boolean isNamedBy(List<Identifier> parts, String catalogName) {
    Identifier last = parts.get(parts.size() - 1);
    if (!last.matches(name)) {
      return false;
    }
    if (parts.size() == 1) {
      return true;
    }
    if (aliased || table.isEmpty()) {
      return false;
    }
    if (!parts.get(parts.size() - 2).matches(table.get().schemaName())) {
      return false;
    }
    return parts.size() == 2 || parts.get(0).matches(catalogName);
  }
}
