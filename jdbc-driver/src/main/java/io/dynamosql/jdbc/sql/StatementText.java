package io.dynamosql.jdbc.sql;

import io.dynamosql.jdbc.error.SqlState;
import java.sql.SQLException;
import java.util.Locale;

/**
 * A lexical pass over the SQL text before the parser sees it: finds the first keyword, refuses
 * empty text and more than one statement, and protects quoted identifiers that contain dots ({@code
 * "loyalty.points"}), which the parser would otherwise split into a qualified name.
 *
 * @param text the statement with a trailing {@code ;} removed and dots inside quoted identifiers
 *     replaced by {@link #QUOTED_DOT} (same length, so error positions still match the input)
 * @param firstKeyword the first word outside comments, upper case ({@code ""} if none)
 * @param words every word outside literals, quoted identifiers and comments, upper case
 */
record StatementText(String text, String firstKeyword, java.util.Set<String> words) {

  /** Stands for a dot inside a double-quoted identifier until the binder restores it. */
  static final char QUOTED_DOT = '\uE000';

  static StatementText scan(String sql) throws SQLException {
    StringBuilder text = new StringBuilder(sql);
    String firstKeyword = "";
    java.util.Set<String> words = new java.util.HashSet<>();
    int end = sql.length();
    int i = 0;
    int statementEnd = -1;
    while (i < end) {
      char c = sql.charAt(i);
      if (c == '-' && i + 1 < end && sql.charAt(i + 1) == '-') {
        while (i < end && sql.charAt(i) != '\n') {
          i++;
        }
        continue;
      }
      if (c == '/' && i + 2 < end && sql.charAt(i + 1) == '*' && sql.charAt(i + 2) == '!') {
        // MySQL runs the text of /*! ... */ as SQL; nothing may hide there.
        throw SqlState.SYNTAX_ERROR.exception(
            "Executable comments (/*! ... */) are not allowed at position "
                + (i + 1)
                + "; send one SELECT, WITH, set operation or EXPLAIN");
      }
      if (c == '/' && i + 1 < end && sql.charAt(i + 1) == '*') {
        int close = sql.indexOf("*/", i + 2);
        i = close < 0 ? end : close + 2;
        continue;
      }
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (statementEnd >= 0) {
        throw SqlState.SYNTAX_ERROR.exception(
            "Only one statement per execute is allowed (a second one starts at position "
                + (i + 1)
                + "); send one SELECT, WITH, set operation or EXPLAIN at a time");
      }
      if (c == ';') {
        statementEnd = i;
        i++;
        continue;
      }
      if (c == '\'' || c == '"' || c == '`') {
        int close = closingQuote(sql, i, c);
        if (c == '"') {
          for (int j = i + 1; j < close; j++) {
            if (sql.charAt(j) == '.') {
              text.setCharAt(j, QUOTED_DOT);
            }
          }
        }
        i = close + 1;
        continue;
      }
      if (Character.isLetter(c) || c == '_') {
        int start = i;
        while (i < end && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
          i++;
        }
        String word = sql.substring(start, i).toUpperCase(Locale.ROOT);
        words.add(word);
        if (firstKeyword.isEmpty()) {
          firstKeyword = word;
        }
        continue;
      }
      if (firstKeyword.isEmpty() && c != '(') {
        firstKeyword = String.valueOf(c);
      }
      i++;
    }
    if (firstKeyword.isEmpty()) {
      throw SqlState.SYNTAX_ERROR.exception(
          "The statement is empty; expected SELECT, WITH, a set operation or EXPLAIN");
    }
    String body = statementEnd >= 0 ? text.substring(0, statementEnd) : text.toString();
    return new StatementText(body, firstKeyword, words);
  }

  private static int closingQuote(String sql, int open, char quote) {
    int i = open + 1;
    while (i < sql.length()) {
      if (sql.charAt(i) == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i;
      }
      i++;
    }
    return sql.length() - 1;
  }

  /** Undoes the protection of dots in a quoted identifier the parser handed back. */
  static String restoreDots(String identifier) {
    return identifier.replace(QUOTED_DOT, '.');
  }
}
