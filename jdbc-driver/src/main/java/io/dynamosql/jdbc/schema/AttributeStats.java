package io.dynamosql.jdbc.schema;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the sampled items say about one attribute (or one path inside map attributes): how many
 * items hold it, with which DynamoDB types, whether its numbers are all integral, and the same for
 * the keys of its map values.
 */
final class AttributeStats {

  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private final Map<AttributeType, Integer> counts = new EnumMap<>(AttributeType.class);
  private final Map<String, AttributeStats> children = new TreeMap<>();
  private int present;
  private boolean integral = true;

  /** Records the attributes of one item (or one map value). */
  static void recordAll(Map<String, AttributeStats> statsByName, Map<?, ?> item) {
    item.forEach(
        (name, value) ->
            statsByName
                .computeIfAbsent(String.valueOf(name), n -> new AttributeStats())
                .record(value));
  }

  void record(Object value) {
    present++;
    AttributeType type = AttributeType.of(value);
    counts.merge(type, 1, Integer::sum);
    if (type == AttributeType.N) {
      BigDecimal number = new BigDecimal(value.toString());
      integral &= isIntegralLong(number);
    } else if (type == AttributeType.M) {
      recordAll(children, (Map<?, ?>) value);
    }
  }

  private static boolean isIntegralLong(BigDecimal number) {
    if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
      return false;
    }
    return number.compareTo(LONG_MIN) >= 0 && number.compareTo(LONG_MAX) <= 0;
  }

  /** Items (or map values) that hold the attribute, NULL included. */
  int present() {
    return present;
  }

  Map<AttributeType, Integer> counts() {
    return counts;
  }

  boolean integral() {
    return integral;
  }

  /** The keys seen in the attribute's map values, sorted by name. */
  Map<String, AttributeStats> children() {
    return children;
  }

  boolean sawMap() {
    return counts.containsKey(AttributeType.M);
  }

  /**
   * The DynamoDB types seen, in {@link AttributeType} order, joined by {@code |}; NULL is listed
   * only when nothing else was seen.
   */
  String dynamoTypes() {
    String types =
        counts.keySet().stream()
            .filter(t -> t != AttributeType.NULL)
            .map(Enum::name)
            .collect(Collectors.joining("|"));
    return types.isEmpty() ? AttributeType.NULL.name() : types;
  }
}
