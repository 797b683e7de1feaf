package io.dynamosql.jdbc.exec.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

/** Assertions on the SQLExceptions of the value and function libraries. */
public final class SqlAssertions {

  /** Something that may fail with a SQLException. */
  @FunctionalInterface
  public interface SqlAction {
    Object run() throws SQLException;
  }

  private SqlAssertions() {}

  /** The action fails with {@code sqlState} and a message containing {@code message}. */
  public static SQLException assertInvalid(SqlAction action, String message, String sqlState) {
    SQLException e = assertThrows(SQLException.class, action::run);
    assertEquals(sqlState, e.getSQLState(), e.getMessage());
    assertTrue(
        e.getMessage().contains(message),
        () -> "message '" + e.getMessage() + "' does not contain '" + message + "'");
    return e;
  }
}
