package io.dynamosql.jdbc.exec.value;

import io.dynamosql.jdbc.type.SetValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The total order of sorting (ORDER BY, sort-based operators, DISTINCT keys) over values of mixed
 * types: first by a rank of the value's kind — booleans, numbers, dates and timestamps, strings,
 * binaries, sets, lists, maps — then by value within the kind. Within a kind the order is the one
 * {@link SqlComparison} uses (numbers numerically, strings and binaries byte-wise), and it agrees
 * with {@link GroupKey}: two values compare as 0 exactly when their group keys are equal.
 *
 * <p>Top-level nulls belong to the caller (NULLS FIRST/LAST); a null handed in sorts first, which
 * is also where nulls nested in lists and maps go.
 */
public final class ValueOrder implements Comparator<Object> {

  public static final ValueOrder INSTANCE = new ValueOrder();

  private static final Comparator<Map.Entry<String, Object>> BY_KEY =
      (a, b) -> compareText(a.getKey(), b.getKey());

  private ValueOrder() {}

  @Override
  public int compare(Object a, Object b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    int rank = Integer.compare(rank(a), rank(b));
    if (rank != 0) {
      return rank;
    }
    if (a instanceof Boolean x) {
      return Boolean.compare(x, (Boolean) b);
    }
    if (a instanceof Number x) {
      return compareNumbers(x, (Number) b);
    }
    if (RuntimeType.isTemporal(a)) {
      return compareTemporal(a, b);
    }
    if (a instanceof String x) {
      return compareText(x, (String) b);
    }
    if (a instanceof byte[] x) {
      return Arrays.compareUnsigned(x, (byte[]) b);
    }
    if (a instanceof SetValue x) {
      SetValue y = (SetValue) b;
      int kind = x.kind().compareTo(y.kind());
      return kind != 0 ? kind : compareLists(x.elements(), y.elements());
    }
    if (a instanceof List<?> x) {
      return compareLists(x, (List<?>) b);
    }
    if (a instanceof Map<?, ?> x) {
      return compareMaps(x, (Map<?, ?>) b);
    }
    return compareText(a.toString(), b.toString());
  }

  private static int rank(Object value) {
    if (value instanceof Boolean) {
      return 0;
    }
    if (value instanceof Number) {
      return 1;
    }
    if (RuntimeType.isTemporal(value)) {
      return 2;
    }
    if (value instanceof String) {
      return 3;
    }
    if (value instanceof byte[]) {
      return 4;
    }
    if (value instanceof SetValue) {
      return 5;
    }
    if (value instanceof List<?>) {
      return 6;
    }
    if (value instanceof Map<?, ?>) {
      return 7;
    }
    return 8;
  }

  /**
   * Numbers by value across BigDecimal, the integral wrappers and Double ({@code 1.0} equals {@code
   * 1}); NaN sorts above every other number and equals itself, like DuckDB.
   */
  static int compareNumbers(Number a, Number b) {
    if (RuntimeType.isIntegral(a) && RuntimeType.isIntegral(b)) {
      return Long.compare(a.longValue(), b.longValue());
    }
    if (isNonFinite(a) || isNonFinite(b)) {
      return Double.compare(a.doubleValue(), b.doubleValue());
    }
    return decimal(a).compareTo(decimal(b));
  }

  static boolean isNonFinite(Number number) {
    return (number instanceof Double || number instanceof Float)
        && !Double.isFinite(number.doubleValue());
  }

  /** A finite number as a BigDecimal; doubles through their shortest decimal representation. */
  static BigDecimal decimal(Number number) {
    if (number instanceof BigDecimal decimal) {
      return decimal;
    }
    if (number instanceof BigInteger integer) {
      return new BigDecimal(integer);
    }
    if (RuntimeType.isIntegral(number)) {
      return BigDecimal.valueOf(number.longValue());
    }
    return BigDecimal.valueOf(number.doubleValue());
  }

  /**
   * Strings in the order of their UTF-8 bytes, which is code point order, as DynamoDB compares
   * them. Java's {@code compareTo} compares UTF-16 units and would put U+E000..U+FFFF after
   * supplementary characters; shifting the units as below restores code point order without
   * encoding.
   */
  static int compareText(String a, String b) {
    int length = Math.min(a.length(), b.length());
    for (int i = 0; i < length; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        return Integer.compare(codePointRank(x), codePointRank(y));
      }
    }
    return Integer.compare(a.length(), b.length());
  }

  private static int codePointRank(char unit) {
    if (unit < Character.MIN_SURROGATE) {
      return unit;
    }
    // Surrogates (only found in supplementary characters) go above the rest of the BMP.
    return Character.isSurrogate(unit) ? unit + 0x2000 : unit - 0x800;
  }

  /** Dates and timestamps on one time line (UTC); a date before a timestamp of the same instant. */
  static int compareTemporal(Object a, Object b) {
    int instant = instant(a).compareTo(instant(b));
    if (instant != 0) {
      return instant;
    }
    return Boolean.compare(!(a instanceof LocalDate), !(b instanceof LocalDate));
  }

  static Instant instant(Object temporal) {
    if (temporal instanceof Instant instant) {
      return instant;
    }
    if (temporal instanceof LocalDate date) {
      return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    if (temporal instanceof OffsetDateTime dateTime) {
      return dateTime.toInstant();
    }
    return ((LocalDateTime) temporal).toInstant(ZoneOffset.UTC);
  }

  private int compareLists(List<?> a, List<?> b) {
    int length = Math.min(a.size(), b.size());
    for (int i = 0; i < length; i++) {
      int element = compare(a.get(i), b.get(i));
      if (element != 0) {
        return element;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  private int compareMaps(Map<?, ?> a, Map<?, ?> b) {
    List<Map.Entry<String, Object>> x = sortedEntries(a);
    List<Map.Entry<String, Object>> y = sortedEntries(b);
    int length = Math.min(x.size(), y.size());
    for (int i = 0; i < length; i++) {
      int key = BY_KEY.compare(x.get(i), y.get(i));
      if (key != 0) {
        return key;
      }
      int value = compare(x.get(i).getValue(), y.get(i).getValue());
      if (value != 0) {
        return value;
      }
    }
    return Integer.compare(x.size(), y.size());
  }

  private static List<Map.Entry<String, Object>> sortedEntries(Map<?, ?> map) {
    List<Map.Entry<String, Object>> entries = new ArrayList<>(map.size());
    map.forEach(
        (key, value) -> entries.add(new AbstractMap.SimpleEntry<>(String.valueOf(key), value)));
    entries.sort(BY_KEY);
    return entries;
  }
}
