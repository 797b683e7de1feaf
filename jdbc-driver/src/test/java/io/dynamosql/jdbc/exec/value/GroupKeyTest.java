package io.dynamosql.jdbc.exec.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.dynamosql.jdbc.type.SetValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GroupKeyTest {

  static Stream<Arguments> equalKeys() {
    return Stream.of(
        Arguments.of(new BigDecimal("1.0"), new BigDecimal("1")),
        Arguments.of(new BigDecimal("1"), 1L),
        Arguments.of(new BigDecimal("2.50"), 2.5d),
        Arguments.of(new BigDecimal("0.000"), 0L),
        Arguments.of(new byte[] {1, 2}, new byte[] {1, 2}),
        Arguments.of(List.of(new BigDecimal("1.0"), "x"), List.of(1L, "x")),
        Arguments.of(Map.of("a", List.of(new BigDecimal("5"))), Map.of("a", List.of(5L))),
        Arguments.of(
            new SetValue(SetValue.Kind.NUMBER, List.of(new BigDecimal("1"), new BigDecimal("2"))),
            new SetValue(
                SetValue.Kind.NUMBER, List.of(new BigDecimal("2.0"), new BigDecimal("1.00")))),
        Arguments.of(
            Instant.parse("2024-01-01T00:00:00Z"),
            OffsetDateTime.parse("2024-01-01T02:00:00+02:00")),
        Arguments.of(Double.NaN, Double.NaN),
        Arguments.of(null, null));
  }

  @ParameterizedTest
  @MethodSource("equalKeys")
  void groupsEqualValuesTogether(Object a, Object b) {
    assertEquals(GroupKey.of(a, "tail"), GroupKey.of(b, "tail"));
    assertEquals(GroupKey.of(a, "tail").hashCode(), GroupKey.of(b, "tail").hashCode());
  }

  static Stream<Arguments> differentKeys() {
    return Stream.of(
        Arguments.of("1", new BigDecimal("1")),
        Arguments.of(true, 1L),
        Arguments.of(null, ""),
        Arguments.of(new byte[] {1}, new byte[] {1, 0}),
        Arguments.of(
            new SetValue(SetValue.Kind.STRING, List.of()),
            new SetValue(SetValue.Kind.NUMBER, List.of())),
        Arguments.of(List.of("a"), new SetValue(SetValue.Kind.STRING, List.of("a"))),
        Arguments.of(Map.of("a", "b"), Map.of("a", "c")));
  }

  @ParameterizedTest
  @MethodSource("differentKeys")
  void separatesDifferentValues(Object a, Object b) {
    assertNotEquals(GroupKey.of(a), GroupKey.of(b));
  }

  @Test
  void holdsDynamoDbNullsInsideDocuments() {
    Map<String, Object> a = new HashMap<>();
    a.put("notes", null);
    a.put("n", new BigDecimal("1.0"));
    Map<String, Object> b = new HashMap<>();
    b.put("notes", null);
    b.put("n", 1L);
    assertEquals(GroupKey.of(a), GroupKey.of(b));
    assertEquals(0, ValueOrder.INSTANCE.compare(a, b));
    assertNotEquals(GroupKey.of(a), GroupKey.of(Map.of("n", 1L)));
    assertEquals(GroupKey.of(Arrays.asList("x", null)), GroupKey.of(Arrays.asList("x", null)));
  }

  @Test
  void countsGroupsInAHashMapAndKeepsTheFirstValues() {
    Map<GroupKey, Integer> counts = new HashMap<>();
    List<List<Object>> rows =
        List.of(
            Arrays.asList("gold", new BigDecimal("1.0")),
            Arrays.asList("gold", new BigDecimal("1")),
            Arrays.asList("gold", null),
            Arrays.asList("silver", 1L),
            Arrays.asList("gold", null));
    GroupKey first = null;
    for (List<Object> row : rows) {
      GroupKey key = GroupKey.of(row.toArray());
      first = first == null ? key : first;
      counts.merge(key, 1, Integer::sum);
    }
    assertEquals(3, counts.size());
    assertEquals(2, counts.get(GroupKey.of("gold", 1L)));
    assertEquals(2, counts.get(GroupKey.of("gold", null)));
    assertEquals(List.of("gold", new BigDecimal("1.0")), first.values());
  }
}
