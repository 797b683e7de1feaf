package io.dynamosql.mcp.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamosql.mcp.sql.Continuation;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Signed cursors: what goes in comes out for the same query only, and nothing edited passes. */
class ResultCursorsTest {

  private static final String SQL = "SELECT order_id FROM orders WHERE customer_id = 'c001'";
  private static final String TOKEN = "AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyAhIiMk_-";

  private final ResultCursors cursors = new ResultCursors("test-secret");

  @Test
  void aCursorCarriesTheRowsReturnedAndTheDriversResumeToken() {
    String cursor = cursors.encode(SQL, "demo", new Continuation(250, TOKEN));
    assertEquals(Optional.of(new Continuation(250, TOKEN)), cursors.decode(cursor, SQL, "demo"));
  }

  @Test
  void withoutAResumeTokenTheCursorIsARowCount() {
    String cursor = cursors.encode(SQL, null, new Continuation(100, null));
    assertEquals(Optional.of(new Continuation(100, null)), cursors.decode(cursor, SQL, null));
  }

  @Test
  void anotherQueryOrSchemaOrKeyRefusesTheCursor() {
    String cursor = cursors.encode(SQL, "demo", new Continuation(5, TOKEN));
    assertFalse(cursors.decode(cursor, SQL + " ", "demo").isPresent());
    assertFalse(cursors.decode(cursor, SQL, "other").isPresent());
    assertFalse(new ResultCursors("another-secret").decode(cursor, SQL, "demo").isPresent());
  }

  @Test
  void anEditedCursorIsRefused() {
    String cursor = cursors.encode(SQL, "demo", new Continuation(5, TOKEN));
    for (int i = 0; i < cursor.length(); i++) {
      char[] edited = cursor.toCharArray();
      edited[i] = edited[i] == 'A' ? 'B' : 'A';
      String candidate = new String(edited);
      assertTrue(
          cursors.decode(candidate, SQL, "demo").isEmpty()
              || candidate.equals(cursor)
              || cursors.decode(candidate, SQL, "demo").equals(cursors.decode(cursor, SQL, "demo")),
          "edited at " + i);
    }
  }
}
