package io.dynamosql.jdbc.exec;

import io.dynamosql.jdbc.error.SqlState;
import io.dynamosql.jdbc.query.PreparedQuery;
import io.dynamosql.jdbc.query.QueryContext;
import io.dynamosql.jdbc.query.QueryEngine;
import java.sql.SQLException;

/**
 * The driver's SQL engine. This placeholder answers every statement with 0A000 until the engine
 * (parse, plan, execute) lands; the test suites that need it skip on that answer.
 */
public final class SqlEngine implements QueryEngine {

  @Override
  public PreparedQuery prepare(String sql, QueryContext context) throws SQLException {
    throw SqlState.FEATURE_NOT_SUPPORTED.exception("the SQL engine is not on this branch yet");
  }
}
