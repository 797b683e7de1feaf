package io.dynamosql.jdbc.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import org.junit.jupiter.api.Test;

class ExcerptTest {

  @Test
  void shortInputIsQuotedWhole() {
    assertEquals("orders", Excerpt.of("orders"));
    assertEquals("x".repeat(Excerpt.MAX_QUOTED), Excerpt.of("x".repeat(Excerpt.MAX_QUOTED)));
  }

  @Test
  void longInputIsQuotedByItsBeginningAndLength() {
    String quoted = Excerpt.of("n".repeat(100_000));
    assertEquals("n".repeat(Excerpt.MAX_QUOTED) + "… (100000 characters)", quoted);
  }

  @Test
  void anExcerptDoesNotSplitASurrogatePair() {
    String text = "a".repeat(Excerpt.MAX_QUOTED - 1) + "\uD83D\uDE00" + "b".repeat(10);
    String quoted = Excerpt.of(text);
    assertTrue(quoted.startsWith("a".repeat(Excerpt.MAX_QUOTED - 1) + "…"), quoted);
  }

  @Test
  void everyMessageIsCappedKeepingItsBeginningAndEnd() {
    String message =
        "Table '" + "t".repeat(150_000) + "' does not exist; tables are: customers, orders";
    SQLException e = SqlState.TABLE_NOT_FOUND.exception(message);
    assertTrue(e.getMessage().length() <= SqlState.MAX_MESSAGE + 60, e.getMessage().length() + "");
    assertTrue(e.getMessage().startsWith("Table 'ttt"), e.getMessage());
    assertTrue(e.getMessage().endsWith("tables are: customers, orders"), e.getMessage());
    assertTrue(e.getMessage().contains("characters left out"), e.getMessage());
    assertEquals("42S02", e.getSQLState());
    assertTrue(e instanceof SQLSyntaxErrorException);
  }

  @Test
  void aMessageWithinTheCapIsUnchanged() {
    assertEquals(
        "Division by zero", SqlState.DIVISION_BY_ZERO.exception("Division by zero").getMessage());
    assertEquals("scan", SqlState.WARNING.warning("scan").getMessage());
  }
}
