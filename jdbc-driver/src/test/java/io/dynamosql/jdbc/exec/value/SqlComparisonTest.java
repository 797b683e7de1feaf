package io.dynamosql.jdbc.exec.value;

import static io.dynamosql.jdbc.exec.value.SqlAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamosql.jdbc.type.SetValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SqlComparisonTest {

  private static BigDecimal n(String text) {
    return new BigDecimal(text);
  }

  static Stream<Arguments> comparisons() {
    return Stream.of(
        Arguments.of(n("1.0"), n("1"), 0),
        Arguments.of(n("1"), 1L, 0),
        Arguments.of(n("2.5"), 2.5d, 0),
        Arguments.of(n("10"), n("9"), 1),
        Arguments.of(n("-0.001"), 0L, -1),
        Arguments.of(
            n("12345678901234567890123456789012345678"),
            n("12345678901234567890123456789012345679"),
            -1),
        Arguments.of(Double.NaN, n("1E+125"), 1),
        Arguments.of(Double.POSITIVE_INFINITY, n("1E+125"), 1),
        Arguments.of(Double.NEGATIVE_INFINITY, -1L, -1),
        Arguments.of(9L, 10L, -1),
        // Strings byte-wise (UTF-8): upper case before lower, é (C3 A9) after z, and a
        // supplementary character (F0 ...) after U+FFFD (EF BF BD), unlike String.compareTo.
        Arguments.of("B", "a", -1),
        Arguments.of("é", "z", 1),
        Arguments.of("\uD83D\uDE00", "\uFFFD", 1),
        Arguments.of("abc", "abcd", -1),
        Arguments.of("", "", 0),
        Arguments.of(false, true, -1),
        Arguments.of(new byte[] {(byte) 0x80}, new byte[] {0x7f}, 1),
        Arguments.of(new byte[] {1, 2}, new byte[] {1, 2}, 0),
        Arguments.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 2, 29), 1),
        Arguments.of(LocalDate.of(2024, 3, 1), Instant.parse("2024-03-01T00:00:01Z"), -1),
        // A string against another type is read as that type.
        Arguments.of("10", 9L, 1),
        Arguments.of(n("9"), " 10 ", -1),
        Arguments.of("2.50", n("2.5"), 0),
        Arguments.of("2024-03-01", LocalDate.of(2024, 3, 1), 0),
        Arguments.of(Instant.parse("2024-03-01T10:00:00Z"), "2024-03-01T11:00:00+02:00", 1),
        Arguments.of("true", true, 0),
        Arguments.of("hi", "hi".getBytes(StandardCharsets.UTF_8), 0),
        Arguments.of(List.of(n("1"), "a"), List.of(n("1.0"), "b"), -1),
        Arguments.of(List.of(n("1")), List.of(n("1"), n("2")), -1),
        Arguments.of(Map.of("a", n("1")), Map.of("a", n("1.00")), 0),
        Arguments.of(
            new SetValue(SetValue.Kind.STRING, List.of("b", "a")),
            new SetValue(SetValue.Kind.STRING, List.of("a", "b")),
            0));
  }

  @ParameterizedTest
  @MethodSource("comparisons")
  void comparesLikeDynamoDbAndDuckDb(Object a, Object b, int expected) throws SQLException {
    assertEquals(expected, SqlComparison.compare(a, b));
    assertEquals(-expected, SqlComparison.compare(b, a));
    assertEquals(expected == 0, SqlComparison.equal(a, b));
  }

  static Stream<Arguments> incomparable() {
    return Stream.of(
        Arguments.of(n("5"), Map.of("a", "b"), "Cannot compare DECIMAL '5' with JSON", "42804"),
        Arguments.of(true, 1L, "Cannot compare BOOLEAN 'true' with BIGINT '1'", "42804"),
        Arguments.of(List.of("a"), Map.of(), "Cannot compare JSON", "42804"),
        Arguments.of(
            new SetValue(SetValue.Kind.STRING, List.of("a")),
            new SetValue(SetValue.Kind.NUMBER, List.of(n("1"))),
            "Cannot compare ARRAY",
            "42804"),
        Arguments.of("n/a", n("5"), "'n/a'", "22018"),
        Arguments.of("soon", LocalDate.of(2024, 1, 1), "'soon'", "22018"),
        Arguments.of("maybe", false, "'maybe'", "22018"));
  }

  @ParameterizedTest
  @MethodSource("incomparable")
  void refusesTypesThatDoNotCompare(Object a, Object b, String message, String state) {
    assertInvalid(() -> SqlComparison.compare(a, b), message, state);
    assertEquals(Boolean.FALSE, SqlComparison.equal(a, b));
  }

  @Test
  void distinctnessIsNeverUnknown() {
    assertTrue(SqlComparison.notDistinct(null, null));
    assertFalse(SqlComparison.notDistinct(null, n("1")));
    assertFalse(SqlComparison.notDistinct("a", null));
    assertTrue(SqlComparison.notDistinct(n("1.0"), 1L));
    assertFalse(SqlComparison.notDistinct(n("1"), Map.of()));
  }

  @Test
  void nullComparesAsUnknown() throws SQLException {
    assertNull(SqlComparison.compare(null, n("1")));
    assertNull(SqlComparison.compare("a", null));
    assertNull(SqlComparison.equal(null, null));
    assertNull(SqlComparison.equal(Map.of(), null));
  }
}
