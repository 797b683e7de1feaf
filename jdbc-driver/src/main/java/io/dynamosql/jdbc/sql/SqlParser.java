package io.dynamosql.jdbc.sql;

import io.dynamosql.jdbc.error.Excerpt;
import io.dynamosql.jdbc.error.SqlState;
import java.sql.SQLException;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.Select;

/**
 * The only door to JSqlParser: SQL text in, a checked read-only query out. {@code EXPLAIN} is
 * recognised here, so that what follows it passes the same gate as a plain statement.
 */
final class SqlParser {

  private static final String EXPLAIN = "EXPLAIN";

  private SqlParser() {}

  /** A parsed query and whether the statement asked for its plan only. */
  record ParsedQuery(Select select, boolean explain) {}

  static ParsedQuery parse(String sql) throws SQLException {
    StatementText text = StatementText.scan(sql);
    boolean explain = false;
    String body = text.text();
    if (text.firstKeyword().equals(EXPLAIN)) {
      int at = body.toUpperCase(java.util.Locale.ROOT).indexOf(EXPLAIN);
      body = " ".repeat(at + EXPLAIN.length()) + body.substring(at + EXPLAIN.length());
      StatementText inner = StatementText.scan(body);
      if (inner.firstKeyword().equals(EXPLAIN)) {
        throw SqlState.SYNTAX_ERROR.exception(
            "EXPLAIN EXPLAIN is not a query; " + ReadOnlyGate.ALLOWED);
      }
      ReadOnlyGate.checkKeyword(inner.firstKeyword());
      explain = true;
    } else {
      ReadOnlyGate.checkKeyword(text.firstKeyword());
    }
    ReadOnlyGate.checkWords(text.words());
    Statement statement;
    try {
      statement = CCJSqlParserUtil.parse(body, parser -> parser.withTimeOut(10_000));
    } catch (JSQLParserException e) {
      throw syntaxError(e);
    }
    return new ParsedQuery(ReadOnlyGate.query(statement), explain);
  }

  private static SQLException syntaxError(JSQLParserException e) {
    ParseException parse = null;
    for (Throwable cause = e; cause != null && parse == null; cause = cause.getCause()) {
      parse = cause instanceof ParseException found ? found : null;
    }
    if (parse != null && parse.currentToken != null) {
      Token bad = parse.currentToken.next != null ? parse.currentToken.next : parse.currentToken;
      return SqlState.SYNTAX_ERROR.exception(
          "Syntax error at line "
              + bad.beginLine
              + ", column "
              + bad.beginColumn
              + (bad.image == null || bad.image.isEmpty()
                  ? ""
                  : " near '" + Excerpt.of(bad.image) + "'")
              + "; expected a SELECT, WITH, set operation or EXPLAIN statement",
          e);
    }
    String first = Excerpt.of(String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
    return SqlState.SYNTAX_ERROR.exception(
        "Syntax error: " + first + "; expected a SELECT, WITH, set operation or EXPLAIN statement",
        e);
  }
}
