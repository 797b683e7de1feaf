package io.dynamosql.jdbc.differential;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Infers the reference engine's type of an attribute from every value it has in the demo items, the
 * way the driver's schema sampling does: N is BIGINT when every value is integral and fits,
 * otherwise DECIMAL(38, largest scale); maps become structs of the union of their keys; an
 * attribute whose DynamoDB type differs between items becomes VARCHAR.
 */
final class OracleTypeInference {

  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private OracleTypeInference() {}

  /** The type for the given values (NULL and missing values carry no type). */
  static OracleType infer(Collection<AttributeValue> values) {
    Set<AttributeValue.Type> kinds = EnumSet.noneOf(AttributeValue.Type.class);
    for (AttributeValue value : values) {
      if (value.type() != AttributeValue.Type.NUL) {
        kinds.add(value.type());
      }
    }
    if (kinds.size() != 1) {
      return OracleType.Scalar.VARCHAR;
    }
    return switch (kinds.iterator().next()) {
      case S -> OracleType.Scalar.VARCHAR;
      case N -> number(values.stream().filter(v -> v.n() != null).map(AttributeValue::n).toList());
      case BOOL -> OracleType.Scalar.BOOLEAN;
      case B -> OracleType.Scalar.BLOB;
      case SS -> new OracleType.ListOf(OracleType.Scalar.VARCHAR);
      case NS ->
          new OracleType.ListOf(number(values.stream().flatMap(v -> v.ns().stream()).toList()));
      case BS -> new OracleType.ListOf(OracleType.Scalar.BLOB);
      case L ->
          new OracleType.ListOf(
              infer(
                  values.stream()
                      .filter(AttributeValue::hasL)
                      .flatMap(v -> v.l().stream())
                      .toList()));
      case M ->
          struct(values.stream().filter(AttributeValue::hasM).map(AttributeValue::m).toList());
      default -> OracleType.Scalar.VARCHAR;
    };
  }

  private static OracleType number(List<String> numbers) {
    int scale = 0;
    boolean integral = true;
    for (String text : numbers) {
      BigDecimal number = new BigDecimal(text);
      BigDecimal stripped = number.stripTrailingZeros();
      if (stripped.scale() > 0
          || number.compareTo(LONG_MIN) < 0
          || number.compareTo(LONG_MAX) > 0) {
        integral = false;
      }
      scale = Math.max(scale, Math.max(0, number.scale()));
    }
    return integral ? OracleType.Scalar.BIGINT : new OracleType.Scalar("DECIMAL(38," + scale + ")");
  }

  private static OracleType struct(List<Map<String, AttributeValue>> maps) {
    Map<String, List<AttributeValue>> byKey = new LinkedHashMap<>();
    for (Map<String, AttributeValue> map : maps) {
      map.forEach((key, value) -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(value));
    }
    Map<String, OracleType> fields = new LinkedHashMap<>();
    byKey.forEach((key, fieldValues) -> fields.put(key, infer(fieldValues)));
    return new OracleType.StructOf(fields);
  }
}
