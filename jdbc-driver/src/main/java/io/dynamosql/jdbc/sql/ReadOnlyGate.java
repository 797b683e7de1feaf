package io.dynamosql.jdbc.sql;

import io.dynamosql.jdbc.error.SqlState;
import java.sql.SQLException;
import java.util.Set;
import net.sf.jsqlparser.statement.ExplainStatement;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.statement.select.WithItem;

/**
 * Lets only reads through: SELECT, WITH, set operations and EXPLAIN of one of those. Everything
 * else is refused before any name is resolved or any item read: writes, DDL, privileges and
 * transaction control with 25006, anything else with 42000.
 */
final class ReadOnlyGate {

  static final String ALLOWED =
      "only SELECT, WITH ... SELECT, set operations (UNION, INTERSECT, EXCEPT) and EXPLAIN are"
          + " allowed: the driver is read-only";

  private static final Set<String> READS = Set.of("SELECT", "WITH", "EXPLAIN", "VALUES", "(");

  /**
   * Words that have no place in a read wherever they appear (outside literals, quoted identifiers
   * and comments): a second line of defence against writes hidden in nested WITH clauses, derived
   * tables or dialect extensions the parser accepts ({@code INTO OUTFILE}).
   */
  private static final Set<String> WRITE_WORDS =
      Set.of(
          "INSERT",
          "UPDATE",
          "DELETE",
          "MERGE",
          "UPSERT",
          "TRUNCATE",
          "DROP",
          "CREATE",
          "ALTER",
          "GRANT",
          "REVOKE",
          "INTO",
          "OUTFILE",
          "DUMPFILE",
          "COMMIT",
          "ROLLBACK",
          "SAVEPOINT",
          "VACUUM",
          "LOAD",
          "CALL",
          "EXEC",
          "EXECUTE",
          "PREPARE",
          "RENAME",
          "LOCK",
          "PURGE",
          "REFRESH");

  /**
   * Leading keywords of statements that change data, schema, privileges, session or transactions:
   * the words above, plus those that are harmless inside a query (REPLACE is also a function).
   */
  private static final Set<String> WRITES =
      java.util.stream.Stream.concat(
              WRITE_WORDS.stream(),
              java.util.stream.Stream.of(
                  "REPLACE", "COMMENT", "BEGIN", "START", "RELEASE", "SET", "RESET", "ANALYZE",
                  "USE", "DECLARE", "IF", "DO"))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private ReadOnlyGate() {}

  /** Refuses a statement by its first keyword alone, before parsing. */
  static void checkKeyword(String firstKeyword) throws SQLException {
    if (READS.contains(firstKeyword)) {
      return;
    }
    if (WRITES.contains(firstKeyword)) {
      throw SqlState.READ_ONLY_TRANSACTION.exception(
          "A " + firstKeyword + " statement is refused: " + ALLOWED);
    }
    throw SqlState.SYNTAX_ERROR.exception(
        "A statement starting with '" + firstKeyword + "' is not a query: " + ALLOWED);
  }

  /** Refuses a statement that names a write anywhere, before parsing. */
  static void checkWords(Set<String> words) throws SQLException {
    for (String word : words) {
      if (WRITE_WORDS.contains(word)) {
        throw SqlState.READ_ONLY_TRANSACTION.exception(
            "The statement contains " + word + ", which no query needs: " + ALLOWED);
      }
    }
  }

  /** The query a parsed statement is, after checking that it only reads. */
  static Select query(Statement statement) throws SQLException {
    Statement inner =
        statement instanceof ExplainStatement explain ? explain.getStatement() : statement;
    if (!(inner instanceof Select select)) {
      throw refused(inner);
    }
    checkSelect(select);
    return select;
  }

  private static void checkSelect(Select select) throws SQLException {
    if (select.getWithItemsList() != null) {
      for (WithItem<?> item : select.getWithItemsList()) {
        if (!(item.getStatement() instanceof ParenthesedSelect)) {
          throw SqlState.READ_ONLY_TRANSACTION.exception(
              "A WITH item that is not a query is refused: " + ALLOWED);
        }
        checkSelect(item.getSelect());
      }
    }
    if (select instanceof PlainSelect plain) {
      if (plain.getIntoTables() != null && !plain.getIntoTables().isEmpty()) {
        throw SqlState.READ_ONLY_TRANSACTION.exception(
            "SELECT ... INTO creates a table and is refused: " + ALLOWED);
      }
    } else if (select instanceof SetOperationList list) {
      for (Select part : list.getSelects()) {
        checkSelect(part);
      }
    } else if (select instanceof ParenthesedSelect parenthesed) {
      checkSelect(parenthesed.getSelect());
    } else if (!(select instanceof Values)) {
      // A VALUES list holds expressions only, so it passes; anything else is unknown here.
      throw SqlState.FEATURE_NOT_SUPPORTED.exception(
          "This form of query is not supported ("
              + select.getClass().getSimpleName()
              + "); "
              + ALLOWED);
    }
  }

  private static SQLException refused(Statement statement) {
    String kind =
        statement
            .getClass()
            .getSimpleName()
            .replace("Statement", "")
            .toUpperCase(java.util.Locale.ROOT);
    return SqlState.READ_ONLY_TRANSACTION.exception(
        "A " + kind + " statement is refused: " + ALLOWED);
  }
}
