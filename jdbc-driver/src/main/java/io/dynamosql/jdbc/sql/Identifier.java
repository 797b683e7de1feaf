package io.dynamosql.jdbc.sql;

import io.dynamosql.jdbc.error.Excerpt;
import java.util.Locale;

/**
 * One name part as written: quoted parts match exactly, unquoted ones case-insensitively.
 *
 * @param text the name without quotes
 */
record Identifier(String text, boolean quoted) {

  static Identifier of(String raw) {
    String restored = StatementText.restoreDots(raw);
    if (restored.length() >= 2
        && (restored.startsWith("\"") && restored.endsWith("\"")
            || restored.startsWith("`") && restored.endsWith("`"))) {
      String quote = restored.substring(0, 1);
      return new Identifier(
          restored.substring(1, restored.length() - 1).replace(quote + quote, quote), true);
    }
    return new Identifier(restored, false);
  }

  boolean matches(String name) {
    return quoted ? text.equals(name) : text.equalsIgnoreCase(name);
  }

  boolean matchesExactly(String name) {
    return text.equals(name);
  }

  String lower() {
    return text.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return Excerpt.of(quoted ? '"' + text + '"' : text);
  }
}
