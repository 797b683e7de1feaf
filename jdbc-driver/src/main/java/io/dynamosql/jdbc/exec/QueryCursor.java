package io.dynamosql.jdbc.exec;

import io.dynamosql.jdbc.error.SqlState;
import io.dynamosql.jdbc.result.ResultColumn;
import io.dynamosql.jdbc.result.RowCursor;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.List;

/** The rows of one execution, pulled from the operator tree as the ResultSet advances. */
final class QueryCursor implements RowCursor {

  private final List<ResultColumn> columns;
  private final RowSource source;
  private final ExecutionContext context;
  private boolean closed;

  QueryCursor(List<ResultColumn> columns, RowSource source, ExecutionContext context) {
    this.columns = columns;
    this.source = source;
    this.context = context;
  }

  @Override
  public List<ResultColumn> columns() {
    return columns;
  }

  @Override
  public Object[] next() throws SQLException {
    if (closed) {
      return null;
    }
    context.control().checkpoint();
    Object[] row;
    try {
      row = source.next();
    } catch (StackOverflowError tooDeep) {
      close();
      throw SqlState.SYNTAX_ERROR.exception(
          "The statement's expressions are nested too deeply to evaluate; simplify it");
    }
    if (row == null) {
      close();
    }
    return row;
  }

  @Override
  public SQLWarning warnings() {
    return context.warnings().chain();
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      source.close();
    }
  }
}
