package io.dynamosql.jdbc.sql;

import io.dynamosql.jdbc.error.SqlState;
import io.dynamosql.jdbc.plan.expr.ColumnRef;
import io.dynamosql.jdbc.plan.expr.Expr;
import io.dynamosql.jdbc.plan.expr.Exprs;
import io.dynamosql.jdbc.plan.expr.FieldAccess;
import io.dynamosql.jdbc.plan.expr.OuterRef;
import io.dynamosql.jdbc.plan.logical.Field;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The names visible at one point of a query: the relations of its FROM clause, then those of the
 * enclosing queries (for correlated subqueries).
 */
final class Scope {

  private final List<Relation> relations;
  private final JoinColumns columns;
  private final Scope parent;
  private final String catalogName;

  Scope(List<Relation> relations, Scope parent, String catalogName) {
    this(relations, JoinColumns.NONE, parent, catalogName);
  }

  /**
   * @param columns the USING columns of its joins (only their merged and hidden columns count)
   */
  Scope(List<Relation> relations, JoinColumns columns, Scope parent, String catalogName) {
    this.relations = List.copyOf(relations);
    this.columns = columns;
    this.parent = parent;
    this.catalogName = catalogName;
  }

  List<Relation> relations() {
    return relations;
  }

  Scope parent() {
    return parent;
  }

  /** All fields of the current row, in order. */
  List<Field> fields() {
    List<Field> all = new ArrayList<>();
    relations.forEach(r -> all.addAll(r.fields()));
    return all;
  }

  /**
   * Resolves a possibly qualified column name with nested attribute parts: a relation prefix
   * (alias, table, schema.table, catalog.schema.table) first, then a column, then map keys.
   */
  Expr resolve(List<Identifier> parts) throws SQLException {
    int level = 0;
    for (Scope scope = this; scope != null; scope = scope.parent, level++) {
      Expr found = scope.resolveHere(parts, level);
      if (found != null) {
        return found;
      }
    }
    throw unknownColumn(parts);
  }

  private Expr resolveHere(List<Identifier> parts, int level) throws SQLException {
    for (int prefix = Math.min(3, parts.size() - 1); prefix >= 1; prefix--) {
      List<Identifier> relationName = parts.subList(0, prefix);
      List<Relation> named =
          relations.stream().filter(r -> r.isNamedBy(relationName, catalogName)).toList();
      if (named.size() > 1) {
        throw SqlState.AMBIGUOUS_NAME.exception(
            "Table reference "
                + join(relationName)
                + " is ambiguous: it names "
                + named.size()
                + " tables in FROM; give them different aliases");
      }
      if (named.size() == 1) {
        Expr column = column(named.get(0), parts.subList(prefix, parts.size()), level, Set.of());
        if (column != null) {
          return column;
        }
      }
    }
    List<Expr> candidates = new ArrayList<>();
    List<String> owners = new ArrayList<>();
    for (JoinColumns.Column merged : columns.merged()) {
      if (parts.get(0).matches(merged.name())) {
        Expr expr = level == 0 ? merged.expr() : outer(merged.expr(), level);
        for (Identifier key : parts.subList(1, parts.size())) {
          expr = new FieldAccess(expr, key.text());
        }
        candidates.add(expr);
        owners.add("USING (" + merged.name() + ")");
      }
    }
    for (Relation relation : relations) {
      Expr column = column(relation, parts, level, columns.hidden());
      if (column != null) {
        candidates.add(column);
        owners.add(relation.name());
      }
    }
    if (candidates.size() > 1) {
      throw SqlState.AMBIGUOUS_NAME.exception(
          "Column "
              + join(parts)
              + " is ambiguous: it exists in "
              + String.join(" and ", owners)
              + "; qualify it, e.g. "
              + owners.get(0)
              + "."
              + join(parts));
    }
    return candidates.isEmpty() ? null : candidates.get(0);
  }

  /**
   * A column of {@code relation} named by {@code parts}: a (path) column, then map keys; none at
   * the {@code hidden} positions of the row.
   */
  private static Expr column(
      Relation relation, List<Identifier> parts, int level, Set<Integer> hidden)
      throws SQLException {
    for (int length = parts.size(); length >= 1; length--) {
      String name = pathName(parts.subList(0, length));
      Integer index = fieldIndex(relation, name, parts.subList(0, length));
      if (index != null && !hidden.contains(relation.offset() + index)) {
        Field field = relation.fields().get(index);
        int position = relation.offset() + index;
        Expr expr =
            level == 0
                ? new ColumnRef(position, field.type(), qualified(relation, field), field.id())
                : new OuterRef(
                    level, position, field.type(), qualified(relation, field), field.id());
        for (Identifier key : parts.subList(length, parts.size())) {
          expr = new FieldAccess(expr, key.text());
        }
        return expr;
      }
    }
    return null;
  }

  /** A merged USING column seen from a subquery {@code level} levels down. */
  private static Expr outer(Expr expr, int level) {
    return Exprs.transform(
        expr,
        e ->
            e instanceof ColumnRef ref
                ? new OuterRef(level, ref.index(), ref.type(), ref.name(), ref.fieldId())
                : e);
  }

  private static Integer fieldIndex(Relation relation, String name, List<Identifier> parts)
      throws SQLException {
    boolean quoted = parts.stream().anyMatch(Identifier::quoted);
    List<Field> fields = relation.fields();
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).name().equals(name)) {
        return i;
      }
    }
    if (quoted && parts.size() == 1) {
      return null;
    }
    Integer match = null;
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).name().equalsIgnoreCase(name)) {
        if (match != null) {
          throw SqlState.AMBIGUOUS_NAME.exception(
              "Column "
                  + name
                  + " of "
                  + relation.name()
                  + " matches "
                  + fields.get(match).name()
                  + " and "
                  + fields.get(i).name()
                  + " ignoring case; quote the exact name");
        }
        match = i;
      }
    }
    return match;
  }

  private static String pathName(List<Identifier> parts) {
    StringBuilder name = new StringBuilder(parts.get(0).text());
    for (Identifier part : parts.subList(1, parts.size())) {
      name.append('.');
      name.append(
          part.quoted() || !part.text().matches("[A-Za-z_][A-Za-z0-9_]*")
              ? '"' + part.text().replace("\"", "\"\"") + '"'
              : part.text());
    }
    return name.toString();
  }

  private static String qualified(Relation relation, Field field) {
    return relation.name() + "." + field.name();
  }

  private SQLException unknownColumn(List<Identifier> parts) {
    List<String> known = new ArrayList<>();
    for (Scope s = this; s != null; s = s.parent) {
      for (Relation relation : s.relations) {
        relation.fields().forEach(f -> known.add(f.name()));
      }
    }
    String where =
        relations.isEmpty()
            ? "(no FROM clause)"
            : String.join(", ", relations.stream().map(Relation::name).toList());
    return SqlState.COLUMN_NOT_FOUND.exception(
        "Column "
            + join(parts)
            + " does not exist in "
            + where
            + Suggestions.closest(parts.get(parts.size() - 1).text(), known));
  }

  static String join(List<Identifier> parts) {
    return String.join(".", parts.stream().map(Identifier::toString).toList());
  }
}
