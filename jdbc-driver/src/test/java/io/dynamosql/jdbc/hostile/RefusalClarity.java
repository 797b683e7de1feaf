package io.dynamosql.jdbc.hostile;

import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLSyntaxErrorException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What makes a refusal clear: a valid SQLState other than the catch-all HY000, the SQLException
 * subclass JDBC associates with its class, and a message that is there, of sane length (not the
 * whole statement echoed back) and free of internals (stack frames, library class names).
 */
final class RefusalClarity {

  /** A refusal's message longer than this is not clear (it echoes the statement, say). */
  static final int MAX_MESSAGE = 4_000;

  private static final Pattern SQL_STATE = Pattern.compile("[0-9A-Z]{5}");
  private static final List<String> LEAKS =
      List.of(
          "\tat ",
          "net.sf.jsqlparser.",
          "software.amazon.awssdk.",
          "java.lang.",
          "NullPointerException",
          "ClassCastException",
          "IndexOutOfBoundsException",
          "StackOverflowError",
          "IllegalStateException",
          "IllegalArgumentException");

  /** The SQLException subclass JDBC associates with each SQLState class the driver uses. */
  private static final Map<String, Class<? extends SQLException>> CLASSES =
      Map.of(
          "0A", SQLFeatureNotSupportedException.class,
          "22", SQLDataException.class,
          "28", SQLInvalidAuthorizationSpecException.class,
          "42", SQLSyntaxErrorException.class);

  /** Why a refusal is not a clear SQLException, if it is not. */
  static Optional<String> problem(SQLException e) {
    String state = e.getSQLState();
    String message = e.getMessage();
    if (state == null || !SQL_STATE.matcher(state).matches()) {
      return Optional.of("no valid SQLState (" + state + "): " + Result.abbreviate(message));
    }
    if (state.equals("HY000")) {
      return Optional.of("the catch-all SQLState HY000: " + Result.abbreviate(message));
    }
    if (message == null || message.isBlank()) {
      return Optional.of("[" + state + "] without a message");
    }
    if (message.length() > MAX_MESSAGE) {
      return Optional.of(
          "["
              + state
              + "] message of "
              + message.length()
              + " characters: "
              + Result.abbreviate(message));
    }
    for (String leak : LEAKS) {
      if (message.contains(leak)) {
        return Optional.of(
            "["
                + state
                + "] message shows internals ("
                + leak.strip()
                + "): "
                + Result.abbreviate(message));
      }
    }
    Class<? extends SQLException> expected = CLASSES.get(state.substring(0, 2));
    if (expected != null && !expected.isInstance(e)) {
      return Optional.of(
          "["
              + state
              + "] is a "
              + e.getClass().getSimpleName()
              + ", not a "
              + expected.getSimpleName());
    }
    return Optional.empty();
  }
}
