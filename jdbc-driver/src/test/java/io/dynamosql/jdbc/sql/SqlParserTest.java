package io.dynamosql.jdbc.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parser facade and the read-only gate, without DynamoDB: what is refused and how. */
class SqlParserTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "SELECT 1; SELECT 2                        | 42000 | one statement per execute",
        "SELECT 1; -- trailing comment\\n DROP TABLE t | 42000 | one statement per execute",
        "/* only a comment */                       | 42000 | empty",
        "SELECT a FROM t WHERE x = = 3              | 42000 | line 1, column 27",
        "SELECT a FROM t WHERE\\n x = = 3            | 42000 | line 2, column 6",
        "EXPLAIN DELETE FROM t                      | 25006 | DELETE statement is refused",
        "explain explain SELECT 1                   | 42000 | EXPLAIN EXPLAIN",
        "WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d | 25006 | contains DELETE",
        "SELECT * INTO copy FROM t                  | 25006 | contains INTO",
        "SELECT 1; /*!50000 DROP TABLE t */          | 42000 | Executable comments",
        "SELECT 1 /*!50000 , 2 */                   | 42000 | Executable comments",
        "SELECT 1 COMMIT                            | 25006 | contains COMMIT",
        "UPDATE t SET a = 1                         | 25006 | only SELECT",
        "SHOW TABLES                                | 42000 | only SELECT",
      })
  void refusesWithStateAndMessage(String sql, String state, String message) {
    SQLException refused =
        assertThrows(SQLException.class, () -> SqlParser.parse(sql.replace("\\n", "\n")));
    assertEquals(state, refused.getSQLState(), refused.getMessage());
    assertTrue(refused.getMessage().contains(message), refused.getMessage());
  }

  @Test
  void blankTextIsRefusedAsEmpty() {
    for (String blank : new String[] {"", "   ", "\n\t", ";"}) {
      SQLException refused = assertThrows(SQLException.class, () -> SqlParser.parse(blank));
      assertEquals("42000", refused.getSQLState());
      assertTrue(refused.getMessage().contains("SELECT"), refused.getMessage());
    }
  }

  @Test
  void explainIsRecognisedAndTheQueryParsed() throws SQLException {
    SqlParser.ParsedQuery parsed = SqlParser.parse("  EXPLAIN SELECT a FROM t WHERE b = 1;");
    assertTrue(parsed.explain());
    assertEquals("SELECT a FROM t WHERE b = 1", parsed.select().toString());
    assertFalse(SqlParser.parse("SELECT 1").explain());
  }

  @Test
  void dotsInQuotedIdentifiersSurviveTheParser() throws SQLException {
    String parsed = SqlParser.parse("SELECT \"loyalty.points\" FROM t").select().toString();
    String quoted = parsed.substring("SELECT ".length(), parsed.indexOf(" FROM"));
    Identifier identifier = Identifier.of(quoted);
    assertEquals("loyalty.points", identifier.text());
    assertTrue(identifier.quoted());
  }

  @Test
  void semicolonsInsideLiteralsAndCommentsAreNoSecondStatement() throws SQLException {
    String parsed = SqlParser.parse("SELECT a FROM t WHERE b = ';' /* ; */ ;").select().toString();
    assertTrue(parsed.endsWith("b = ';'"), parsed);
  }
}
