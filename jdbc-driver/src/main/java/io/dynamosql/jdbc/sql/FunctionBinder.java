package io.dynamosql.jdbc.sql;

import io.dynamosql.jdbc.error.Excerpt;
import io.dynamosql.jdbc.error.SqlState;
import io.dynamosql.jdbc.exec.function.ScalarFunction;
import io.dynamosql.jdbc.exec.value.Coercion;
import io.dynamosql.jdbc.plan.expr.Cast;
import io.dynamosql.jdbc.plan.expr.Coalesce;
import io.dynamosql.jdbc.plan.expr.Expr;
import io.dynamosql.jdbc.plan.expr.FunctionCall;
import io.dynamosql.jdbc.plan.expr.GroupingCall;
import io.dynamosql.jdbc.plan.expr.Literal;
import io.dynamosql.jdbc.plan.expr.NullIf;
import io.dynamosql.jdbc.plan.logical.AggregateCall;
import io.dynamosql.jdbc.plan.logical.AggregateFunction;
import io.dynamosql.jdbc.plan.logical.SortKey;
import io.dynamosql.jdbc.plan.logical.WindowCall;
import io.dynamosql.jdbc.plan.logical.WindowFrame;
import io.dynamosql.jdbc.plan.logical.WindowFunction;
import io.dynamosql.jdbc.type.SqlType;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.TrimFunction;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.NamedExpressionList;
import net.sf.jsqlparser.statement.select.OrderByElement;

/**
 * Binds function calls for {@link ExpressionBinder}: scalar functions of the library (with the SQL
 * special forms TRIM, POSITION, EXTRACT, COALESCE, NULLIF), CAST, aggregates and window functions.
 */
final class FunctionBinder {

  private static final List<String> RANKINGS =
      List.of("ROW_NUMBER", "RANK", "DENSE_RANK", "PERCENT_RANK", "CUME_DIST", "NTILE");
  private static final List<String> VALUES = List.of("FIRST_VALUE", "LAST_VALUE", "NTH_VALUE");
  private static final List<String> SHIFTS = List.of("LAG", "LEAD");

  private final ExpressionBinder expressions;

  FunctionBinder(ExpressionBinder expressions) {
    this.expressions = expressions;
  }

  Expr cast(CastExpression cast) throws SQLException {
    Expr operand = expressions.bind(cast.getLeftExpression());
    String declared = cast.getColDataType().getDataType().toUpperCase(Locale.ROOT).trim();
    List<String> arguments = cast.getColDataType().getArgumentsStringList();
    int open = declared.indexOf('(');
    if (open > 0 && declared.endsWith(")")) {
      // JSqlParser keeps DECIMAL(10, 2) as one type name with its arguments.
      arguments = List.of(declared.substring(open + 1, declared.length() - 1).split(","));
      declared = declared.substring(0, open).trim();
    }
    String name = declared;
    SqlType type =
        switch (name) {
          case "VARCHAR", "CHAR", "TEXT", "STRING", "CHARACTER", "CHARACTER VARYING", "NVARCHAR" ->
              SqlType.VARCHAR;
          case "INT",
                  "INTEGER",
                  "BIGINT",
                  "SMALLINT",
                  "TINYINT",
                  "INT4",
                  "INT8",
                  "LONG",
                  "HUGEINT" ->
              SqlType.BIGINT;
          case "DECIMAL", "NUMERIC", "NUMBER", "DEC" -> SqlType.DECIMAL;
          case "DOUBLE", "DOUBLE PRECISION", "FLOAT", "REAL", "FLOAT8", "FLOAT4" -> SqlType.DOUBLE;
          case "BOOLEAN", "BOOL" -> SqlType.BOOLEAN;
          case "DATE" -> SqlType.DATE;
          case "TIMESTAMP", "TIMESTAMPTZ", "DATETIME" -> SqlType.TIMESTAMP;
          case "VARBINARY", "BINARY", "BLOB", "BYTEA" -> SqlType.VARBINARY;
          case "JSON" -> SqlType.JSON;
          default -> throw ExpressionBinder.unsupported("CAST to " + name);
        };
    boolean sized = type == SqlType.DECIMAL && arguments != null && !arguments.isEmpty();
    Integer precision = sized ? Integer.valueOf(arguments.get(0).trim()) : null;
    Integer scale =
        sized ? (arguments.size() > 1 ? Integer.valueOf(arguments.get(1).trim()) : 0) : null;
    String text =
        name
            + (arguments == null || arguments.isEmpty()
                ? ""
                : "(" + String.join(", ", arguments) + ")");
    return new Cast(expressions.typed(operand, type), type, precision, scale, text);
  }

  Expr trim(TrimFunction trim) throws SQLException {
    Expr value;
    Expr characters = null;
    if (trim.getFromExpression() != null) {
      value = expressions.bind(trim.getFromExpression());
      characters = trim.getExpression() == null ? null : expressions.bind(trim.getExpression());
    } else {
      value = expressions.bind(trim.getExpression());
    }
    String name =
        trim.getTrimSpecification() == null
            ? "TRIM"
            : switch (trim.getTrimSpecification()) {
              case LEADING -> "LTRIM";
              case TRAILING -> "RTRIM";
              default -> "TRIM";
            };
    return call(name, characters == null ? List.of(value) : List.of(value, characters));
  }

