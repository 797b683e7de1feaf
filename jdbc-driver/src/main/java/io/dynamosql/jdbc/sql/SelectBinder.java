package io.dynamosql.jdbc.sql;

import io.dynamosql.jdbc.error.SqlState;
import io.dynamosql.jdbc.plan.expr.ColumnRef;
import io.dynamosql.jdbc.plan.expr.Expr;
import io.dynamosql.jdbc.plan.expr.Exprs;
import io.dynamosql.jdbc.plan.expr.GroupingBits;
import io.dynamosql.jdbc.plan.expr.GroupingCall;
import io.dynamosql.jdbc.plan.expr.Literal;
import io.dynamosql.jdbc.plan.expr.SubqueryExpr;
import io.dynamosql.jdbc.plan.logical.Aggregate;
import io.dynamosql.jdbc.plan.logical.AggregateCall;
import io.dynamosql.jdbc.plan.logical.Distinct;
import io.dynamosql.jdbc.plan.logical.Field;
import io.dynamosql.jdbc.plan.logical.Filter;
import io.dynamosql.jdbc.plan.logical.LogicalPlan;
import io.dynamosql.jdbc.plan.logical.Project;
import io.dynamosql.jdbc.plan.logical.Sort;
import io.dynamosql.jdbc.plan.logical.SortKey;
import io.dynamosql.jdbc.plan.logical.Values;
import io.dynamosql.jdbc.plan.logical.Window;
import io.dynamosql.jdbc.plan.logical.WindowCall;
import io.dynamosql.jdbc.plan.logical.WindowFunction;
import io.dynamosql.jdbc.type.SqlType;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * Binds one SELECT block, clause by clause, into a plan: FROM (tables, derived tables, CTEs, joins)
 * → WHERE → GROUP BY / aggregates → HAVING → window functions → SELECT list → DISTINCT → ORDER BY →
 * LIMIT.
 */
final class SelectBinder {

  private final QueryBinder queries;
  private final BindContext context;
  private final Scope outer;

  SelectBinder(QueryBinder queries, Scope outer) {
    this.queries = queries;
    this.context = queries.context();
    this.outer = outer;
  }

