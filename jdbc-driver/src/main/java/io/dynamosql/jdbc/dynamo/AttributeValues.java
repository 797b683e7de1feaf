package io.dynamosql.jdbc.dynamo;

import io.dynamosql.jdbc.type.SetValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts between the SDK's {@link AttributeValue} and the value model of {@link
 * io.dynamosql.jdbc.type}: S ↔ String, N ↔ BigDecimal (never a double, so 38 digits survive), B ↔
 * byte[], BOOL ↔ Boolean, NULL ↔ null, SS/NS/BS ↔ {@link SetValue}, L ↔ List, M ↔ Map.
 */
final class AttributeValues {

  private AttributeValues() {}

  /** An item in the value model; a DynamoDB NULL is a key mapped to {@code null}. */
  static Map<String, Object> toItem(Map<String, AttributeValue> item) {
    Map<String, Object> result = new LinkedHashMap<>();
    item.forEach((name, value) -> result.put(name, toValue(value)));
    return result;
  }

  static Object toValue(AttributeValue value) {
    return switch (value.type()) {
      case S -> value.s();
      case N -> number(value.n());
      case B -> value.b().asByteArray();
      case BOOL -> value.bool();
      case NUL -> null;
      case SS -> new SetValue(SetValue.Kind.STRING, new ArrayList<>(value.ss()));
      case NS ->
          new SetValue(
              SetValue.Kind.NUMBER, value.ns().stream().map(n -> (Object) number(n)).toList());
      case BS ->
          new SetValue(
              SetValue.Kind.BINARY,
              value.bs().stream().map(b -> (Object) b.asByteArray()).toList());
      case L -> {
        List<Object> list = new ArrayList<>();
        value.l().forEach(element -> list.add(toValue(element)));
        yield list;
      }
      case M -> toItem(value.m());
      case UNKNOWN_TO_SDK_VERSION ->
          throw new IllegalArgumentException(
              "DynamoDB sent an attribute type this SDK does not know");
    };
  }

  /**
   * The BigDecimal of DynamoDB's number text, equal (same value and scale) to {@code new
   * BigDecimal(text)}. Numbers of up to 18 digits in plain notation, nearly all of them, are read
   * straight into the unscaled long: {@code new BigDecimal(String)} copies the text into a char
   * array and parses it generally, a cost paid for every number of every row.
   */
  static BigDecimal number(String text) {
    int length = text.length();
    int start = length > 0 && text.charAt(0) == '-' ? 1 : 0;
    if (length - start < 1 || length - start > 19) {
      return new BigDecimal(text);
    }
    long unscaled = 0;
    int digits = 0;
    int point = -1;
    for (int i = start; i < length; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        unscaled = unscaled * 10 + (c - '0');
        digits++;
      } else if (c == '.' && point < 0 && i > start && i < length - 1) {
        point = i;
      } else {
        return new BigDecimal(text);
      }
    }
    if (digits > 18) {
      return new BigDecimal(text);
    }
    int scale = point < 0 ? 0 : length - 1 - point;
    return BigDecimal.valueOf(start == 1 ? -unscaled : unscaled, scale);
  }

  /** The attribute map of a key or item given in the value model. */
  static Map<String, AttributeValue> toAttributes(Map<String, Object> values) {
    Map<String, AttributeValue> result = new LinkedHashMap<>();
    values.forEach((name, value) -> result.put(name, toAttribute(value)));
    return result;
  }

  /**
   * The AttributeValue of a value; besides the value model it takes any {@link Number} (as N) and
   * date/time values (as their ISO-8601 text, how DynamoDB items usually hold them).
   */
  static AttributeValue toAttribute(Object value) {
    if (value == null) {
      return AttributeValue.fromNul(true);
    }
    if (value instanceof String text) {
      return AttributeValue.fromS(text);
    }
    if (value instanceof Boolean bool) {
      return AttributeValue.fromBool(bool);
    }
    if (value instanceof Number number) {
      return AttributeValue.fromN(numberText(number));
    }
    if (value instanceof byte[] bytes) {
      return AttributeValue.fromB(SdkBytes.fromByteArray(bytes));
    }
    if (value instanceof SetValue set) {
      return switch (set.kind()) {
        case STRING -> AttributeValue.fromSs(set.elements().stream().map(e -> (String) e).toList());
        case NUMBER ->
            AttributeValue.fromNs(
                set.elements().stream().map(e -> numberText((Number) e)).toList());
        case BINARY ->
            AttributeValue.fromBs(
                set.elements().stream().map(e -> SdkBytes.fromByteArray((byte[]) e)).toList());
      };
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, AttributeValue> members = new LinkedHashMap<>();
      map.forEach((k, v) -> members.put(String.valueOf(k), toAttribute(v)));
      return AttributeValue.fromM(members);
    }
    if (value instanceof Collection<?> list) {
      return AttributeValue.fromL(list.stream().map(AttributeValues::toAttribute).toList());
    }
    if (value instanceof TemporalAccessor) {
      return AttributeValue.fromS(value.toString());
    }
    throw new IllegalArgumentException(
        "A " + value.getClass().getName() + " cannot be sent to DynamoDB");
  }

  private static String numberText(Number number) {
    if (number instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (number instanceof BigInteger
        || number instanceof Long
        || number instanceof Integer
        || number instanceof Short
        || number instanceof Byte) {
      return number.toString();
    }
    double d = number.doubleValue();
    if (!Double.isFinite(d)) {
      throw new IllegalArgumentException("DynamoDB numbers cannot be " + d);
    }
    return BigDecimal.valueOf(d).toPlainString();
  }
}
