package io.dynamosql.jdbc.sql;

import io.dynamosql.jdbc.error.Excerpt;
import io.dynamosql.jdbc.error.SqlState;
import io.dynamosql.jdbc.exec.value.Coercion;
import io.dynamosql.jdbc.plan.expr.ColumnRef;
import io.dynamosql.jdbc.plan.expr.Expr;
import io.dynamosql.jdbc.plan.logical.Field;
import io.dynamosql.jdbc.plan.logical.InlineRows;
import io.dynamosql.jdbc.plan.logical.Limit;
import io.dynamosql.jdbc.plan.logical.LogicalPlan;
import io.dynamosql.jdbc.plan.logical.Project;
import io.dynamosql.jdbc.plan.logical.RowCount;
import io.dynamosql.jdbc.plan.logical.SetOperation;
import io.dynamosql.jdbc.plan.logical.Sort;
import io.dynamosql.jdbc.plan.logical.SortKey;
import io.dynamosql.jdbc.type.SqlType;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.statement.select.IntersectOp;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.statement.select.WithItem;

/**
 * Binds whole queries: WITH clauses, set operations, parenthesised queries, and their ORDER BY /
 * LIMIT; plain SELECT blocks go to {@link SelectBinder}.
 */
final class QueryBinder {

  private final BindContext context;
  private final Set<Select> inProgress = new HashSet<>();

  QueryBinder(BindContext context) {
    this.context = context;
  }

  BindContext context() {
    return context;
  }

  /** The statement's query, not nested in anything. */
  LogicalPlan bindTop(Select select) throws SQLException {
    return bind(select, null);
  }

  /** A subquery or derived table that sees {@code outer} (null: nothing around it). */
  BoundQuery bindNested(Select select, Scope outer) throws SQLException {
    LogicalPlan plan = bind(select, outer);
    return new BoundQuery(plan, Correlation.isCorrelated(plan));
  }

  /** A CTE's body, bound afresh for each reference, its columns named by its column list. */
  LogicalPlan bindCte(Identifier name, BindContext.Cte cte) throws SQLException {
    if (!inProgress.add(cte.body())) {
      throw SqlState.FEATURE_NOT_SUPPORTED.exception(
          "Not supported: the recursive CTE " + name + " (WITH RECURSIVE)");
    }
    try {
      return renamed(bind(cte.body(), null), cte.columns(), "CTE " + name.text());
    } finally {
      inProgress.remove(cte.body());
    }
  }

  /**
   * {@code plan} with its first columns renamed ({@code t(a, b)} after a derived table, a CTE's
   * column list); the others keep their names.
   *
   * @throws SQLException 42000 when there are more names than columns
   */
  LogicalPlan renamed(LogicalPlan plan, List<String> names, String what) throws SQLException {
    if (names.isEmpty()) {
      return plan;
    }
    if (names.size() > plan.fields().size()) {
      throw SqlState.SYNTAX_ERROR.exception(
          what + " has " + plan.fields().size() + " columns but " + names.size() + " column names");
    }
    List<Expr> columns = new ArrayList<>();
    List<Field> fields = new ArrayList<>();
    for (int i = 0; i < plan.fields().size(); i++) {
      Field field = plan.fields().get(i);
      columns.add(new ColumnRef(i, field.type(), field.name(), field.id()));
      fields.add(
          new Field(
              context.newFieldId(),
              field.qualifier(),
              i < names.size() ? names.get(i) : field.name(),
              field.type(),
              field.column(),
              field.table()));
    }
    return new Project(plan, columns, fields);
  }

  private LogicalPlan bind(Select select, Scope outer) throws SQLException {
    context.enter();
    try {
      return bindWith(select, outer);
    } finally {
      context.exit();
    }
  }

  private LogicalPlan bindWith(Select select, Scope outer) throws SQLException {
    List<WithItem<?>> with = select.getWithItemsList();
    if (with != null && !with.isEmpty()) {
      Map<String, BindContext.Cte> frame = new LinkedHashMap<>();
      for (WithItem<?> item : with) {
        if (!(item.getStatement() instanceof ParenthesedSelect)) {
          throw SqlState.READ_ONLY_TRANSACTION.exception(
              "A WITH item that is not a query is refused: " + ReadOnlyGate.ALLOWED);
        }
        if (item.isRecursive()) {
          throw SqlState.FEATURE_NOT_SUPPORTED.exception("Not supported: WITH RECURSIVE");
        }
        List<String> columns = new ArrayList<>();
        if (item.getWithItemList() != null) {
          for (SelectItem<?> column : item.getWithItemList()) {
            columns.add(Identifier.of(column.toString()).text());
          }
        }
        frame.put(
            Identifier.of(item.getAliasName()).text(),
            new BindContext.Cte(item.getSelect(), columns));
      }
      context.pushCtes(frame);
      try {
        return bindBody(select, outer);
      } finally {
        context.popCtes();
      }
    }
    return bindBody(select, outer);
  }

