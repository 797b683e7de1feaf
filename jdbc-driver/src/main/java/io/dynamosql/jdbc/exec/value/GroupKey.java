package io.dynamosql.jdbc.exec.value;

import io.dynamosql.jdbc.type.SetValue;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tuple of values compared by SQL value equality, to be used as a hash key for GROUP BY,
 * DISTINCT, hash joins and set operations: numbers by value ({@code 1.0} equals {@code 1} and
 * {@code 1L}), binaries, lists, maps and sets by content, and null equal to null (grouping treats
 * nulls as one group). Values of different kinds are never equal ({@code '1'} is not {@code 1}).
 * Consistent with {@link ValueOrder}: equal keys compare as 0 there.
 */
public final class GroupKey {

  private final List<Object> values;
  private final List<Object> normalized;
  private final int hash;

  private GroupKey(List<Object> values) {
    this.values = Collections.unmodifiableList(new ArrayList<>(values));
    List<Object> canonical = new ArrayList<>(values.size());
    for (Object value : values) {
      canonical.add(normalize(value));
    }
    this.normalized = canonical;
    this.hash = canonical.hashCode();
  }

  /**
   * A key of the given values (nulls allowed). A single List argument is one value (a JSON list),
   * not the tuple: pass {@code list.toArray()} for that.
   */
  public static GroupKey of(Object... values) {
    return new GroupKey(values == null ? Arrays.asList((Object) null) : Arrays.asList(values));
  }

  /** The values as given (the first of equal keys is the one a group keeps). */
  public List<Object> values() {
    return values;
  }

  private static Object normalize(Object value) {
    if (value instanceof Number number) {
      return ValueOrder.isNonFinite(number)
          ? Double.valueOf(number.doubleValue())
          : canonicalDecimal(ValueOrder.decimal(number));
    }
    if (value instanceof byte[] bytes) {
      return ByteBuffer.wrap(bytes);
    }
    if (value instanceof OffsetDateTime dateTime) {
      return dateTime.toInstant();
    }
    if (value instanceof SetValue set) {
      return new SetKey(set.kind(), normalizeAll(set.elements()));
    }
    if (value instanceof List<?> list) {
      return normalizeAll(list);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> result = new HashMap<>();
      map.forEach((key, element) -> result.put(String.valueOf(key), normalize(element)));
      return result;
    }
    return value;
  }

  private static BigDecimal canonicalDecimal(BigDecimal decimal) {
    return decimal.signum() == 0 ? BigDecimal.ZERO : decimal.stripTrailingZeros();
  }

  private static List<Object> normalizeAll(List<?> elements) {
    List<Object> result = new ArrayList<>(elements.size());
    for (Object element : elements) {
      result.add(normalize(element));
    }
    return result;
  }

  /** Sets of different kinds are different even when empty. */
  private record SetKey(SetValue.Kind kind, List<Object> elements) {}

  @Override
  public boolean equals(Object other) {
    return other instanceof GroupKey that
        && hash == that.hash
        && normalized.equals(that.normalized);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return "GroupKey" + values;
  }
}
