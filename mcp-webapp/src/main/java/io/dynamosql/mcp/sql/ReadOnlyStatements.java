package io.dynamosql.mcp.sql;

import java.util.Locale;
import java.util.Optional;

/**
 * A first check that a statement is a query (SELECT or WITH), so that an assistant hears the
 * read-only rule in plain words before anything reaches the driver. The driver refuses every other
 * statement itself (SQLState 25006); this check is not the enforcement.
 */
public final class ReadOnlyStatements {

  private ReadOnlyStatements() {}

  /** Why the statement is refused, or empty when it starts like a query. */
  public static Optional<String> refusal(String sql) {
    String keyword = firstKeyword(sql);
    if (keyword.equals("SELECT") || keyword.equals("WITH")) {
      return Optional.empty();
    }
    return Optional.of(
        keyword.isEmpty()
            ? "The SQL text is empty: send one SELECT or WITH query."
            : "Only SELECT and WITH queries are accepted: this server is read-only, and '"
                + keyword
                + "' statements are refused.");
  }

  private static String firstKeyword(String sql) {
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c) || c == '(') {
        i++;
      } else if (sql.startsWith("--", i)) {
        int end = sql.indexOf('\n', i);
        i = end < 0 ? n : end + 1;
      } else if (sql.startsWith("/*", i)) {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else {
        break;
      }
    }
    int start = i;
    while (i < n && Character.isLetter(sql.charAt(i))) {
      i++;
    }
    return sql.substring(start, i).toUpperCase(Locale.ROOT);
  }
}