  private LogicalPlan bindBody(Select select, Scope outer) throws SQLException {
    if (select instanceof PlainSelect plain) {
      return new SelectBinder(this, outer).bind(plain);
    }
    if (select instanceof ParenthesedSelect parenthesed) {
      LogicalPlan inner = bind(parenthesed.getSelect(), outer);
      return orderAndLimit(inner, select);
    }
    if (select instanceof SetOperationList list) {
      return orderAndLimit(setOperations(list, outer), select);
    }
    if (select instanceof Values values) {
      return inlineRows(values, outer);
    }
    throw SqlState.FEATURE_NOT_SUPPORTED.exception(
        "Not supported: " + Excerpt.of(select.toString()));
  }

  /** {@code VALUES (a, b), (c, d)}: columns col0, col1, ... typed by all their rows. */
  private LogicalPlan inlineRows(Values values, Scope outer) throws SQLException {
    ExpressionBinder binder =
        new ExpressionBinder(
            context,
            new Scope(List.of(), outer, context.catalog().catalogName()),
            null,
            null,
            this);
    List<List<Expression>> written = new ArrayList<>();
    if (values.getExpressions() instanceof ParenthesedExpressionList<?> single) {
      written.add(new ArrayList<>(single));
    } else {
      for (Expression row : values.getExpressions()) {
        written.add(
            row instanceof ParenthesedExpressionList<?> list
                ? new ArrayList<>(list)
                : List.of(row));
      }
    }
    int width = written.get(0).size();
    List<List<Expr>> rows = new ArrayList<>();
    List<SqlType> types = new ArrayList<>(java.util.Collections.nCopies(width, SqlType.NULL));
    for (List<Expression> row : written) {
      if (row.size() != width) {
        throw SqlState.SYNTAX_ERROR.exception(
            "Each VALUES row needs "
                + width
                + " values like the first, not "
                + row.size()
                + ": "
                + Excerpt.of(row.toString()));
      }
      List<Expr> bound = new ArrayList<>();
      for (int i = 0; i < width; i++) {
        Expr value = binder.bind(row.get(i));
        bound.add(value);
        types.set(i, Coercion.commonType(types.get(i), value.type()));
      }
      rows.add(bound);
    }
    List<Field> fields = new ArrayList<>();
    for (int i = 0; i < width; i++) {
      fields.add(Field.computed(context.newFieldId(), "col" + i, types.get(i)));
    }
    return new InlineRows(rows, fields);
  }

  private LogicalPlan setOperations(SetOperationList list, Scope outer) throws SQLException {
    List<LogicalPlan> operands = new ArrayList<>();
    for (Select part : list.getSelects()) {
      operands.add(bind(part, outer));
    }
    List<net.sf.jsqlparser.statement.select.SetOperation> operations =
        new ArrayList<>(list.getOperations());
    // INTERSECT binds tighter than UNION and EXCEPT.
    for (int i = 0; i < operations.size(); ) {
      if (operations.get(i) instanceof IntersectOp) {
        operands.set(i, combine(operations.get(i), operands.get(i), operands.remove(i + 1)));
        operations.remove(i);
      } else {
        i++;
      }
    }
    LogicalPlan result = operands.get(0);
    for (int i = 0; i < operations.size(); i++) {
      result = combine(operations.get(i), result, operands.get(i + 1));
    }
    return result;
  }

  private LogicalPlan combine(
      net.sf.jsqlparser.statement.select.SetOperation operation,
      LogicalPlan left,
      LogicalPlan right)
      throws SQLException {
    SetOperation.Kind kind =
        switch (operation.getClass().getSimpleName()) {
          case "UnionOp" -> SetOperation.Kind.UNION;
          case "IntersectOp" -> SetOperation.Kind.INTERSECT;
          case "ExceptOp", "MinusOp" -> SetOperation.Kind.EXCEPT;
          default -> throw SqlState.FEATURE_NOT_SUPPORTED.exception("Not supported: " + operation);
        };
    if (left.fields().size() != right.fields().size()) {
      throw SqlState.SYNTAX_ERROR.exception(
          kind
              + " needs the same number of columns on both sides, not "
              + left.fields().size()
              + " and "
              + right.fields().size());
    }
    List<Field> fields = new ArrayList<>();
    for (int i = 0; i < left.fields().size(); i++) {
      Field l = left.fields().get(i);
      SqlType type = Coercion.commonType(l.type(), right.fields().get(i).type());
      fields.add(Field.computed(context.newFieldId(), l.name(), type));
    }
    return new SetOperation(kind, operation.isAll(), left, right, fields);
  }

