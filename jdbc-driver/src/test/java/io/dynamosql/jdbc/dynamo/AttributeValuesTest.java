package io.dynamosql.jdbc.dynamo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Items as the engine sees them: numbers read by the fast path are the very BigDecimals {@code new
 * BigDecimal(text)} gives (value and scale, so getString and comparisons cannot tell), and an item
 * view answers like the map of converted values it replaces.
 */
class AttributeValuesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0",
        "-0",
        "-0.0",
        "0.00",
        "007",
        "2.59",
        "-39.59",
        "100",
        "1.0",
        "0.000000001",
        "123456789012345678",
        "-123456789012345678",
        "12345678901234567.8",
        "1234567890123456789",
        "-9223372036854775808",
        "99999999999999999999999999999999999999",
        "5.",
        ".5",
        "1E+3",
        "1e-3",
        "+5",
        "1.5E2"
      })
  void numbersAreWhatBigDecimalParses(String text) {
    BigDecimal expected = new BigDecimal(text);
    BigDecimal actual = AttributeValues.number(text);
    assertEquals(expected, actual);
    assertEquals(expected.scale(), actual.scale());
    assertEquals(expected.toPlainString(), actual.toPlainString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-", "1.2.3", "1-2", "abc", "1.", "--1"})
  void malformedNumbersFailAsBigDecimalDoes(String text) {
    boolean bigDecimalRefuses;
    try {
      new BigDecimal(text);
      bigDecimalRefuses = false;
    } catch (NumberFormatException e) {
      bigDecimalRefuses = true;
    }
    if (bigDecimalRefuses) {
      assertThrows(NumberFormatException.class, () -> AttributeValues.number(text));
    } else {
      assertEquals(new BigDecimal(text), AttributeValues.number(text));
    }
  }

  @Test
  void itemViewAnswersLikeTheConvertedItem() {
    Map<String, AttributeValue> attributes = new LinkedHashMap<>();
    attributes.put("id", AttributeValue.fromS("a-1"));
    attributes.put("total", AttributeValue.fromN("12.50"));
    attributes.put("gone", AttributeValue.fromNul(true));
    attributes.put("tags", AttributeValue.fromL(List.of(AttributeValue.fromS("x"))));
    Map<String, Object> view = new ItemView(attributes);
    Map<String, Object> converted = AttributeValues.toItem(attributes);

    assertEquals(converted, view);
    assertEquals(converted.hashCode(), view.hashCode());
    assertEquals(List.copyOf(converted.keySet()), List.copyOf(view.keySet()));
    assertEquals(new BigDecimal("12.50"), view.get("total"));
    assertTrue(view.containsKey("gone"));
    assertNull(view.get("gone"));
    assertFalse(view.containsKey("missing"));
    assertNull(view.get("missing"));
    assertThrows(UnsupportedOperationException.class, () -> view.put("id", "b"));
    assertThrows(UnsupportedOperationException.class, () -> view.keySet().remove("id"));
  }
}
