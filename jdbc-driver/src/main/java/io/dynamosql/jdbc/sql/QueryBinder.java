package io.dynamosql.jdbc.sql;

import io.dynamosql.jdbc.error.Excerpt;
import io.dynamosql.jdbc.error.SqlState;
import io.dynamosql.jdbc.exec.value.Coercion;
import io.dynamosql.jdbc.plan.expr.Expr;
import io.dynamosql.jdbc.plan.logical.Field;
import io.dynamosql.jdbc.plan.logical.Limit;
import io.dynamosql.jdbc.plan.logical.LogicalPlan;
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
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.statement.select.IntersectOp;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SetOperationList;
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

  /** A CTE's body, bound afresh for each reference. */
  LogicalPlan bindCte(Identifier name, Select body) throws SQLException {
    if (!inProgress.add(body)) {
      throw SqlState.FEATURE_NOT_SUPPORTED.exception(
          "Not supported: the recursive CTE " + name + " (WITH RECURSIVE)");
    }
    try {
      return bind(body, null);
    } finally {
      inProgress.remove(body);
    }
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
      Map<String, Select> frame = new LinkedHashMap<>();
      for (WithItem<?> item : with) {
        if (!(item.getStatement() instanceof ParenthesedSelect)) {
          throw SqlState.READ_ONLY_TRANSACTION.exception(
              "A WITH item that is not a query is refused: " + ReadOnlyGate.ALLOWED);
        }
        if (item.isRecursive()) {
          throw SqlState.FEATURE_NOT_SUPPORTED.exception("Not supported: WITH RECURSIVE");
        }
        if (item.getWithItemList() != null && !item.getWithItemList().isEmpty()) {
          throw SqlState.FEATURE_NOT_SUPPORTED.exception(
              "Not supported: column lists on CTE " + item.getAliasName());
        }
        frame.put(Identifier.of(item.getAliasName()).text(), item.getSelect());
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
    throw SqlState.FEATURE_NOT_SUPPORTED.exception(
        "Not supported: " + Excerpt.of(select.toString()));
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
                            new io.dynamosql.jdbc.plan.expr.ColumnRef(
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
    long offset = 0;
    long fetch = -1;
    if (select.getLimit() != null) {
      if (select.getLimit().getRowCount() != null && !select.getLimit().isLimitAll()) {
        fetch = count(select.getLimit().getRowCount(), "LIMIT");
      }
      if (select.getLimit().getOffset() != null) {
        offset = count(select.getLimit().getOffset(), "OFFSET");
      }
    }
    if (select.getOffset() != null) {
      offset = count(select.getOffset().getOffset(), "OFFSET");
    }
    if (select.getFetch() != null) {
      fetch =
          select.getFetch().getExpression() != null
              ? count(select.getFetch().getExpression(), "FETCH")
              : select.getFetch().getRowCount();
    }
    return offset == 0 && fetch < 0 ? plan : new Limit(plan, offset, fetch);
  }

  private static long count(Expression expression, String clause) throws SQLException {
    if (expression instanceof LongValue value) {
      // Beyond a long, a count means "all rows".
      java.math.BigInteger count = new java.math.BigInteger(value.getStringValue());
      return count.bitLength() < 64 ? count.longValue() : Long.MAX_VALUE;
    }
    if (expression instanceof net.sf.jsqlparser.expression.NullValue) {
      return -1;
    }
    throw SqlState.FEATURE_NOT_SUPPORTED.exception(
        "Not supported: "
            + clause
            + " "
            + Excerpt.of(expression.toString())
            + " (a non-negative integer is needed)");
  }
}