  Expr function(Function function) throws SQLException {
    String name = function.getName().toUpperCase(Locale.ROOT);
    Optional<AggregateFunction> aggregate = AggregateFunction.named(name);
    if (aggregate.isPresent()) {
      return aggregate(aggregate.get(), function);
    }
    List<Expr> arguments = new ArrayList<>();
    ExpressionList<?> parameters =
        function.getParameters() != null ? function.getParameters() : function.getNamedParameters();
    if (parameters != null) {
      for (Expression argument : parameters.getExpressions()) {
        arguments.add(expressions.bind(argument));
      }
    }
    List<String> keywords =
        parameters instanceof NamedExpressionList<?> named ? named.getNames() : List.of();
    switch (name) {
      case "GROUPING" -> {
        if (expressions.aggregates() == null || arguments.isEmpty()) {
          throw SqlState.SYNTAX_ERROR.exception(
              "GROUPING(...) takes GROUP BY columns and is allowed only in SELECT, HAVING and"
                  + " ORDER BY of a grouped query: "
                  + Excerpt.of(function.toString()));
        }
        return new GroupingCall(arguments);
      }
      case "COALESCE" -> {
        SqlType type = SqlType.NULL;
        for (Expr argument : arguments) {
          type = Coercion.commonType(type, argument.type());
        }
        return new Coalesce(arguments, type);
      }
      case "NULLIF" -> {
        arity(name, arguments, 2);
        return new NullIf(
            arguments.get(0), expressions.typed(arguments.get(1), arguments.get(0).type()));
      }
      case "POSITION" -> {
        if (keywords.size() == 2 && "IN".equalsIgnoreCase(keywords.get(1).trim())) {
          return call("STRPOS", List.of(arguments.get(1), arguments.get(0)));
        }
      }
      default -> {}
    }
    return call(name, arguments);
  }

  private static void arity(String name, List<Expr> arguments, int count) throws SQLException {
    if (arguments.size() != count) {
      throw SqlState.UNDEFINED_FUNCTION.exception(
          name + " takes " + count + " arguments, not " + arguments.size());
    }
  }

  Expr call(String name, List<Expr> arguments) throws SQLException {
    Optional<ScalarFunction> function = expressions.context().functions().lookup(name);
    if (function.isEmpty()) {
      throw SqlState.UNDEFINED_FUNCTION.exception(
          "Unknown function "
              + name
              + Suggestions.closest(name, expressions.context().functions().names()));
    }
    List<SqlType> types = arguments.stream().map(Expr::type).toList();
    return new FunctionCall(function.get(), arguments, function.get().returnType(types));
  }

  Expr aggregate(AggregateFunction function, Function call) throws SQLException {
    if (expressions.aggregates() == null) {
      throw SqlState.SYNTAX_ERROR.exception(
          "The aggregate "
              + call
              + " is not allowed here (only in SELECT, HAVING and ORDER BY of a query)");
    }
    AggregateCall bound =
        aggregateCall(
            function,
            call.isDistinct(),
            call.isAllColumns(),
            call.getParameters(),
            expressions.plain());
    return expressions.aggregates().add(bound, bound.sql(), bound.type());
  }

  /**
   * @param arguments binds the argument: without aggregates in GROUP BY's, with them (over the
   *     grouped rows) in a window's
   */
  private static AggregateCall aggregateCall(
      AggregateFunction function,
      boolean distinct,
      boolean star,
      ExpressionList<?> parameters,
      ExpressionBinder arguments)
      throws SQLException {
    boolean countStar =
        star
            || parameters == null
            || parameters.getExpressions().isEmpty()
            || parameters.getExpressions().get(0)
                instanceof net.sf.jsqlparser.statement.select.AllColumns;
    if (countStar) {
      if (function != AggregateFunction.COUNT) {
        throw SqlState.SYNTAX_ERROR.exception(
            function + "(*) is not an aggregate; only COUNT(*) is");
      }
      return new AggregateCall(function, false, null, SqlType.BIGINT);
    }
    if (parameters.getExpressions().size() != 1) {
      throw SqlState.UNDEFINED_FUNCTION.exception(function + " takes one argument");
    }
    Expr argument = arguments.bind(parameters.getExpressions().get(0));
    return new AggregateCall(function, distinct, argument, function.resultType(argument.type()));
  }

