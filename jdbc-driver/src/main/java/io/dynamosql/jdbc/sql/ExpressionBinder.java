package io.dynamosql.jdbc.sql;

import io.dynamosql.jdbc.error.Excerpt;
import io.dynamosql.jdbc.error.SqlState;
import io.dynamosql.jdbc.exec.value.Arithmetic;
import io.dynamosql.jdbc.exec.value.Coercion;
import io.dynamosql.jdbc.exec.value.LikePattern;
import io.dynamosql.jdbc.plan.expr.Between;
import io.dynamosql.jdbc.plan.expr.BinaryArithmetic;
import io.dynamosql.jdbc.plan.expr.BooleanTest;
import io.dynamosql.jdbc.plan.expr.CaseWhen;
import io.dynamosql.jdbc.plan.expr.Comparison;
import io.dynamosql.jdbc.plan.expr.Concat;
import io.dynamosql.jdbc.plan.expr.ElementAccess;
import io.dynamosql.jdbc.plan.expr.Expr;
import io.dynamosql.jdbc.plan.expr.FieldAccess;
import io.dynamosql.jdbc.plan.expr.InList;
import io.dynamosql.jdbc.plan.expr.IsDistinct;
import io.dynamosql.jdbc.plan.expr.IsNull;
import io.dynamosql.jdbc.plan.expr.Like;
import io.dynamosql.jdbc.plan.expr.Literal;
import io.dynamosql.jdbc.plan.expr.Logical;
import io.dynamosql.jdbc.plan.expr.Negate;
import io.dynamosql.jdbc.plan.expr.Not;
import io.dynamosql.jdbc.plan.expr.Parameter;
import io.dynamosql.jdbc.plan.expr.SubqueryExpr;
import io.dynamosql.jdbc.plan.logical.AggregateCall;
import io.dynamosql.jdbc.plan.logical.SortKey;
import io.dynamosql.jdbc.plan.logical.WindowCall;
import io.dynamosql.jdbc.type.SqlType;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.AnyComparisonExpression;
import net.sf.jsqlparser.expression.ArrayExpression;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.BooleanValue;
import net.sf.jsqlparser.expression.CaseExpression;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.DateTimeLiteralExpression;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExtractExpression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.Parenthesis;
import net.sf.jsqlparser.expression.RowGetExpression;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.TimeKeyExpression;
import net.sf.jsqlparser.expression.TrimFunction;
import net.sf.jsqlparser.expression.WhenClause;
import net.sf.jsqlparser.expression.operators.arithmetic.Addition;
import net.sf.jsqlparser.expression.operators.arithmetic.Division;
import net.sf.jsqlparser.expression.operators.arithmetic.Modulo;
import net.sf.jsqlparser.expression.operators.arithmetic.Multiplication;
import net.sf.jsqlparser.expression.operators.arithmetic.Subtraction;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExistsExpression;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.GreaterThan;
import net.sf.jsqlparser.expression.operators.relational.GreaterThanEquals;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsBooleanExpression;
import net.sf.jsqlparser.expression.operators.relational.IsDistinctExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.MinorThan;
import net.sf.jsqlparser.expression.operators.relational.MinorThanEquals;
import net.sf.jsqlparser.expression.operators.relational.NotEqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.Select;

/**
 * Binds one JSqlParser expression against a {@link Scope}: names become column references,
 * functions are looked up, aggregates and window functions are handed to their collectors (when the
 * clause allows them), subqueries are bound as nested queries that see this scope.
 */
final class ExpressionBinder {

  private final BindContext context;
  private final Scope scope;
  private final Collector<AggregateCall> aggregates;
  private final Collector<WindowCall> windows;
  private final QueryBinder queries;

  ExpressionBinder(
      BindContext context,
      Scope scope,
      Collector<AggregateCall> aggregates,
      Collector<WindowCall> windows,
      QueryBinder queries) {
    this.context = context;
    this.scope = scope;
    this.aggregates = aggregates;
    this.windows = windows;
    this.queries = queries;
  }

  /** The same scope without aggregates or windows (inside an aggregate's argument). */
  private final FunctionBinder functions = new FunctionBinder(this);

  BindContext context() {
    return context;
  }

  Collector<AggregateCall> aggregates() {
    return aggregates;
  }

  Collector<WindowCall> windows() {
    return windows;
  }

