package io.dynamosql.jdbc.differential;

import java.util.Locale;

/**
 * One statement of the differential suite.
 *
 * @param source the resource file and line it comes from
 * @param sql what the driver runs
 * @param oracleSql what the reference engine runs: the same statement unless the file gives
 *     DuckDB's spelling of it ({@code -- duckdb:} lines), where the dialects spell a feature
 *     differently (0-based DynamoDB list indexes, casts of ISO-8601 strings)
 */
record DifferentialCase(String source, String sql, String oracleSql) {

  /** Whether the outermost query has ORDER BY, so that row order is part of the result. */
  boolean ordered() {
    StringBuilder outermost = new StringBuilder();
    int depth = 0;
    boolean quoted = false;
    for (char c : sql.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')') {
        depth--;
      } else if (!quoted && depth == 0) {
        outermost.append(c);
      }
    }
    return outermost
        .toString()
        .toUpperCase(Locale.ROOT)
        .replaceAll("\\s+", " ")
        .contains("ORDER BY");
  }

  @Override
  public String toString() {
    String oneLine = sql.replaceAll("\\s+", " ");
    return source + ": " + (oneLine.length() > 150 ? oneLine.substring(0, 147) + "..." : oneLine);
  }
}
