package io.dynamosql.jdbc.result;

import java.util.Iterator;
import java.util.List;

/** A cursor over rows already in memory (metadata results, EXPLAIN output). */
public final class ListRowCursor implements RowCursor {

  private final List<ResultColumn> columns;
  private final Iterator<Object[]> rows;

  public ListRowCursor(List<ResultColumn> columns, List<Object[]> rows) {
    this.columns = List.copyOf(columns);
    this.rows = rows.iterator();
  }

  @Override
  public List<ResultColumn> columns() {
    return columns;
  }

  @Override
  public Object[] next() {
    return rows.hasNext() ? rows.next() : null;
  }

  @Override
  public void close() {}
}