  /** The same scope without window functions (inside a window's PARTITION BY / ORDER BY). */
  ExpressionBinder withoutWindows() {
    return new ExpressionBinder(context, scope, aggregates, null, queries);
  }

  ExpressionBinder plain() {
    return new ExpressionBinder(context, scope, null, null, queries);
  }

  Expr bind(Expression expression) throws SQLException {
    Expression e = expression;
    // Parentheses only group: they do not count as nesting.
    while (e instanceof Parenthesis
        || e instanceof ParenthesedExpressionList<?> list && list.getExpressions().size() == 1) {
      e =
          e instanceof Parenthesis p
              ? p.getExpression()
              : ((ParenthesedExpressionList<?>) e).getExpressions().get(0);
    }
    context.enter();
    try {
      return bindNode(e);
    } finally {
      context.exit();
    }
  }

  /** AND / OR chains are bound flat and iteratively: thousands of terms need no deep stack. */
  private Expr logical(Expression e) throws SQLException {
    boolean and = e instanceof AndExpression;
    Deque<Expression> pending = new ArrayDeque<>();
    pending.push(e);
    List<Expr> operands = new ArrayList<>();
    while (!pending.isEmpty()) {
      Expression next = pending.pop();
      if (and ? next instanceof AndExpression : next instanceof OrExpression) {
        BinaryExpression binary = (BinaryExpression) next;
        pending.push(binary.getRightExpression());
        pending.push(binary.getLeftExpression());
      } else {
        operands.add(bind(next));
      }
    }
    return new Logical(and, operands);
  }

