package io.dynamosql.jdbc.schema;

import io.dynamosql.jdbc.type.SetValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** DynamoDB's attribute types, named as DynamoDB names them. */
public enum AttributeType {
  S,
  N,
  B,
  BOOL,
  NULL,
  SS,
  NS,
  BS,
  L,
  M;

  /** The type of a value of the value model ({@code null} is a DynamoDB NULL). */
  public static AttributeType of(Object value) {
    if (value == null) {
      return NULL;
    }
    if (value instanceof String) {
      return S;
    }
    if (value instanceof BigDecimal || value instanceof Number) {
      return N;
    }
    if (value instanceof byte[]) {
      return B;
    }
    if (value instanceof Boolean) {
      return BOOL;
    }
    if (value instanceof SetValue set) {
      return switch (set.kind()) {
        case STRING -> SS;
        case NUMBER -> NS;
        case BINARY -> BS;
      };
    }
    if (value instanceof List<?>) {
      return L;
    }
    if (value instanceof Map<?, ?>) {
      return M;
    }
    throw new IllegalArgumentException("Not a value of the value model: " + value.getClass());
  }

  /** Whether the type is one of the three set types. */
  public boolean isSet() {
    return this == SS || this == NS || this == BS;
  }
}
