package io.dynamosql.jdbc.exec.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynamosql.jdbc.type.SetValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ValueOrderTest {

  /** Every kind, in the order ValueOrder sorts them; equal neighbours marked by the tests. */
  private static List<Object> sorted() {
    return List.of(
        false,
        true,
        Double.NEGATIVE_INFINITY,
        new BigDecimal("-12345678901234567890123456789012345678"),
        -1L,
        new BigDecimal("0.5"),
        2.5d,
        new BigDecimal("3"),
        Double.POSITIVE_INFINITY,
        Double.NaN,
        LocalDate.of(2024, 3, 1),
        Instant.parse("2024-03-01T00:00:00Z"),
        Instant.parse("2024-03-01T00:00:01Z"),
        LocalDate.of(2024, 3, 2),
        "",
        "B",
        "a",
        "é",
        "\uD83D\uDE00",
        new byte[] {},
        new byte[] {0x7f},
        new byte[] {(byte) 0x80},
        new SetValue(SetValue.Kind.STRING, List.of("a")),
        new SetValue(SetValue.Kind.NUMBER, List.of(new BigDecimal("1"))),
        List.of(),
        Arrays.asList(null, "a"),
        List.of("a"),
        List.of("a", "b"),
        Map.of(),
        Map.of("a", new BigDecimal("1")),
        Map.of("a", new BigDecimal("2")),
        Map.of("b", new BigDecimal("0")));
  }

  @Test
  void sortsMixedTypesByKindThenValue() {
    List<Object> expected = sorted();
    List<Object> shuffled = new ArrayList<>(expected);
    Collections.shuffle(shuffled, new Random(42));
    shuffled.sort(ValueOrder.INSTANCE);
    assertEquals(render(expected), render(shuffled));
  }

  @Test
  void isAntisymmetricAndAgreesWithGroupKey() {
    List<Object> values = new ArrayList<>(sorted());
    values.add(new BigDecimal("3.000"));
    values.add(3L);
    values.add(Map.of("a", new BigDecimal("1.0")));
    for (Object a : values) {
      for (Object b : values) {
        int ab = Integer.signum(ValueOrder.INSTANCE.compare(a, b));
        int ba = Integer.signum(ValueOrder.INSTANCE.compare(b, a));
        assertEquals(-ab, ba, a + " vs " + b);
        assertEquals(ab == 0, GroupKey.of(a).equals(GroupKey.of(b)), a + " vs " + b);
      }
    }
  }

  @Test
  void putsNullsFirst() {
    List<Object> values = new ArrayList<>(Arrays.asList("b", null, "a"));
    values.sort(ValueOrder.INSTANCE);
    assertEquals(Arrays.asList(null, "a", "b"), values);
  }

  private static List<String> render(List<Object> values) {
    return values.stream()
        .map(v -> v instanceof byte[] bytes ? Arrays.toString(bytes) : String.valueOf(v))
        .toList();
  }
}
