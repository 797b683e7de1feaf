package io.dynamosql.mcp.sql;

/**
 * Where the next page of a query starts.
 *
 * @param rowsReturned rows the earlier pages returned
 * @param resumeToken the driver's resume token of the last row returned ({@code
 *     ResultSet.getCursorName()}), which continues without reading those rows again; null when the
 *     plan has none, and the next page skips {@code rowsReturned} rows of a new execution instead
 */
public record Continuation(long rowsReturned, String resumeToken) {

  /** The first page. */
  public static final Continuation START = new Continuation(0, null);
}
