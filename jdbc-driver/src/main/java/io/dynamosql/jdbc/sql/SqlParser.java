package io.dynamosql.jdbc.sql;

import io.dynamosql.jdbc.error.Excerpt;
import io.dynamosql.jdbc.error.SqlState;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.parser.TokenMgrException;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.Select;

/**
 * The only door to JSqlParser: SQL text in, a checked read-only query out. {@code EXPLAIN} is
 * recognised here, so that what follows it passes the same gate as a plain statement.
 */
final class SqlParser {

  private static final String EXPLAIN = "EXPLAIN";

  /**
   * Runs the parses, so that JSqlParser's timeout can stop a pathological one. Without an executor
   * of ours it starts and stops a thread for every statement; idle threads end after a minute.
   */
  private static final ExecutorService PARSES =
      Executors.newCachedThreadPool(
          runnable -> {
            Thread thread = new Thread(runnable, "dynamosql-sql-parser");
            thread.setDaemon(true);
            return thread;
          });

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
      statement = CCJSqlParserUtil.parse(body, PARSES, parser -> parser.withTimeOut(10_000));
    } catch (JSQLParserException e) {
      throw syntaxError(e);
    }
    return new ParsedQuery(ReadOnlyGate.query(statement), explain);
  }

  private static SQLException syntaxError(JSQLParserException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ParseException parse && parse.currentToken != null) {
        return syntaxError(e, near(parse.currentToken));
      }
      if (cause instanceof TokenMgrException lexical) {
        return syntaxError(e, firstLine(lexical.getMessage()));
      }
      if (cause instanceof StackOverflowError) {
        return syntaxError(e, "the statement nests too deeply to be parsed");
      }
      if (cause instanceof TimeoutException) {
        return syntaxError(e, "the statement took too long to parse");
      }
    }
    return syntaxError(e, "the statement could not be parsed");
  }

  private static String near(Token current) {
    Token bad = current.next != null ? current.next : current;
    return "at line "
        + bad.beginLine
        + ", column "
        + bad.beginColumn
        + (bad.image == null || bad.image.isEmpty() ? "" : " near '" + Excerpt.of(bad.image) + "'");
  }

  private static String firstLine(String message) {
    return Excerpt.of(String.valueOf(message).lines().findFirst().orElse(""));
  }

  private static SQLException syntaxError(JSQLParserException e, String detail) {
    return SqlState.SYNTAX_ERROR.exception(
        "Syntax error"
            + (detail.startsWith("at line") ? " " : ": ")
            + detail
            + "; expected a SELECT, WITH, set operation or EXPLAIN statement",
        e);
  }
}
