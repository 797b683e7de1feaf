package io.dynamosql.jdbc.exec;

import io.dynamosql.jdbc.error.SqlState;
import io.dynamosql.jdbc.plan.logical.DynamoRead;
import io.dynamosql.jdbc.plan.logical.Field;
import io.dynamosql.jdbc.plan.logical.LogicalPlan;
import io.dynamosql.jdbc.plan.rule.Planner;
import io.dynamosql.jdbc.query.ExecutionOptions;
import io.dynamosql.jdbc.query.PreparedQuery;
import io.dynamosql.jdbc.query.QueryContext;
import io.dynamosql.jdbc.result.ListRowCursor;
import io.dynamosql.jdbc.result.ResultColumn;
import io.dynamosql.jdbc.result.RowCursor;
import io.dynamosql.jdbc.schema.ColumnSchema;
import io.dynamosql.jdbc.schema.TableSchema;
import io.dynamosql.jdbc.sql.CompiledQuery;
import io.dynamosql.jdbc.type.SqlType;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A planned statement; each execution builds a fresh operator tree under its own ReadControl, over
 * the shapes of its reads built here once.
 */
final class EnginePreparedQuery implements PreparedQuery {

  private static final List<ResultColumn> EXPLAIN_COLUMNS =
      List.of(ResultColumn.computed("PLAN", SqlType.VARCHAR));

  private final String sql;
  private final CompiledQuery compiled;
  private final LogicalPlan plan;
  private final Planner planner;
  private final QueryContext context;
  private final List<ResultColumn> columns;
  private final Optional<SingleStream> stream;
  private final Map<DynamoRead, ReadShape> shapes;
  private List<String> explained;

  EnginePreparedQuery(
      String sql, CompiledQuery compiled, LogicalPlan plan, Planner planner, QueryContext context) {
    this.sql = sql;
    this.compiled = compiled;
    this.plan = plan;
    this.planner = planner;
    this.context = context;
    this.columns = compiled.explain() ? EXPLAIN_COLUMNS : columns(plan.fields());
    this.stream = compiled.explain() ? Optional.empty() : SingleStream.of(plan);
    IdentityHashMap<DynamoRead, ReadShape> shapes = new IdentityHashMap<>();
    if (!compiled.explain()) {
      collectShapes(plan, shapes);
    }
    this.shapes = Collections.unmodifiableMap(shapes);
  }

  /** Every read of the plan (not of its subqueries, planned when they run), shaped once. */
  private static void collectShapes(LogicalPlan node, Map<DynamoRead, ReadShape> shapes) {
    if (node instanceof DynamoRead read) {
      shapes.put(read, new ReadShape(read));
    }
    for (LogicalPlan input : node.inputs()) {
      collectShapes(input, shapes);
    }
  }

  private static List<ResultColumn> columns(List<Field> fields) {
    List<ResultColumn> columns = new ArrayList<>();
    for (Field field : fields) {
      String name = field.column().map(ColumnSchema::name).orElse(field.name());
      columns.add(
          new ResultColumn(
              field.name(),
              name,
              field.table().map(TableSchema::schemaName).orElse(""),
              field.table().map(TableSchema::name).orElse(""),
              field.type(),
              field.column().map(ColumnSchema::nullable).orElse(true)));
    }
    return columns;
  }

  @Override
  public List<SqlType> parameterTypes() {
    return compiled.parameterTypes();
  }

  @Override
  public List<ResultColumn> columns() {
    return columns;
  }

  @Override
  public synchronized List<String> plan() {
    if (explained == null) {
      explained = List.copyOf(ExplainText.of(plan, planner));
    }
    return explained;
  }

  @Override
  public RowCursor execute(List<Object> parameters, ExecutionOptions options) throws SQLException {
    List<Object> values = ParameterValues.of(parameters, compiled.parameterTypes());
    if (compiled.explain()) {
      if (options.resumeToken() != null) {
        throw cannotResume();
      }
      List<Object[]> rows = new ArrayList<>();
      for (String line : plan()) {
        rows.add(new Object[] {line});
      }
      return new ListRowCursor(EXPLAIN_COLUMNS, rows);
    }
    ExecutionContext execution =
        new ExecutionContext(
            context.reader(),
            options.control(),
            context.config(),
            values,
            planner,
            options.fetchSize(),
            shapes);
    StreamResume resume = resume(values, options.resumeToken());
    checkScans(plan, execution);
    RowSource source = Operators.build(plan, execution, resume);
    if (options.maxRows() > 0) {
      source = new LimitSource(source, 0, options.maxRows());
    }
    return new QueryCursor(columns, source, execution, resume);
  }

  /** The position tracking of a single-stream plan, starting where {@code token} says. */
  private StreamResume resume(List<Object> values, String token) throws SQLException {
    if (stream.isEmpty()) {
      if (token != null) {
        throw cannotResume();
      }
      return null;
    }
    byte[] identity = ResumeTokens.identity(sql, stream.get().read(), values);
    return new StreamResume(
        stream.get(), identity, token == null ? null : ResumeTokens.decode(identity, token));
  }

  private static SQLException cannotResume() {
    return SqlState.INVALID_PARAMETER_VALUE.exception(
        "The resume token given to Statement.setCursorName is refused: this statement's plan is"
            + " not one sequential DynamoDB read, so it never issues resume tokens");
  }

  /** The full-scan policy applies before anything is read. */
  private static void checkScans(LogicalPlan node, ExecutionContext execution) throws SQLException {
    if (node instanceof DynamoRead read) {
      TableReader.checkScan(read, execution);
    }
    for (LogicalPlan input : node.inputs()) {
      checkScans(input, execution);
    }
  }
}
