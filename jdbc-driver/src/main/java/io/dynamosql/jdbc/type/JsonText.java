package io.dynamosql.jdbc.type;

import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders values of the value model as JSON text: how {@code getString} shows L, M and sets. The
 * driver carries no JSON library, and writing JSON (unlike parsing it) is small enough to do here.
 *
 * <p>Rules: numbers as plain decimal strings (never an exponent, so 38 digits survive); binary as a
 * base64 string; sets as arrays in their sorted order; map keys sorted by name, so that the same
 * item always renders the same text (DynamoDB keeps no attribute order).
 */
public final class JsonText {

  private JsonText() {}

  /** The JSON text of a value ({@code null} renders as {@code null}). */
  public static String render(Object value) {
    StringBuilder out = new StringBuilder();
    append(out, value);
    return out.toString();
  }

  private static void append(StringBuilder out, Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      appendString(out, text);
    } else if (value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Double number && !Double.isFinite(number)) {
      // JSON has no NaN or Infinity.
      appendString(out, number.toString());
    } else if (value instanceof Number number) {
      out.append(ValueConversions.plainNumber(number));
    } else if (value instanceof byte[] bytes) {
      appendString(out, Base64.getEncoder().encodeToString(bytes));
    } else if (value instanceof SetValue set) {
      appendArray(out, set.elements());
    } else if (value instanceof Collection<?> list) {
      appendArray(out, list);
    } else if (value instanceof Map<?, ?> map) {
      appendObject(out, map);
    } else {
      appendString(out, value.toString());
    }
  }

  private static void appendArray(StringBuilder out, Collection<?> elements) {
    out.append('[');
    boolean first = true;
    for (Object element : elements) {
      if (!first) {
        out.append(',');
      }
      first = false;
      append(out, element);
    }
    out.append(']');
  }

  private static void appendObject(StringBuilder out, Map<?, ?> map) {
    out.append('{');
    boolean first = true;
    for (Map.Entry<String, Object> entry : sorted(map).entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      appendString(out, entry.getKey());
      out.append(':');
      append(out, entry.getValue());
    }
    out.append('}');
  }

  private static TreeMap<String, Object> sorted(Map<?, ?> map) {
    TreeMap<String, Object> result = new TreeMap<>();
    map.forEach((key, value) -> result.put(String.valueOf(key), value));
    return result;
  }

  private static void appendString(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** Whether a value renders as JSON text rather than as a scalar (L, M and sets). */
  public static boolean isDocument(Object value) {
    return value instanceof Map<?, ?>
        || value instanceof Collection<?>
        || value instanceof SetValue;
  }
}
