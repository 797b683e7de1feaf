package io.dynamosql.jdbc.sql;

import io.dynamosql.jdbc.exec.function.FunctionRegistry;
import io.dynamosql.jdbc.plan.logical.LogicalPlan;
import io.dynamosql.jdbc.schema.Catalog;
import io.dynamosql.jdbc.type.SqlType;
import java.sql.SQLException;
import java.util.List;

/**
 * A statement parsed, checked read-only and bound to the catalog: the only thing that leaves this
 * package (JSqlParser does not).
 *
 * @param plan the bound plan (not yet planned onto DynamoDB reads)
 * @param parameterTypes one type per {@code ?} marker
 * @param explain whether the statement was {@code EXPLAIN <query>}
 */
public record CompiledQuery(LogicalPlan plan, List<SqlType> parameterTypes, boolean explain) {

  public CompiledQuery {
    parameterTypes = List.copyOf(parameterTypes);
  }

  /**
   * @param schema the schema unqualified table names resolve in
   * @throws SQLException 42000 syntax, 25006 not a read, 42S02 / 42S22 / 42702 names, 0A000
   */
  public static CompiledQuery compile(
      String sql, Catalog catalog, String schema, FunctionRegistry functions) throws SQLException {
    SqlParser.ParsedQuery parsed = SqlParser.parse(sql);
    BindContext context = new BindContext(catalog, schema, functions);
    LogicalPlan plan = new QueryBinder(context).bindTop(parsed.select());
    return new CompiledQuery(plan, context.parameterTypes(), parsed.explain());
  }
}
