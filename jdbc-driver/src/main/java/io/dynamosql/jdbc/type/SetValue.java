package io.dynamosql.jdbc.type;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A DynamoDB set (SS, NS or BS). Elements are kept sorted (strings and binaries by unsigned bytes,
 * numbers by value) so that results are deterministic although DynamoDB sets have no order.
 */
public record SetValue(Kind kind, List<Object> elements) {

  /** The element type of a set. */
  public enum Kind {
    STRING("SS", SqlType.VARCHAR),
    NUMBER("NS", SqlType.DECIMAL),
    BINARY("BS", SqlType.VARBINARY);

    private final String dynamoType;
    private final SqlType elementType;

    Kind(String dynamoType, SqlType elementType) {
      this.dynamoType = dynamoType;
      this.elementType = elementType;
    }

    public String dynamoType() {
      return dynamoType;
    }

    public SqlType elementType() {
      return elementType;
    }
  }

  public SetValue {
    List<Object> sorted = new ArrayList<>(elements);
    sorted.sort(comparator(kind));
    elements = List.copyOf(sorted);
  }

  public boolean contains(Object value) {
    return elements.stream().anyMatch(e -> elementEquals(e, value));
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof SetValue that)
        || kind != that.kind
        || elements.size() != that.elements.size()) {
      return false;
    }
    for (int i = 0; i < elements.size(); i++) {
      if (!elementEquals(elements.get(i), that.elements.get(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int hash = kind.hashCode();
    for (Object element : elements) {
      int elementHash;
      if (element instanceof byte[] bytes) {
        elementHash = Arrays.hashCode(bytes);
      } else if (element instanceof BigDecimal number) {
        elementHash = number.stripTrailingZeros().hashCode();
      } else {
        elementHash = element.hashCode();
      }
      hash = 31 * hash + elementHash;
    }
    return hash;
  }

  private static boolean elementEquals(Object a, Object b) {
    if (a instanceof byte[] x && b instanceof byte[] y) {
      return Arrays.equals(x, y);
    }
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    return a.equals(b);
  }

  private static Comparator<Object> comparator(Kind kind) {
    return switch (kind) {
      case STRING -> Comparator.comparing(o -> (String) o);
      case NUMBER -> Comparator.comparing(o -> (BigDecimal) o);
      case BINARY -> (a, b) -> Arrays.compareUnsigned((byte[]) a, (byte[]) b);
    };
  }
}