  private Expr bindNode(Expression e) throws SQLException {
    if (e instanceof Column column) {
      return column(column);
    }
    if (e instanceof StringValue s) {
      return new Literal(s.getValue().replace("''", "'"), SqlType.VARCHAR);
    }
    if (e instanceof LongValue l) {
      return new Literal(new BigDecimal(l.getStringValue()), SqlType.BIGINT);
    }
    if (e instanceof DoubleValue d) {
      String text = d.toString();
      boolean scientific = text.toLowerCase(Locale.ROOT).contains("e");
      return scientific
          ? new Literal(d.getValue(), SqlType.DOUBLE)
          : new Literal(new BigDecimal(text), SqlType.DECIMAL);
    }
    if (e instanceof BooleanValue b) {
      return new Literal(b.getValue(), SqlType.BOOLEAN);
    }
    if (e instanceof NullValue) {
      return Literal.NULL;
    }
    if (e instanceof DateTimeLiteralExpression literal) {
      return dateTime(literal);
    }
    if (e instanceof JdbcParameter p) {
      int index = p.getIndex() - 1;
      context.parameterType(index, SqlType.NULL);
      return new Parameter(index, SqlType.NULL);
    }
    if (e instanceof Parenthesis p) {
      return bind(p.getExpression());
    }
    if (e instanceof ParenthesedSelect select) {
      return subquery(SubqueryExpr.Kind.SCALAR, select, null, null, false);
    }
    if (e instanceof ParenthesedExpressionList<?> list && list.getExpressions().size() == 1) {
      return bind(list.getExpressions().get(0));
    }
    if (e instanceof SignedExpression signed) {
      Expr operand = bind(signed.getExpression());
      return switch (signed.getSign()) {
        case '-' ->
            operand instanceof Literal lit && lit.value() instanceof BigDecimal d
                ? new Literal(d.negate(), lit.type())
                : new Negate(operand);
        case '+' -> operand;
        default -> throw unsupported("the operator " + signed.getSign());
      };
    }
    if (e instanceof AndExpression || e instanceof OrExpression) {
      return logical(e);
    }
    if (e instanceof NotExpression not) {
      return new Not(bind(not.getExpression()));
    }
    if (e instanceof EqualsTo c) {
      return comparison(Comparison.Operator.EQ, c.getLeftExpression(), c.getRightExpression());
    }
    if (e instanceof NotEqualsTo c) {
      return comparison(Comparison.Operator.NE, c.getLeftExpression(), c.getRightExpression());
    }
    if (e instanceof GreaterThan c) {
      return comparison(Comparison.Operator.GT, c.getLeftExpression(), c.getRightExpression());
    }
    if (e instanceof GreaterThanEquals c) {
      return comparison(Comparison.Operator.GE, c.getLeftExpression(), c.getRightExpression());
    }
    if (e instanceof MinorThan c) {
      return comparison(Comparison.Operator.LT, c.getLeftExpression(), c.getRightExpression());
    }
    if (e instanceof MinorThanEquals c) {
      return comparison(Comparison.Operator.LE, c.getLeftExpression(), c.getRightExpression());
    }
    if (operator(e) != null) {
      return arithmeticChain((BinaryExpression) e);
    }
    if (e instanceof IsNullExpression isNull) {
      return new IsNull(bind(isNull.getLeftExpression()), isNull.isNot());
    }
    if (e instanceof IsBooleanExpression test) {
      return new BooleanTest(bind(test.getLeftExpression()), test.isTrue(), test.isNot());
    }
    if (e instanceof IsDistinctExpression distinct) {
      Expr left = bind(distinct.getLeftExpression());
      Expr right = typed(bind(distinct.getRightExpression()), left.type());
      return new IsDistinct(typed(left, right.type()), right, distinct.isNot());
    }
    if (e instanceof net.sf.jsqlparser.expression.operators.relational.Between between) {
      Expr operand = bind(between.getLeftExpression());
      return new Between(
          operand,
          typed(bind(between.getBetweenExpressionStart()), operand.type()),
          typed(bind(between.getBetweenExpressionEnd()), operand.type()),
          between.isNot());
    }
    if (e instanceof InExpression in) {
      return in(in);
    }
    if (e instanceof ExistsExpression exists) {
      if (exists.getRightExpression() instanceof ParenthesedSelect select) {
        return subquery(SubqueryExpr.Kind.EXISTS, select, null, null, exists.isNot());
      }
      throw unsupported("EXISTS without a subquery");
    }
    if (e instanceof LikeExpression like) {
      return like(like);
    }
    if (e instanceof CaseExpression caseExpression) {
      return caseWhen(caseExpression);
    }
    if (e instanceof CastExpression cast) {
      return functions.cast(cast);
    }
    if (e instanceof ArrayExpression array) {
      if (array.getIndexExpression() == null) {
        throw unsupported("list slices");
      }
      return new ElementAccess(bind(array.getObjExpression()), bind(array.getIndexExpression()));
    }
    if (e instanceof RowGetExpression get) {
      return new FieldAccess(bind(get.getExpression()), Identifier.of(get.getColumnName()).text());
    }
    if (e instanceof AnalyticExpression analytic) {
      return functions.window(analytic);
    }
    if (e instanceof Function function) {
      return functions.function(function);
    }
    if (e instanceof ExtractExpression extract) {
      return functions.call(
          "EXTRACT",
          List.of(
              new Literal(extract.getName().toUpperCase(Locale.ROOT), SqlType.VARCHAR),
              bind(extract.getExpression())));
    }
    if (e instanceof TrimFunction trim) {
      return functions.trim(trim);
    }
    if (e instanceof TimeKeyExpression key) {
      return functions.call(
          key.getStringValue().toUpperCase(Locale.ROOT).replace("()", ""), List.of());
    }
    throw unsupported(
        e.getClass().getSimpleName().replace("Expression", "")
            + " expressions ("
            + Excerpt.of(e.toString())
            + ")");
  }

  private Expr column(Column column) throws SQLException {
    List<Identifier> parts = new ArrayList<>();
    if (column.getTable() != null && column.getTable().getNameParts() != null) {
      List<String> tableParts = new ArrayList<>(column.getTable().getNameParts());
      java.util.Collections.reverse(tableParts);
      for (String part : tableParts) {
        parts.add(Identifier.of(part));
      }
    }
    parts.add(Identifier.of(column.getColumnName()));
    Expr resolved = scope.resolve(parts);
    if (column.getArrayConstructor() != null) {
      // items[0] arrives as a column with an array constructor: list subscripts, 0-based.
      for (Expression index : column.getArrayConstructor().getExpressions()) {
        resolved = new ElementAccess(resolved, bind(index));
      }
    }
    return resolved;
  }

