package io.dynamosql.jdbc.exec;

import io.dynamosql.jdbc.error.SqlState;
import io.dynamosql.jdbc.exec.function.FunctionRegistry;
import io.dynamosql.jdbc.plan.rule.Planner;
import io.dynamosql.jdbc.query.PreparedQuery;
import io.dynamosql.jdbc.query.QueryContext;
import io.dynamosql.jdbc.query.QueryEngine;
import io.dynamosql.jdbc.sql.CompiledQuery;
import java.sql.SQLException;

/**
 * The driver's SQL engine: parse and check (package {@code sql}), bind, plan onto the cheapest
 * DynamoDB reads ({@code plan}), and execute as streaming operators (this package).
 */
public final class SqlEngine implements QueryEngine {

  private final FunctionRegistry functions = FunctionRegistry.standard();

  @Override
  public PreparedQuery prepare(String sql, QueryContext context) throws SQLException {
    String schema =
        context.schema() == null || context.schema().isEmpty()
            ? context.catalog().defaultSchema()
            : context.schema();
    try {
      CompiledQuery compiled = CompiledQuery.compile(sql, context.catalog(), schema, functions);
      Planner planner = new Planner(context.config().scanSegments());
      return new EnginePreparedQuery(
          sql, compiled, planner.plan(compiled.plan()), planner, context);
    } catch (StackOverflowError tooDeep) {
      // The binder bounds nesting; this is the last guard for shapes it does not count.
      throw SqlState.SYNTAX_ERROR.exception(
          "The statement is nested too deeply to plan; simplify it");
    }
  }
}
