package io.dynamosql.jdbc.exec.function;

import io.dynamosql.jdbc.error.SqlState;
import io.dynamosql.jdbc.type.SetValue;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A path into a document (L, M, sets) as JSON_EXTRACT takes it: {@code $} is the value itself, then
 * {@code .name} or {@code ["name"]} for a map entry and {@code [n]} for the n-th element (0-based;
 * {@code [#-1]} the last, as in DuckDB). A path that does not start with {@code $} is one map key
 * ({@code 'city'} is {@code '$.city'}, as DuckDB reads it).
 */
record JsonPath(String text, List<Object> steps) {

  /** A step is a String (map key) or an Integer (index; negative counts from the end). */
  JsonPath {
    steps = List.copyOf(steps);
  }

  /**
   * Parses {@code text}.
   *
   * @throws SQLException 22023 for a malformed path, saying where
   */
  static JsonPath parse(String text) throws SQLException {
    if (!text.startsWith("$")) {
      return new JsonPath(text, List.of(text));
    }
    List<Object> steps = new ArrayList<>();
    int i = 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '.') {
        int end = i + 1;
        while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
          end++;
        }
        if (end == i + 1) {
          throw invalid(text, i, "a name after '.'");
        }
        steps.add(text.substring(i + 1, end));
        i = end;
      } else if (c == '[') {
        int close = text.indexOf(']', i);
        if (close < 0) {
          throw invalid(text, i, "a closing ']'");
        }
        steps.add(bracket(text, text.substring(i + 1, close).trim(), i));
        i = close + 1;
      } else {
        throw invalid(text, i, "'.' or '['");
      }
    }
    return new JsonPath(text, steps);
  }

  private static Object bracket(String text, String inside, int at) throws SQLException {
    if (inside.length() >= 2
        && (inside.startsWith("\"") && inside.endsWith("\"")
            || inside.startsWith("'") && inside.endsWith("'"))) {
      return inside.substring(1, inside.length() - 1);
    }
    try {
      if (inside.startsWith("#-")) {
        return -Integer.parseInt(inside.substring(2));
      }
      int index = Integer.parseInt(inside);
      if (index >= 0) {
        return index;
      }
    } catch (NumberFormatException notAnIndex) {
      // reported below
    }
    throw invalid(text, at, "an index (0, 1, ... or #-1 for the last), or a quoted name in '[]'");
  }

  private static SQLException invalid(String text, int at, String expected) {
    return SqlState.INVALID_PARAMETER_VALUE.exception(
        "Invalid JSON path '" + text + "' at position " + (at + 1) + ": expected " + expected);
  }

  /** The value at this path, or null when the path leads nowhere. */
  Object select(Object document) {
    Object current = document;
    for (Object step : steps) {
      current = step instanceof String key ? entry(current, key) : element(current, (Integer) step);
      if (current == null) {
        return null;
      }
    }
    return current;
  }

  private static Object entry(Object value, String key) {
    return value instanceof Map<?, ?> map ? map.get(key) : null;
  }

  private static Object element(Object value, int index) {
    List<?> list =
        value instanceof SetValue set ? set.elements() : value instanceof List<?> l ? l : null;
    if (list == null) {
      return null;
    }
    int position = index < 0 ? list.size() + index : index;
    return position >= 0 && position < list.size() ? list.get(position) : null;
  }
}
