package io.dynamosql.jdbc.dynamo;

import java.util.Map;

/**
 * The placeholders of a request's expressions: {@code #name} → attribute name and {@code :value} →
 * value (in the value model; converted to AttributeValues here). The planner always goes through
 * placeholders, so reserved words and special characters are never an issue.
 */
public record ExpressionParameters(Map<String, String> names, Map<String, Object> values) {

  public static final ExpressionParameters NONE = new ExpressionParameters(Map.of(), Map.of());

  public ExpressionParameters {
    names = Map.copyOf(names);
    // Map.copyOf rejects null values; a placeholder value is never SQL NULL.
    values = Map.copyOf(values);
  }
}
