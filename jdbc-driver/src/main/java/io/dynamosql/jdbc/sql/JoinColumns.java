package io.dynamosql.jdbc.sql;

import io.dynamosql.jdbc.error.Excerpt;
import io.dynamosql.jdbc.error.SqlState;
import io.dynamosql.jdbc.exec.value.Coercion;
import io.dynamosql.jdbc.plan.expr.Coalesce;
import io.dynamosql.jdbc.plan.expr.ColumnRef;
import io.dynamosql.jdbc.plan.expr.Comparison;
import io.dynamosql.jdbc.plan.expr.Expr;
import io.dynamosql.jdbc.plan.expr.Logical;
import io.dynamosql.jdbc.plan.logical.Field;
import io.dynamosql.jdbc.plan.logical.JoinKind;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The columns a FROM clause shows without a qualifier, as {@code JOIN ... USING} and {@code NATURAL
 * JOIN} define them: each USING column once (the left side's for INNER and LEFT, the right's for
 * RIGHT, {@code COALESCE} of both for FULL), first in {@code SELECT *}, the joined columns
 * themselves reachable only through their table's name.
 *
 * @param star the columns of {@code SELECT *}, in order
 * @param merged the USING columns, which unqualified names find before any table's column
 * @param hidden positions in the FROM row that unqualified names do not find (replaced by a merged
 *     column)
 */
record JoinColumns(List<Column> star, List<Column> merged, Set<Integer> hidden) {

  /** A column as {@code SELECT *} shows it: its label and its value over the FROM row. */
  record Column(String name, Expr expr) {}

  /** The result of binding USING columns: the join condition and the columns after the join. */
  record Using(Expr condition, JoinColumns columns) {}

  JoinColumns {
    star = List.copyOf(star);
    merged = List.copyOf(merged);
    hidden = Set.copyOf(hidden);
  }

  static final JoinColumns NONE = new JoinColumns(List.of(), List.of(), Set.of());

  /** The columns of one table or derived table, all visible. */
  static JoinColumns of(Relation relation) {
    List<Column> star = new ArrayList<>();
    for (int i = 0; i < relation.fields().size(); i++) {
      Field field = relation.fields().get(i);
      star.add(
          new Column(
              field.name(),
              new ColumnRef(
                  relation.offset() + i,
                  field.type(),
                  relation.name() + "." + field.name(),
                  field.id())));
    }
    return new JoinColumns(star, List.of(), Set.of());
  }

  /** The columns of a join without USING: both sides', left first. */
  JoinColumns then(JoinColumns right) {
    return new JoinColumns(
        concat(star, right.star), concat(merged, right.merged), union(hidden, right.hidden));
  }

  /** The names of NATURAL JOIN: the columns both sides show, in the left side's order. */
  List<Identifier> common(JoinColumns right) {
    List<Identifier> names = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Column column : star) {
      String key = column.name().toLowerCase(Locale.ROOT);
      if (right.star.stream().anyMatch(c -> c.name().equalsIgnoreCase(column.name()))
          && seen.add(key)) {
        names.add(new Identifier(column.name(), false));
      }
    }
    return names;
  }

  /**
   * Joins these (left) columns with {@code right} on {@code names}.
   *
   * @throws SQLException 42S22 when a side lacks a name, 42702 when a side has it twice, 42000 when
   *     a name is listed twice
   */
  Using using(JoinColumns right, List<Identifier> names, JoinKind kind) throws SQLException {
    List<Expr> conditions = new ArrayList<>();
    List<Column> joined = new ArrayList<>();
    List<Column> leftStar = new ArrayList<>(star);
    List<Column> rightStar = new ArrayList<>(right.star);
    List<Column> leftMerged = new ArrayList<>(merged);
    List<Column> rightMerged = new ArrayList<>(right.merged);
    Set<Integer> newlyHidden = new HashSet<>();
    Set<String> seen = new HashSet<>();
    for (Identifier name : names) {
      if (!seen.add(name.lower())) {
        throw SqlState.SYNTAX_ERROR.exception(
            "Column " + name + " appears more than once in USING");
      }
      Column l = find(leftStar, name, "left");
      Column r = right.find(rightStar, name, "right");
      leftStar.remove(l);
      rightStar.remove(r);
      leftMerged.remove(l);
      rightMerged.remove(r);
      hide(l.expr(), newlyHidden);
      hide(r.expr(), newlyHidden);
      conditions.add(new Comparison(Comparison.Operator.EQ, l.expr(), r.expr()));
      Expr value =
          switch (kind) {
            case INNER, LEFT -> l.expr();
            case RIGHT -> r.expr();
            case FULL ->
                new Coalesce(
                    List.of(l.expr(), r.expr()),
                    Coercion.commonType(l.expr().type(), r.expr().type()));
          };
      joined.add(new Column(l.name(), value));
    }
    List<Column> newStar = concat(joined, concat(leftStar, rightStar));
    List<Column> newMerged = concat(joined, concat(leftMerged, rightMerged));
    Set<Integer> newHidden = union(union(hidden, right.hidden), newlyHidden);
    return new Using(Logical.and(conditions), new JoinColumns(newStar, newMerged, newHidden));
  }

  private Column find(List<Column> candidates, Identifier name, String side) throws SQLException {
    List<Column> found = candidates.stream().filter(c -> name.matches(c.name())).toList();
    if (found.isEmpty()) {
      throw SqlState.COLUMN_NOT_FOUND.exception(
          "USING column "
              + Excerpt.of(name.text())
              + " does not exist on the "
              + side
              + " side of the join"
              + Suggestions.closest(name.text(), candidates.stream().map(Column::name).toList()));
    }
    if (found.size() > 1) {
      throw SqlState.AMBIGUOUS_NAME.exception(
          "USING column "
              + Excerpt.of(name.text())
              + " is ambiguous on the "
              + side
              + " side of the join: "
              + String.join(" and ", found.stream().map(c -> c.expr().sql()).toList())
              + "; write the join with ON");
    }
    return found.get(0);
  }

  private static void hide(Expr expr, Set<Integer> into) {
    if (expr instanceof ColumnRef ref) {
      into.add(ref.index());
    }
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static Set<Integer> union(Set<Integer> a, Set<Integer> b) {
    Set<Integer> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }
}