  private Expr dateTime(DateTimeLiteralExpression literal) throws SQLException {
    String value = literal.getValue();
    String text =
        value.length() >= 2 && value.startsWith("'")
            ? value.substring(1, value.length() - 1)
            : value;
    try {
      return switch (literal.getType()) {
        case DATE -> new Literal(LocalDate.parse(text), SqlType.DATE);
        case TIMESTAMP, TIMESTAMPTZ ->
            new Literal(
                Instant.parse(
                    text.contains("T")
                        ? (text.endsWith("Z") ? text : text + "Z")
                        : text.replace(' ', 'T') + (text.length() <= 10 ? "T00:00:00Z" : "Z")),
                SqlType.TIMESTAMP);
        default -> throw unsupported(literal.getType() + " literals");
      };
    } catch (DateTimeParseException bad) {
      throw SqlState.INVALID_DATETIME_FORMAT.exception(
          "Invalid " + literal.getType() + " literal '" + text + "'");
    }
  }

  private Expr comparison(Comparison.Operator operator, Expression l, Expression r)
      throws SQLException {
    Expr left = bind(l);
    if (r instanceof AnyComparisonExpression any) {
      SubqueryExpr.Kind kind =
          switch (any.getAnyType()) {
            case ALL -> SubqueryExpr.Kind.ALL;
            case ANY, SOME -> SubqueryExpr.Kind.ANY;
          };
      return subquery(kind, any.getSelect(), left, operator, false);
    }
    Expr right = bind(r);
    return new Comparison(operator, typed(left, right.type()), typed(right, left.type()));
  }

  /** A WHERE / HAVING / ON condition: BOOLEAN (or NULL, or a variant read at run time). */
  Expr condition(Expression e, String clause) throws SQLException {
    Expr condition = typed(bind(e), SqlType.BOOLEAN);
    if (condition.type() != SqlType.BOOLEAN
        && condition.type() != SqlType.NULL
        && condition.type() != SqlType.VARIANT) {
      throw SqlState.DATATYPE_MISMATCH.exception(
          clause
              + " needs a BOOLEAN condition, not "
              + condition.type()
              + ": "
              + Excerpt.of(e.toString()));
    }
    return condition;
  }

  /** A parameter takes the type of what it is compared with. */
  Expr typed(Expr expr, SqlType type) {
    if (expr instanceof Parameter p && p.type() == SqlType.NULL && type != SqlType.NULL) {
      context.parameterType(p.index(), type);
      return new Parameter(p.index(), type);
    }
    return expr;
  }

  /** The operator of an arithmetic or {@code ||} node: an {@link Arithmetic}, "||", or null. */
  private static Object operator(Expression e) {
    if (e instanceof Addition) {
      return Arithmetic.ADD;
    }
    if (e instanceof Subtraction) {
      return Arithmetic.SUBTRACT;
    }
    if (e instanceof Multiplication) {
      return Arithmetic.MULTIPLY;
    }
    if (e instanceof Division) {
      return Arithmetic.DIVIDE;
    }
    if (e instanceof Modulo) {
      return Arithmetic.MODULO;
    }
    return e instanceof net.sf.jsqlparser.expression.operators.arithmetic.Concat ? "||" : null;
  }

  /**
   * A left-deep chain ({@code a + b - c || d ...}) bound iteratively, constants folded as they
   * combine, so that a thousand terms need neither a deep stack nor a deep expression.
   */
  private Expr arithmeticChain(BinaryExpression top) throws SQLException {
    Deque<BinaryExpression> spine = new ArrayDeque<>();
    Expression leftmost = top;
    while (operator(leftmost) != null) {
      spine.push((BinaryExpression) leftmost);
      leftmost = ((BinaryExpression) leftmost).getLeftExpression();
    }
    Expr result = bind(leftmost);
    while (!spine.isEmpty()) {
      BinaryExpression node = spine.pop();
      Expr right = bind(node.getRightExpression());
      Object operator = operator(node);
      result =
          operator instanceof Arithmetic arithmetic
              ? arithmetic(arithmetic, result, right)
              : new Concat(result, right);
      result = folded(result);
    }
    return result;
  }

  /** A constant operation computed now (left for run time if it fails, e.g. 1 / 0). */
  private Expr folded(Expr expr) {
    if (!expr.children().stream().allMatch(c -> c instanceof Literal)) {
      return expr;
    }
    try {
      return new Literal(expr.eval(null, null), expr.type());
    } catch (SQLException | RuntimeException e) {
      return expr;
    }
  }

