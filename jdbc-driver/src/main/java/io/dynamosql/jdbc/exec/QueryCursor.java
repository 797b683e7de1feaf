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
  private final StreamResume resume;
  private boolean closed;

  /**
   * @param resume the position of a single-stream plan's read, or null when the plan has none
   */
  QueryCursor(
      List<ResultColumn> columns, RowSource source, ExecutionContext context, StreamResume resume) {
    this.columns = columns;
    this.source = source;
    this.context = context;
    this.resume = resume;
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
  public String resumeToken() {
    return resume == null ? null : resume.token();
  }

  @Override
  public long itemsRead() {
    return context.control().itemsRead();
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
