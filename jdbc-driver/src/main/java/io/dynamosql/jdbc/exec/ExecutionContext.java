package io.dynamosql.jdbc.exec;

import io.dynamosql.jdbc.config.DriverConfig;
import io.dynamosql.jdbc.dynamo.ItemReader;
import io.dynamosql.jdbc.dynamo.ReadControl;
import io.dynamosql.jdbc.plan.expr.EvalContext;
import io.dynamosql.jdbc.plan.expr.SubqueryExpr;
import io.dynamosql.jdbc.plan.logical.DynamoRead;
import io.dynamosql.jdbc.plan.logical.LogicalPlan;
import io.dynamosql.jdbc.plan.rule.Planner;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One execution of a statement: its reader, read control, parameter values, memory budget, the
 * shapes of its reads; and, for a subquery, the rows of the queries around it. Subqueries are
 * planned when first run and, when uncorrelated, run only once.
 */
final class ExecutionContext implements EvalContext {

  private final ItemReader reader;
  private final ReadControl control;
  private final DriverConfig config;
  private final List<Object> parameters;
  private final MemoryBudget memory;
  private final Planner planner;
  private final List<Object[]> outerRows;
  private final Map<SubqueryExpr, LogicalPlan> plans;
  private final Map<SubqueryExpr, List<Object[]>> results;
  private final Warnings warnings;
  private final int fetchSize;
  private final Map<DynamoRead, ReadShape> shapes;

  ExecutionContext(
      ItemReader reader,
      ReadControl control,
      DriverConfig config,
      List<Object> parameters,
      Planner planner,
      int fetchSize,
      Map<DynamoRead, ReadShape> shapes) {
    this(
        reader,
        control,
        config,
        parameters,
        new MemoryBudget(config.memoryLimit()),
        planner,
        List.of(),
        new IdentityHashMap<>(),
        new IdentityHashMap<>(),
        new Warnings(),
        fetchSize,
        shapes);
  }

  private ExecutionContext(
      ItemReader reader,
      ReadControl control,
      DriverConfig config,
      List<Object> parameters,
      MemoryBudget memory,
      Planner planner,
      List<Object[]> outerRows,
      Map<SubqueryExpr, LogicalPlan> plans,
      Map<SubqueryExpr, List<Object[]>> results,
      Warnings warnings,
      int fetchSize,
      Map<DynamoRead, ReadShape> shapes) {
    this.reader = reader;
    this.control = control;
    this.config = config;
    this.parameters = parameters;
    this.memory = memory;
    this.planner = planner;
    this.outerRows = outerRows;
    this.plans = plans;
    this.results = results;
    this.warnings = warnings;
    this.fetchSize = fetchSize;
    this.shapes = shapes;
  }

  Planner planner() {
    return planner;
  }

  /** The JDBC fetch size: DynamoDB's page size (Limit) for reads without an exact limit. */
  int fetchSize() {
    return fetchSize;
  }

  /**
   * The shape of a read: built when the statement was prepared, or now for a read planned during
   * the execution (a subquery's).
   */
  ReadShape shape(DynamoRead read) {
    ReadShape shape = shapes.get(read);
    return shape != null ? shape : new ReadShape(read);
  }

  Warnings warnings() {
    return warnings;
  }

  ItemReader reader() {
    return reader;
  }

  ReadControl control() {
    return control;
  }

  DriverConfig config() {
    return config;
  }

  MemoryBudget memory() {
    return memory;
  }

  @Override
  public Object parameter(int index) {
    return parameters.get(index);
  }

  @Override
  public Object[] outerRow(int depth) {
    return outerRows.get(depth - 1);
  }

  @Override
  public List<Object[]> subqueryRows(SubqueryExpr subquery, Object[] row, int limit)
      throws SQLException {
    if (!subquery.correlated()) {
      List<Object[]> cached = results.get(subquery);
      if (cached == null) {
        cached = run(subquery, row, Integer.MAX_VALUE);
        results.put(subquery, cached);
      }
      return cached.size() > limit ? cached.subList(0, limit) : cached;
    }
    return run(subquery, row, limit);
  }

  private List<Object[]> run(SubqueryExpr subquery, Object[] row, int limit) throws SQLException {
    LogicalPlan plan = plans.computeIfAbsent(subquery, s -> planner.plan(s.plan()));
    List<Object[]> stack = new ArrayList<>();
    stack.add(row);
    stack.addAll(outerRows);
    ExecutionContext inner =
        new ExecutionContext(
            reader,
            control,
            config,
            parameters,
            memory,
            planner,
            stack,
            plans,
            results,
            warnings,
            fetchSize,
            shapes);
    List<Object[]> rows = new ArrayList<>();
    try (RowSource source = Operators.build(plan, inner)) {
      while (rows.size() < limit) {
        Object[] next = source.next();
        if (next == null) {
          break;
        }
        rows.add(next);
      }
    }
    return rows;
  }
}