  /** ORDER BY (by position or output name) and LIMIT on a set operation or parenthesised query. */
  private LogicalPlan orderAndLimit(LogicalPlan plan, Select select) throws SQLException {
    List<OrderByElement> order = select.getOrderByElements();
    LogicalPlan result = plan;
    if (order != null && !order.isEmpty()) {
      Relation output = new Relation("", false, Optional.empty(), 0, plan.fields());
      ExpressionBinder binder =
          new ExpressionBinder(context, new Scope(List.of(output), null, ""), null, null, this);
      List<SortKey> keys = new ArrayList<>();
      for (OrderByElement element : order) {
        Expr expr =
            position(element.getExpression(), plan.fields().size())
                .map(
                    p ->
                        (Expr)
                            new ColumnRef(
                                p,
                                plan.fields().get(p).type(),
                                plan.fields().get(p).name(),
                                plan.fields().get(p).id()))
                .orElse(null);
        keys.add(
            ExpressionBinder.sortKey(
                expr != null ? expr : binder.bind(element.getExpression()), element));
      }
      result = new Sort(result, keys);
    }
    return limit(result, select);
  }

  /** An ORDER BY / GROUP BY position (0-based), if the expression is an integer literal. */
  static Optional<Integer> position(Expression expression, int columns) throws SQLException {
    if (expression instanceof LongValue value) {
      java.math.BigInteger position = new java.math.BigInteger(value.getStringValue());
      if (position.signum() < 1 || position.compareTo(java.math.BigInteger.valueOf(columns)) > 0) {
        throw SqlState.SYNTAX_ERROR.exception(
            "Position "
                + Excerpt.of(position.toString())
                + " is not in the select list (1 to "
                + columns
                + ")");
      }
      return Optional.of(position.intValue() - 1);
    }
    return Optional.empty();
  }

  /** LIMIT / OFFSET / FETCH of {@code select} on top of {@code plan}. */
  LogicalPlan limit(LogicalPlan plan, Select select) throws SQLException {
    RowCount offset = RowCount.NONE;
    RowCount fetch = RowCount.ALL;
    if (select.getLimit() != null) {
      if (select.getLimit().getRowCount() != null && !select.getLimit().isLimitAll()) {
        fetch = count(select.getLimit().getRowCount(), "LIMIT", RowCount.ALL);
      }
      if (select.getLimit().getOffset() != null) {
        offset = count(select.getLimit().getOffset(), "OFFSET", RowCount.NONE);
      }
    }
    if (select.getOffset() != null) {
      offset = count(select.getOffset().getOffset(), "OFFSET", RowCount.NONE);
    }
    if (select.getFetch() != null) {
      fetch =
          select.getFetch().getExpression() != null
              ? count(select.getFetch().getExpression(), "FETCH", RowCount.ALL)
              : new RowCount.Fixed(select.getFetch().getRowCount());
    }
    return offset.equals(RowCount.NONE) && fetch.equals(RowCount.ALL)
        ? plan
        : new Limit(plan, offset, fetch);
  }

  /** A count written as a number or a {@code ?} marker (an integer parameter). */
  private RowCount count(Expression expression, String clause, RowCount ifNull)
      throws SQLException {
    if (expression instanceof LongValue value) {
      // Beyond a long, a count means "all rows".
      java.math.BigInteger count = new java.math.BigInteger(value.getStringValue());
      return new RowCount.Fixed(count.bitLength() < 64 ? count.longValue() : Long.MAX_VALUE);
    }
    if (expression instanceof net.sf.jsqlparser.expression.NullValue) {
      return ifNull;
    }
    if (expression instanceof JdbcParameter parameter) {
      int index = parameter.getIndex() - 1;
      context.parameterType(index, SqlType.BIGINT);
      return new RowCount.Bound(index);
    }
    if (expression instanceof SignedExpression signed
        && signed.getSign() == '-'
        && signed.getExpression() instanceof LongValue) {
      throw SqlState.INVALID_PARAMETER_VALUE.exception(
          clause + " needs a non-negative integer, not " + Excerpt.of(expression.toString()));
    }
    throw SqlState.FEATURE_NOT_SUPPORTED.exception(
        "Not supported: "
            + clause
            + " "
            + Excerpt.of(expression.toString())
            + " (a non-negative integer or a ? parameter is needed)");
  }
}
