package io.dynamosql.jdbc.plan.physical;

import io.dynamosql.jdbc.plan.expr.Expr;
import io.dynamosql.jdbc.plan.expr.Literal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds DynamoDB expression strings through placeholders only ({@code #n0} for names, {@code :v0}
 * for values), so reserved words and special characters in attribute names never matter. Values
 * stay expressions until a read starts (parameters, outer rows).
 */
public final class ExpressionText {

  private static final Pattern PLACEHOLDER = Pattern.compile("[#:][nv]\\d+");

  private final Map<String, String> names = new LinkedHashMap<>();
  private final Map<String, Expr> values = new LinkedHashMap<>();

  /** The placeholder of one attribute name (the same one each time). */
  public String name(String attribute) {
    for (Map.Entry<String, String> entry : names.entrySet()) {
      if (entry.getValue().equals(attribute)) {
        return entry.getKey();
      }
    }
    String placeholder = "#n" + names.size();
    names.put(placeholder, attribute);
    return placeholder;
  }

  /** A document path: {@code #n0.#n1}. */
  public String path(List<String> path) {
    StringBuilder text = new StringBuilder();
    for (String element : path) {
      if (!text.isEmpty()) {
        text.append('.');
      }
      text.append(name(element));
    }
    return text.toString();
  }

  /** The placeholder of a value. */
  public String value(Expr value) {
    String placeholder = ":v" + values.size();
    values.put(placeholder, value);
    return placeholder;
  }

  public String constant(Object value) {
    return value(new Literal(value, io.dynamosql.jdbc.type.SqlType.VARCHAR));
  }

  public Map<String, String> names() {
    return Map.copyOf(names);
  }

  /** The names that occur in these expressions (DynamoDB refuses unused ones). */
  public Map<String, String> namesUsedIn(List<String> expressions) {
    Map<String, String> used = new LinkedHashMap<>();
    for (String expression : expressions) {
      Matcher matcher = PLACEHOLDER.matcher(expression);
      while (matcher.find()) {
        String key = matcher.group();
        if (names.containsKey(key)) {
          used.put(key, names.get(key));
        }
      }
    }
    return used;
  }

  public Map<String, Expr> values() {
    return new LinkedHashMap<>(values);
  }

  /** The expression with its placeholders replaced by names and SQL literals, for EXPLAIN. */
  public String render(String expression) {
    Matcher matcher = PLACEHOLDER.matcher(expression);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String key = matcher.group();
      String replacement =
          key.startsWith("#")
              ? names.getOrDefault(key, key)
              : values.containsKey(key) ? values.get(key).sql() : key;
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