  private Expr arithmetic(Arithmetic operator, Expr left, Expr right) throws SQLException {
    left = typed(left, right.type() == SqlType.NULL ? SqlType.DECIMAL : right.type());
    right = typed(right, left.type());
    return new BinaryArithmetic(
        operator, left, right, operator.resultType(left.type(), right.type()));
  }

  private Expr in(InExpression in) throws SQLException {
    Expr operand = bind(in.getLeftExpression());
    Expression right = in.getRightExpression();
    if (right instanceof ParenthesedSelect select) {
      return subquery(SubqueryExpr.Kind.IN, select, operand, Comparison.Operator.EQ, in.isNot());
    }
    if (right instanceof ExpressionList<?> list) {
      List<Expr> values = new ArrayList<>();
      for (Expression value : list.getExpressions()) {
        values.add(typed(bind(value), operand.type()));
      }
      return new InList(operand, values, in.isNot());
    }
    throw unsupported("IN over " + right);
  }

  private Expr like(LikeExpression like) throws SQLException {
    String keyword = like.getLikeKeyWord() == null ? "LIKE" : like.getLikeKeyWord().name();
    if (!keyword.equals("LIKE") && !keyword.equals("ILIKE")) {
      throw unsupported(keyword);
    }
    boolean ignoreCase = keyword.equals("ILIKE");
    Expr operand = bind(like.getLeftExpression());
    Expr pattern = typed(bind(like.getRightExpression()), SqlType.VARCHAR);
    Character escape = null;
    if (like.getEscape() != null) {
      Expr escapeValue = bind(like.getEscape());
      if (!(escapeValue instanceof Literal lit)
          || !(lit.value() instanceof String text)
          || text.length() != 1) {
        throw SqlState.INVALID_ESCAPE_SEQUENCE.exception(
            "ESCAPE must be one character, not " + like.getEscape());
      }
      escape = text.charAt(0);
    }
    LikePattern compiled =
        pattern instanceof Literal lit && lit.value() instanceof String text
            ? LikePattern.compile(text, escape, ignoreCase)
            : null;
    return new Like(operand, pattern, escape, like.isNot(), ignoreCase, compiled);
  }

  private Expr caseWhen(CaseExpression caseExpression) throws SQLException {
    Expr subject =
        caseExpression.getSwitchExpression() == null
            ? null
            : bind(caseExpression.getSwitchExpression());
    List<Expr> conditions = new ArrayList<>();
    List<Expr> results = new ArrayList<>();
    SqlType type = SqlType.NULL;
    for (WhenClause when : caseExpression.getWhenClauses()) {
      Expr condition = bind(when.getWhenExpression());
      conditions.add(
          subject == null
              ? condition
              : new Comparison(Comparison.Operator.EQ, subject, typed(condition, subject.type())));
      Expr result = bind(when.getThenExpression());
      results.add(result);
      type = Coercion.commonType(type, result.type());
    }
    Expr otherwise =
        caseExpression.getElseExpression() == null
            ? Literal.NULL
            : bind(caseExpression.getElseExpression());
    type = Coercion.commonType(type, otherwise.type());
    return new CaseWhen(conditions, results, otherwise, type);
  }

  static SortKey sortKey(Expr expr, OrderByElement element) {
    boolean descending = !element.isAsc();
    boolean nullsFirst = element.getNullOrdering() == OrderByElement.NullOrdering.NULLS_FIRST;
    return new SortKey(expr, descending, nullsFirst);
  }

  private Expr subquery(
      SubqueryExpr.Kind kind,
      Select select,
      Expr operand,
      Comparison.Operator operator,
      boolean negated)
      throws SQLException {
    BoundQuery bound = queries.bindNested(select, scope);
    if (kind != SubqueryExpr.Kind.EXISTS && bound.plan().fields().size() != 1) {
      throw SqlState.SYNTAX_ERROR.exception(
          "A subquery used as a value must return one column, not " + bound.plan().fields().size());
    }
    SqlType type =
        kind == SubqueryExpr.Kind.SCALAR ? bound.plan().fields().get(0).type() : SqlType.BOOLEAN;
    Expr typedOperand =
        operand == null ? null : typed(operand, bound.plan().fields().get(0).type());
    return new SubqueryExpr(
        kind, bound.plan(), typedOperand, operator, negated, bound.correlated(), type);
  }

  static SQLException unsupported(String what) {
    return SqlState.FEATURE_NOT_SUPPORTED.exception("Not supported: " + what);
  }
}
