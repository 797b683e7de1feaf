package io.dynamosql.jdbc.sql;

import io.dynamosql.jdbc.error.SqlState;
import io.dynamosql.jdbc.plan.expr.Expr;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.statement.select.GroupByElement;

/**
 * Binds GROUP BY into its distinct group expressions and, when it has ROLLUP, CUBE or GROUPING
 * SETS, the grouping sets: each element's sets, combined as their cross product (SQL's rule for
 * {@code GROUP BY a, ROLLUP(b, c)}).
 */
final class GroupByBinder {

  /** Postgres's bound: CUBE over 12 columns is already 4,096 sets. */
  static final int MAX_SETS = 4096;

  /** The id of a grouping set has a bit per group in a long. */
  private static final int MAX_GROUPS_WITH_SETS = 62;

  /**
   * @param sets indexes into {@code groups}; empty for a plain GROUP BY
   */
  record Grouping(List<Expr> groups, List<List<Integer>> sets) {}

  /** Binds one GROUP BY expression (positions, aliases, columns). */
  @FunctionalInterface
  interface KeyBinder {
    Expr bind(Expression expression) throws SQLException;
  }

  private final KeyBinder keys;
  private final List<Expr> groups = new ArrayList<>();

  private GroupByBinder(KeyBinder keys) {
    this.keys = keys;
  }

  static Grouping bind(GroupByElement groupBy, KeyBinder keys) throws SQLException {
    return new GroupByBinder(keys).bind(groupBy);
  }

  private Grouping bind(GroupByElement groupBy) throws SQLException {
    List<List<TreeSet<Integer>>> elements = new ArrayList<>();
    boolean withSets = false;
    if (groupBy.getGroupByExpressionList() != null) {
      for (Object item : groupBy.getGroupByExpressionList()) {
        Expression e = (Expression) item;
        String kind =
            e instanceof Function f && f.getParameters() != null
                ? f.getName().toUpperCase(Locale.ROOT)
                : "";
        if (kind.equals("ROLLUP") || kind.equals("CUBE")) {
          withSets = true;
          List<TreeSet<Integer>> units = new ArrayList<>();
          for (Expression unit : ((Function) e).getParameters()) {
            units.add(
                unit instanceof ParenthesedExpressionList<?> list ? indexes(list) : one(unit));
          }
          elements.add(kind.equals("ROLLUP") ? rollup(units) : cube(units));
        } else {
          elements.add(List.of(one(e)));
        }
      }
    }
    if (groupBy.getGroupingSets() != null && !groupBy.getGroupingSets().isEmpty()) {
      withSets = true;
      List<TreeSet<Integer>> sets = new ArrayList<>();
      for (Object set : groupBy.getGroupingSets()) {
        sets.add(set instanceof ExpressionList<?> list ? indexes(list) : one((Expression) set));
      }
      elements.add(sets);
    }
    if (!withSets) {
      return new Grouping(groups, List.of());
    }
    if (groups.size() > MAX_GROUPS_WITH_SETS) {
      throw SqlState.FEATURE_NOT_SUPPORTED.exception(
          "Not supported: grouping sets over more than " + MAX_GROUPS_WITH_SETS + " columns");
    }
    List<TreeSet<Integer>> product = List.of(new TreeSet<>());
    for (List<TreeSet<Integer>> element : elements) {
      List<TreeSet<Integer>> next = new ArrayList<>();
      for (TreeSet<Integer> left : product) {
        for (TreeSet<Integer> right : element) {
          TreeSet<Integer> union = new TreeSet<>(left);
          union.addAll(right);
          next.add(union);
          if (next.size() > MAX_SETS) {
            throw SqlState.SYNTAX_ERROR.exception(
                "GROUP BY makes more than " + MAX_SETS + " grouping sets; use fewer CUBE columns");
          }
        }
      }
      product = next;
    }
    return new Grouping(groups, product.stream().map(s -> (List<Integer>) List.copyOf(s)).toList());
  }

  private static List<TreeSet<Integer>> rollup(List<TreeSet<Integer>> units) {
    List<TreeSet<Integer>> sets = new ArrayList<>();
    for (int k = units.size(); k >= 0; k--) {
      TreeSet<Integer> set = new TreeSet<>();
      units.subList(0, k).forEach(set::addAll);
      sets.add(set);
    }
    return sets;
  }

  private static List<TreeSet<Integer>> cube(List<TreeSet<Integer>> units) throws SQLException {
    if (units.size() > 12) {
      throw SqlState.SYNTAX_ERROR.exception(
          "CUBE over more than 12 columns makes more than " + MAX_SETS + " grouping sets");
    }
    List<TreeSet<Integer>> sets = new ArrayList<>();
    for (int mask = (1 << units.size()) - 1; mask >= 0; mask--) {
      TreeSet<Integer> set = new TreeSet<>();
      for (int i = 0; i < units.size(); i++) {
        if ((mask & 1 << (units.size() - 1 - i)) != 0) {
          set.addAll(units.get(i));
        }
      }
      sets.add(set);
    }
    return sets;
  }

  private TreeSet<Integer> indexes(ExpressionList<?> list) throws SQLException {
    TreeSet<Integer> set = new TreeSet<>();
    for (Expression e : list) {
      set.addAll(one(e));
    }
    return set;
  }

  private TreeSet<Integer> one(Expression e) throws SQLException {
    Expr key = keys.bind(e);
    int at = -1;
    for (int i = 0; i < groups.size(); i++) {
      if (groups.get(i).sql().equals(key.sql())) {
        at = i;
      }
    }
    if (at < 0) {
      groups.add(key);
      at = groups.size() - 1;
    }
    TreeSet<Integer> set = new TreeSet<>();
    set.add(at);
    return set;
  }
}
