package io.dynamosql.jdbc.meta;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A JDBC metadata name pattern: {@code %} any run of characters, {@code _} any one character,
 * {@value #ESCAPE} before either (or before itself) takes it literally, as {@code
 * getSearchStringEscape} announces. Tools such as DBeaver escape every {@code _} of a real name,
 * and DynamoDB names are full of them. A null pattern matches every name; matching is exact (names
 * are case-sensitive in DynamoDB).
 */
final class NamePattern {

  static final String ESCAPE = "\\";

  private static final NamePattern ANY = new NamePattern(null);

  private final Pattern regex;

  private NamePattern(Pattern regex) {
    this.regex = regex;
  }

  static NamePattern of(String pattern) {
    if (pattern == null || pattern.equals("%")) {
      return ANY;
    }
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == ESCAPE.charAt(0) && i + 1 < pattern.length()) {
        regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
      } else if (c == '%') {
        regex.append(".*");
      } else if (c == '_') {
        regex.append('.');
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return new NamePattern(Pattern.compile(regex.toString(), Pattern.DOTALL));
  }

  /** The one name a pattern matches when it has no unescaped wildcard, its escapes removed. */
  static Optional<String> literal(String pattern) {
    if (pattern == null) {
      return Optional.empty();
    }
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == ESCAPE.charAt(0) && i + 1 < pattern.length()) {
        i++;
      } else if (c == '%' || c == '_') {
        return Optional.empty();
      }
    }
    return Optional.of(unescape(pattern));
  }

  /** The name a pattern stands for when it has no wildcard: its escapes removed. */
  static String unescape(String pattern) {
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == ESCAPE.charAt(0) && i + 1 < pattern.length()) {
        c = pattern.charAt(++i);
      }
      name.append(c);
    }
    return name.toString();
  }

  boolean matches(String name) {
    return regex == null || (name != null && regex.matcher(name).matches());
  }
}