  Expr window(AnalyticExpression analytic) throws SQLException {
    if (expressions.windows() == null) {
      throw SqlState.SYNTAX_ERROR.exception(
          "The window function " + analytic + " is not allowed here (only in SELECT and ORDER BY)");
    }
    String name = analytic.getName().toUpperCase(Locale.ROOT);
    ExpressionBinder inner = expressions.withoutWindows();
    List<Expr> partition = new ArrayList<>();
    if (analytic.getPartitionExpressionList() != null) {
      for (Expression e : analytic.getPartitionExpressionList().getExpressions()) {
        partition.add(inner.bind(e));
      }
    }
    List<SortKey> order = new ArrayList<>();
    if (analytic.getOrderByElements() != null) {
      for (OrderByElement element : analytic.getOrderByElements()) {
        order.add(ExpressionBinder.sortKey(inner.bind(element.getExpression()), element));
      }
    }
    WindowFrame frame = FrameBinder.bind(analytic.getWindowElement());
    WindowFunction function;
    SqlType type;
    if (RANKINGS.contains(name)) {
      function = new WindowFunction.Ranking(name, buckets(name, analytic));
      type =
          name.equals("PERCENT_RANK") || name.equals("CUME_DIST") ? SqlType.DOUBLE : SqlType.BIGINT;
    } else if (SHIFTS.contains(name)) {
      WindowFunction.Shift shift = shift(name, analytic, inner);
      function = shift;
      type = Coercion.commonType(shift.argument().type(), shift.fallback().type());
    } else if (VALUES.contains(name)) {
      WindowFunction.Value value = value(name, analytic, inner);
      function = value;
      type = value.argument().type();
    } else {
      AggregateFunction aggregate =
          AggregateFunction.named(name)
              .orElseThrow(() -> ExpressionBinder.unsupported("the window function " + name));
      ExpressionList<?> parameters =
          analytic.getExpression() == null ? null : new ExpressionList<>(analytic.getExpression());
      AggregateCall call =
          aggregateCall(
              aggregate, analytic.isDistinct(), analytic.isAllColumns(), parameters, inner);
      function = new WindowFunction.Aggregating(call);
      type = call.type();
    }
    WindowCall call = new WindowCall(function, partition, order, frame, type);
    return expressions.windows().add(call, call.sql(), call.type());
  }

  /** NTILE's bucket count, a positive integer; 0 for the other ranking functions. */
  private static long buckets(String name, AnalyticExpression analytic) throws SQLException {
    Expression argument = analytic.getExpression();
    if (!name.equals("NTILE")) {
      if (argument != null) {
        throw SqlState.UNDEFINED_FUNCTION.exception(name + " takes no argument");
      }
      return 0;
    }
    return integer(argument, true, "NTILE needs a positive integer number of buckets");
  }

  /**
   * A non-negative ({@code positive}: positive) integer literal argument below 2^62, so that row
   * arithmetic cannot overflow; 22023 with {@code message} otherwise.
   */
  private static long integer(Expression argument, boolean positive, String message)
      throws SQLException {
    if (!(argument instanceof LongValue n)
        || n.getBigIntegerValue().signum() < (positive ? 1 : 0)
        || n.getBigIntegerValue().bitLength() > 62) {
      throw SqlState.INVALID_PARAMETER_VALUE.exception(
          message + ", not " + Excerpt.of(String.valueOf(argument)));
    }
    return n.getValue();
  }

  /**
   * The value argument of a LAG / LEAD / FIRST_VALUE ... call ({@code usage} when it is missing).
   */
  private static Expr valueArgument(
      String name, AnalyticExpression analytic, ExpressionBinder inner, String usage)
      throws SQLException {
    if (analytic.isIgnoreNulls() || analytic.isIgnoreNullsOutside()) {
      throw ExpressionBinder.unsupported("IGNORE NULLS in " + name);
    }
    if (analytic.getExpression() == null || analytic.isAllColumns() || analytic.isDistinct()) {
      throw SqlState.UNDEFINED_FUNCTION.exception(name + usage);
    }
    return inner.bind(analytic.getExpression());
  }

  /** LAG(x [, n [, default]]) and LEAD(...), n a non-negative integer (1 when not given). */
  private static WindowFunction.Shift shift(
      String name, AnalyticExpression analytic, ExpressionBinder inner) throws SQLException {
    Expr argument =
        valueArgument(
            name,
            analytic,
            inner,
            " takes a value, an optional row offset and an optional default");
    long offset =
        analytic.getOffset() == null
            ? 1
            : integer(
                analytic.getOffset(), false, name + " needs a non-negative integer row offset");
    Expr fallback =
        analytic.getDefaultValue() == null
            ? Literal.NULL
            : inner.typed(inner.bind(analytic.getDefaultValue()), argument.type());
    return new WindowFunction.Shift(name, argument, offset, fallback);
  }

  /** FIRST_VALUE(x), LAST_VALUE(x), NTH_VALUE(x, n) with n a positive integer. */
  private static WindowFunction.Value value(
      String name, AnalyticExpression analytic, ExpressionBinder inner) throws SQLException {
    Expr argument =
        valueArgument(
            name,
            analytic,
            inner,
            name.equals("NTH_VALUE") ? " takes a value and a row number" : " takes one value");
    long nth = 1;
    if (name.equals("NTH_VALUE")) {
      nth = integer(analytic.getOffset(), true, "NTH_VALUE needs a positive integer row number");
    } else if (analytic.getOffset() != null) {
      throw SqlState.UNDEFINED_FUNCTION.exception(name + " takes one value");
    }
    return new WindowFunction.Value(name, argument, nth);
  }
}
