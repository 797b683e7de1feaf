package io.dynamosql.jdbc.type;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLDataException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ValueConversionsTest {

  private static final ZoneId UTC = ZoneOffset.UTC;

  static Stream<Arguments> texts() {
    Map<String, Object> address = new LinkedHashMap<>();
    address.put("zip", "0150");
    address.put("city", "Oslo \"Sentrum\"\n");
    address.put("geo", Map.of("lat", new BigDecimal("59.913")));
    return Stream.of(
        Arguments.of("plain", "plain"),
        Arguments.of(
            new BigDecimal("12345678901234567890123456789012.345678"),
            "12345678901234567890123456789012.345678"),
        Arguments.of(new BigDecimal("1E+3"), "1000"),
        Arguments.of(2.5d, "2.5"),
        Arguments.of(1e20d, "100000000000000000000"),
        Arguments.of(Boolean.TRUE, "true"),
        Arguments.of("hi".getBytes(StandardCharsets.UTF_8), "aGk="),
        Arguments.of(new SetValue(SetValue.Kind.STRING, List.of("b", "a")), "[\"a\",\"b\"]"),
        Arguments.of(
            new SetValue(
                SetValue.Kind.NUMBER, List.of(new BigDecimal("10"), new BigDecimal("9.5"))),
            "[9.5,10]"),
        Arguments.of(List.of("x", new BigDecimal("1"), Boolean.FALSE), "[\"x\",1,false]"),
        Arguments.of(
            address,
            "{\"city\":\"Oslo \\\"Sentrum\\\"\\n\",\"geo\":{\"lat\":59.913},\"zip\":\"0150\"}"),
        Arguments.of(List.of("\u0001\\"), "[\"\\u0001\\\\\"]"));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void rendersEveryValueAsText(Object value, String expected) {
    assertEquals(expected, ValueConversions.toText(value));
  }

  static Stream<Arguments> longs() {
    return Stream.of(
        Arguments.of(new BigDecimal("42"), 42L),
        Arguments.of(new BigDecimal("-7.9"), -7L),
        Arguments.of(" 123 ", 123L),
        Arguments.of("9.99", 9L),
        Arguments.of(Boolean.TRUE, 1L),
        Arguments.of(new BigDecimal("9223372036854775807"), Long.MAX_VALUE));
  }

  @ParameterizedTest
  @MethodSource("longs")
  void readsIntegralNumbers(Object value, long expected) throws SQLDataException {
    assertEquals(expected, ValueConversions.toLong(value));
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of("n/a", "toLong", "22018", "'n/a'"),
        Arguments.of(
            new BigDecimal("9223372036854775808"), "toLong", "22003", "9223372036854775808"),
        Arguments.of(new BigDecimal("2147483648"), "toInt", "22003", "2147483648"),
        Arguments.of("maybe", "toBoolean", "22018", "'maybe'"),
        Arguments.of(new BigDecimal("1"), "toBytes", "22018", "'1'"),
        Arguments.of(Map.of("a", "b"), "toBigDecimal", "22018", "{\"a\":\"b\"}"),
        Arguments.of("yesterday", "toInstant", "22018", "'yesterday'"));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void refusesWithStateAndQuotedValue(Object value, String method, String state, String quoted) {
    SQLDataException e =
        assertThrows(
            SQLDataException.class,
            () -> {
              switch (method) {
                case "toLong" -> ValueConversions.toLong(value);
                case "toInt" -> ValueConversions.toInt(value);
                case "toBoolean" -> ValueConversions.toBoolean(value);
                case "toBytes" -> ValueConversions.toBytes(value);
                case "toBigDecimal" -> ValueConversions.toBigDecimal(value);
                default -> TemporalConversions.toInstant(value, UTC);
              }
            });
    assertEquals(state, e.getSQLState());
    assertTrue(e.getMessage().contains(quoted), e.getMessage());
  }

  static Stream<Arguments> booleans() {
    return Stream.of(
        Arguments.of(Boolean.FALSE, false),
        Arguments.of(new BigDecimal("0"), false),
        Arguments.of(new BigDecimal("2"), true),
        Arguments.of("TRUE", true),
        Arguments.of("n", false),
        Arguments.of("1", true));
  }

  @ParameterizedTest
  @MethodSource("booleans")
  void readsBooleans(Object value, boolean expected) throws SQLDataException {
    assertEquals(expected, ValueConversions.toBoolean(value));
  }

  static Stream<Arguments> instants() {
    return Stream.of(
        Arguments.of("2025-03-01T10:00:00Z", "2025-03-01T10:00:00Z"),
        Arguments.of("2025-03-01T12:00:00+02:00", "2025-03-01T10:00:00Z"),
        Arguments.of("2025-03-01T10:00:00", "2025-03-01T10:00:00Z"),
        Arguments.of("2025-03-01 10:00:00.5", "2025-03-01T10:00:00.500Z"),
        Arguments.of("2025-03-01", "2025-03-01T00:00:00Z"),
        Arguments.of(new BigDecimal("1740823200"), "2025-03-01T10:00:00Z"),
        Arguments.of(new BigDecimal("1740823200.25"), "2025-03-01T10:00:00.250Z"),
        Arguments.of(new BigDecimal("1740823200000"), "2025-03-01T10:00:00Z"),
        Arguments.of("1740823200", "2025-03-01T10:00:00Z"),
        Arguments.of(LocalDate.of(2025, 3, 1), "2025-03-01T00:00:00Z"));
  }

  @ParameterizedTest
  @MethodSource("instants")
  void readsIsoStringsAndEpochNumbers(Object value, String expected) throws SQLDataException {
    assertEquals(Instant.parse(expected), TemporalConversions.toInstant(value, UTC));
  }

  @ParameterizedTest
  @MethodSource("instants")
  void readsTheDateInTheGivenZone(Object value, String expected) throws SQLDataException {
    ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    LocalDate date = TemporalConversions.toLocalDate(value, tokyo);
    boolean local = value instanceof LocalDate || value.toString().length() <= 10;
    LocalDate wanted =
        local
            ? LocalDate.parse(expected.substring(0, 10))
            : TemporalConversions.toInstant(value, tokyo).atZone(tokyo).toLocalDate();
    assertEquals(wanted, date);
  }

  @ParameterizedTest
  @MethodSource("instants")
  void readsTimeOfDay(Object value, String expected) throws SQLDataException {
    assertEquals(
        Instant.parse(expected).atZone(UTC).toLocalTime(),
        TemporalConversions.toLocalTime(value, UTC));
  }

  @org.junit.jupiter.api.Test
  void readsPlainTimes() throws SQLDataException {
    assertEquals(LocalTime.of(10, 15, 30), TemporalConversions.toLocalTime("10:15:30", UTC));
  }
}
