package io.dynamosql.jdbc.exec;

import io.dynamosql.jdbc.error.SqlState;
import java.sql.SQLWarning;
import java.util.LinkedHashSet;
import java.util.Set;

/** The warnings one execution raises, each message once, as a JDBC warning chain. */
final class Warnings {

  private final Set<String> messages = new LinkedHashSet<>();

  synchronized void add(String message) {
    messages.add(message);
  }

  synchronized SQLWarning chain() {
    SQLWarning first = null;
    for (String message : messages) {
      SQLWarning warning = SqlState.WARNING.warning(message);
      if (first == null) {
        first = warning;
      } else {
        first.setNextWarning(warning);
      }
    }
    return first;
  }
}
