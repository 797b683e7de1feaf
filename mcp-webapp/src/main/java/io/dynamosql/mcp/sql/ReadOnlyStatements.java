package io.dynamosql.mcp.sql;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A first check that a statement does not start like a write, DDL or session command, so that an
 * assistant hears the read-only rule in plain words before anything reaches the driver. Anything
 * else goes to the driver, which reports syntax errors with their position and refuses every
 * non-query itself (SQLState 25006): this check is not the enforcement.
 */
public final class ReadOnlyStatements {

  private ReadOnlyStatements() {}

  /** Statement keywords that change data, schema, privileges or the session. */
  private static final Set<String> NOT_QUERIES =
      Set.of(
          "INSERT",
          "UPDATE",
          "DELETE",
          "MERGE",
          "UPSERT",
          "REPLACE",
          "TRUNCATE",
          "CREATE",
          "DROP",
          "ALTER",
          "RENAME",
          "GRANT",
          "REVOKE",
          "CALL",
          "EXEC",
          "EXECUTE",
          "COPY",
          "LOAD",
          "SET",
          "BEGIN",
          "START",
          "COMMIT",
          "ROLLBACK",
          "LOCK",
          "USE",
          "DECLARE");

  /** Why the statement is refused, or empty when it may be a query. */
  public static Optional<String> refusal(String sql) {
    String keyword = firstKeyword(sql);
    if (keyword.isEmpty()) {
      return Optional.of("The SQL text is empty: send one SELECT or WITH query.");
    }
    if (NOT_QUERIES.contains(keyword)) {
      return Optional.of(
          "Only SELECT and WITH queries are accepted: this server is read-only, and '"
              + keyword
              + "' statements are refused.");
    }
    return Optional.empty();
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