  LogicalPlan bind(PlainSelect select) throws SQLException {
    FromBinder.From from =
        select.getFromItem() == null
            ? new FromBinder.From(new Values(), List.of(), JoinColumns.NONE)
            : new FromBinder(queries, outer).from(select);
    Scope scope = from.scope(outer, context.catalog().catalogName());
    LogicalPlan plan = from.plan();
    if (select.getWhere() != null) {
      plan =
          new Filter(
              plan,
              (new ExpressionBinder(context, scope, null, null, queries))
                  .condition(select.getWhere(), "WHERE"));
    }
    Collector<AggregateCall> aggregates = new Collector<>(context);
    Collector<WindowCall> windows = new Collector<>(context);
    ExpressionBinder binder = new ExpressionBinder(context, scope, aggregates, windows, queries);

    List<Expr> items = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (SelectItem<?> item : select.getSelectItems()) {
      selectItem(item, scope, from.columns(), binder, items, labels);
    }

    List<Expr> groups = List.of();
    List<List<Integer>> groupingSets = List.of();
    if (select.getGroupBy() != null) {
      ExpressionBinder plain = new ExpressionBinder(context, scope, null, null, queries);
      GroupByBinder.Grouping grouping =
          GroupByBinder.bind(select.getGroupBy(), e -> groupKey(e, plain, items, labels));
      groups = grouping.groups();
      groupingSets = grouping.sets();
    }
    Expr having =
        select.getHaving() == null ? null : binder.condition(select.getHaving(), "HAVING");

    List<SortKey> order = new ArrayList<>();
    if (select.getOrderByElements() != null) {
      for (OrderByElement element : select.getOrderByElements()) {
        order.add(
            ExpressionBinder.sortKey(
                orderKey(element.getExpression(), binder, items, labels), element));
      }
    }

    boolean aggregated =
        !groups.isEmpty() || !groupingSets.isEmpty() || !aggregates.isEmpty() || having != null;
    UnaryOperator<Expr> rewrite = UnaryOperator.identity();
    if (aggregated) {
      List<Field> fields = new ArrayList<>();
      for (Expr group : groups) {
        fields.add(fieldOf(group, group.sql(), plan.fields()));
      }
      fields.addAll(aggregates.fields());
      ColumnRef groupingId = null;
      if (!groupingSets.isEmpty()) {
        Field id = Field.computed(context.newFieldId(), "GROUPING_ID", SqlType.BIGINT);
        groupingId = new ColumnRef(fields.size(), id.type(), id.name(), id.id());
        fields.add(id);
      }
      plan = new Aggregate(plan, groups, aggregates.calls(), groupingSets, fields);
      List<Expr> groupExprs = List.copyOf(groups);
      List<Field> groupFields = fields.subList(0, groups.size());
      ColumnRef id = groupingId;
      rewrite = e -> grouped(e, groupExprs, groupFields, id);
      if (having != null) {
        plan = new Filter(plan, resolveGrouped(having, rewrite, plan.fields()));
      }
    }
    if (!windows.isEmpty()) {
      List<WindowCall> calls = new ArrayList<>();
      for (WindowCall call : windows.calls()) {
        calls.add(windowCall(call, rewrite, plan.fields()));
      }
      List<Field> fields = new ArrayList<>(plan.fields());
      fields.addAll(windows.fields());
      plan = new Window(plan, calls, fields);
    }

    List<Field> row = plan.fields();
    List<Expr> projected = new ArrayList<>();
    List<Field> projectedFields = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Expr expr = resolveGrouped(items.get(i), rewrite, row);
      projected.add(expr);
      projectedFields.add(fieldOf(expr, labels.get(i), row));
    }
    int visible = projected.size();
    List<SortKey> keys = new ArrayList<>();
    for (SortKey key : order) {
      Expr expr =
          key.expr() instanceof ColumnRef ref && ref.index() <= -2
              ? projected.get(-2 - ref.index())
              : resolveGrouped(key.expr(), rewrite, row);
      int at = indexOfSql(projected, expr);
      if (at < 0) {
        if (select.getDistinct() != null) {
          throw SqlState.SYNTAX_ERROR.exception(
              "With SELECT DISTINCT, ORDER BY expressions must appear in the select list: "
                  + expr.sql());
        }
        projected.add(expr);
        projectedFields.add(fieldOf(expr, expr.sql(), row));
        at = projected.size() - 1;
      }
      Field field = projectedFields.get(at);
      keys.add(
          new SortKey(
              new ColumnRef(at, field.type(), field.name(), field.id()),
              key.descending(),
              key.nullsFirst()));
    }
    plan = new Project(plan, projected, projectedFields);
    if (select.getDistinct() != null) {
      if (select.getDistinct().getOnSelectItems() != null) {
        throw SqlState.FEATURE_NOT_SUPPORTED.exception("Not supported: DISTINCT ON");
      }
      plan = new Distinct(plan);
    }
    if (!keys.isEmpty()) {
      plan = new Sort(plan, keys);
    }
    plan = queries.limit(plan, select);
    if (projected.size() > visible) {
      List<Expr> trimmed = new ArrayList<>();
      for (int i = 0; i < visible; i++) {
        Field field = projectedFields.get(i);
        trimmed.add(new ColumnRef(i, field.type(), field.name(), field.id()));
      }
      plan = new Project(plan, trimmed, projectedFields.subList(0, visible));
    }
    return plan;
  }

  private void selectItem(
      SelectItem<?> item,
      Scope scope,
      JoinColumns columns,
      ExpressionBinder binder,
      List<Expr> items,
      List<String> labels)
      throws SQLException {
    Expression e = item.getExpression();
    if (e instanceof AllTableColumns tableColumns) {
      Table table = tableColumns.getTable();
      List<Identifier> parts = new ArrayList<>();
      if (table.getSchemaName() != null) {
        parts.add(Identifier.of(table.getSchemaName()));
      }
      parts.add(Identifier.of(table.getName()));
      List<Relation> named =
          scope.relations().stream()
              .filter(r -> r.isNamedBy(parts, context.catalog().catalogName()))
              .toList();
      if (named.size() != 1) {
        throw SqlState.TABLE_NOT_FOUND.exception(
            "No table "
                + Scope.join(parts)
                + " in FROM for "
                + e
                + Suggestions.closest(
                    table.getName(), scope.relations().stream().map(Relation::name).toList()));
      }
      expand(named.get(0), items, labels);
    } else if (e instanceof AllColumns) {
      if (scope.relations().isEmpty()) {
        throw SqlState.SYNTAX_ERROR.exception("SELECT * needs a FROM clause");
      }
      for (JoinColumns.Column column : columns.star()) {
        items.add(column.expr());
        labels.add(column.name());
      }
    } else {
      Expr expr = binder.bind(e);
      items.add(expr);
      labels.add(
          item.getAlias() != null
              ? Identifier.of(item.getAlias().getName()).text()
              : e instanceof Column column
                  ? Identifier.of(column.getColumnName()).text()
                  : e.toString());
    }
  }

  private static void expand(Relation relation, List<Expr> items, List<String> labels) {
    for (int i = 0; i < relation.fields().size(); i++) {
      Field field = relation.fields().get(i);
      items.add(
          new ColumnRef(
              relation.offset() + i,
              field.type(),
              relation.name() + "." + field.name(),
              field.id()));
      labels.add(field.name());
    }
  }

  private Expr groupKey(Expression e, ExpressionBinder plain, List<Expr> items, List<String> labels)
      throws SQLException {
    Optional<Integer> position = QueryBinder.position(e, items.size());
    if (position.isPresent()) {
      return items.get(position.get());
    }
    try {
      return plain.bind(e);
    } catch (SQLException unknown) {
      int alias = alias(e, labels);
      if (alias >= 0 && SqlState.COLUMN_NOT_FOUND.code().equals(unknown.getSQLState())) {
        return items.get(alias);
      }
      throw unknown;
    }
  }

  /**
   * An ORDER BY key over the pre-projection row; a select-list position or alias comes back as a
   * marker {@code ColumnRef(-2 - item)}.
   */
  private Expr orderKey(
      Expression e, ExpressionBinder binder, List<Expr> items, List<String> labels)
      throws SQLException {
    Optional<Integer> position = QueryBinder.position(e, items.size());
    int item = position.orElse(alias(e, labels));
    if (item >= 0) {
      return new ColumnRef(-2 - item, items.get(item).type(), labels.get(item), -1);
    }
    return binder.bind(e);
  }

  private static int alias(Expression e, List<String> labels) {
    if (e instanceof Column column && column.getTable() == null) {
      Identifier name = Identifier.of(column.getColumnName());
      for (int i = 0; i < labels.size(); i++) {
        if (name.matches(labels.get(i))) {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * Rewrites a post-aggregation expression onto the Aggregate's row: group keys, aggregates,
   * GROUPING() (over {@code groupingId}; null without grouping sets, where GROUPING() is 0).
   */
  private static Expr grouped(
      Expr expr, List<Expr> groups, List<Field> groupFields, ColumnRef groupingId) {
    if (expr instanceof GroupingCall call) {
      List<Integer> positions = new ArrayList<>();
      for (Expr argument : call.arguments()) {
        int at = -1;
        for (int i = 0; i < groups.size() && at < 0; i++) {
          at = groups.get(i).sql().equals(argument.sql()) ? i : -1;
        }
        if (at < 0) {
          throw new NotGrouped(
              "The arguments of GROUPING must be GROUP BY expressions, not " + argument.sql());
        }
        positions.add(at);
      }
      return groupingId == null
          ? new Literal(java.math.BigDecimal.ZERO, SqlType.BIGINT)
          : new GroupingBits(groupingId, positions, groups.size(), call.sql());
    }
    for (int i = 0; i < groups.size(); i++) {
      if (groups.get(i).sql().equals(expr.sql()) && !(expr instanceof Literal)) {
        Field field = groupFields.get(i);
        return new ColumnRef(i, field.type(), field.name(), field.id());
      }
    }
    if (expr instanceof ColumnRef ref && ref.index() >= 0) {
      throw new NotGrouped(
          "Column "
              + ref.name()
              + " must appear in the GROUP BY clause or be used in an aggregate function");
    }
    if (expr instanceof SubqueryExpr || expr.children().isEmpty()) {
      return expr;
    }
    List<Expr> children = new ArrayList<>();
    for (Expr child : expr.children()) {
      children.add(grouped(child, groups, groupFields, groupingId));
    }
    return expr.withChildren(children);
  }

  /** Thrown through the rewrite lambda; turned into a SQLException by {@link #resolve}. */
  private static final class NotGrouped extends RuntimeException {
    NotGrouped(String message) {
      super(message, null, false, false);
    }
  }

  /** Resolves aggregate and window placeholders by field id in {@code row}. */
  private static Expr resolve(Expr expr, List<Field> row) throws SQLException {
    try {
      return Exprs.transform(
          expr,
          e -> {
            if (e instanceof ColumnRef ref && ref.index() == -1) {
              for (int i = 0; i < row.size(); i++) {
                if (row.get(i).id() == ref.fieldId()) {
                  return new ColumnRef(i, ref.type(), ref.name(), ref.fieldId());
                }
              }
            }
            return e;
          });
    } catch (NotGrouped e) {
      throw SqlState.SYNTAX_ERROR.exception(e.getMessage());
    }
  }

  private static Expr resolveGrouped(Expr expr, UnaryOperator<Expr> rewrite, List<Field> row)
      throws SQLException {
    try {
      return resolve(rewrite.apply(expr), row);
    } catch (NotGrouped e) {
      throw SqlState.SYNTAX_ERROR.exception(e.getMessage());
    }
  }

  private static WindowCall windowCall(
      WindowCall call, UnaryOperator<Expr> rewrite, List<Field> row) throws SQLException {
    List<Expr> partition = new ArrayList<>();
    for (Expr e : call.partitionBy()) {
      partition.add(resolveGrouped(e, rewrite, row));
    }
    List<SortKey> order = new ArrayList<>();
    for (SortKey key : call.orderBy()) {
      order.add(
          new SortKey(
              resolveGrouped(key.expr(), rewrite, row), key.descending(), key.nullsFirst()));
    }
    WindowFunction function = call.function().map(e -> resolveGrouped(e, rewrite, row));
    return new WindowCall(function, partition, order, call.frame(), call.type());
  }

  /** The field of a computed column; a plain column reference keeps its source column. */
  private Field fieldOf(Expr expr, String label, List<Field> row) {
    if (expr instanceof ColumnRef ref && ref.index() >= 0 && ref.index() < row.size()) {
      Field source = row.get(ref.index());
      return new Field(
          context.newFieldId(), "", label, expr.type(), source.column(), source.table());
    }
    return Field.computed(context.newFieldId(), label, expr.type());
  }

  private static int indexOfSql(List<Expr> exprs, Expr expr) {
    for (int i = 0; i < exprs.size(); i++) {
      if (exprs.get(i).equals(expr)
          || exprs.get(i).sql().equals(expr.sql()) && !(expr instanceof Literal)) {
        return i;
      }
    }
    return -1;
  }
}
