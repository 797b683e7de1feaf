package io.dynamosql.jdbc.exec.function;

import static io.dynamosql.jdbc.exec.function.Calls.call;
import static io.dynamosql.jdbc.exec.function.Calls.row;
import static io.dynamosql.jdbc.exec.value.SqlAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynamosql.jdbc.type.SetValue;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DocumentFunctionsTest {

  private static final SetValue TAGS = new SetValue(SetValue.Kind.STRING, List.of("vip", "new"));
  private static final SetValue SIZES =
      new SetValue(SetValue.Kind.NUMBER, List.of(new BigDecimal("31"), new BigDecimal("40")));
  private static final Map<String, Object> ORDER =
      Map.of(
          "shipping",
          Map.of("address", Map.of("city", "Kyoto"), "cost", new BigDecimal("4.5")),
          "items",
          List.of(
              Map.of("sku", "p001", "qty", new BigDecimal("2")),
              Map.of("sku", "p007", "qty", new BigDecimal("1"))),
          "odd key",
          "yes");

  static Stream<Arguments> calls() {
    return Stream.of(
        row("SIZE", 3L, "abc"),
        row("SIZE", 6L, "Zürich"),
        row("SIZE", 2L, "\uD83D\uDE00"),
        row("SIZE", 2L, new byte[] {1, 2}),
        row("SIZE", 2L, TAGS),
        row("SIZE", 3L, List.of("a", "b", "c")),
        row("SIZE", 3L, ORDER),
        row("CONTAINS", true, TAGS, "vip"),
        row("CONTAINS", false, TAGS, "VIP"),
        row("CONTAINS", true, SIZES, new BigDecimal("31.0")),
        row("CONTAINS", true, SIZES, 31L),
        row("CONTAINS", false, SIZES, "thirty-one"),
        row("CONTAINS", true, List.of("a", new BigDecimal("2")), new BigDecimal("2")),
        row("CONTAINS", true, "FRIEND-2024", "END-"),
        row("CONTAINS", false, "friend", "END"),
        row("ATTRIBUTE_TYPE", "S", "n/a"),
        row("ATTRIBUTE_TYPE", "N", new BigDecimal("42")),
        row("ATTRIBUTE_TYPE", "N", 42L),
        row("ATTRIBUTE_TYPE", "B", new byte[] {1}),
        row("ATTRIBUTE_TYPE", "BOOL", false),
        row("ATTRIBUTE_TYPE", "NULL", (Object) null),
        row("ATTRIBUTE_TYPE", "SS", TAGS),
        row("ATTRIBUTE_TYPE", "NS", SIZES),
        row("ATTRIBUTE_TYPE", "BS", new SetValue(SetValue.Kind.BINARY, List.of(new byte[] {1}))),
        row("ATTRIBUTE_TYPE", "L", List.of()),
        row("ATTRIBUTE_TYPE", "M", Map.of()),
        row("ATTRIBUTE_TYPE", "S", LocalDate.of(2024, 1, 1)),
        row("JSON_EXTRACT", "Kyoto", ORDER, "$.shipping.address.city"),
        row("JSON_EXTRACT", new BigDecimal("4.5"), ORDER, "$.shipping.cost"),
        row("JSON_EXTRACT", "p007", ORDER, "$.items[1].sku"),
        row("JSON_EXTRACT", "p007", ORDER, "$.items[#-1].sku"),
        row("JSON_EXTRACT", null, ORDER, "$.items[2].sku"),
        row("JSON_EXTRACT", null, ORDER, "$.missing.deeper"),
        row("JSON_EXTRACT", "yes", ORDER, "$[\"odd key\"]"),
        row("JSON_EXTRACT", "yes", ORDER, "$['odd key']"),
        row("JSON_EXTRACT", Map.of("city", "Kyoto"), ORDER, "$.shipping.address"),
        row("JSON_EXTRACT", ORDER, ORDER, "$"),
        row("JSON_EXTRACT", "vip", TAGS, "$[1]"),
        row("JSON_EXTRACT", "Kyoto", Map.of("city", "Kyoto"), "city"),
        row("JSON_EXTRACT", "text", "text", "$"),
        row("JSON_EXTRACT", null, "text", "$.a"),
        row("JSON_EXTRACT_STRING", "Kyoto", ORDER, "$.shipping.address.city"),
        row("JSON_EXTRACT_STRING", "4.5", ORDER, "$.shipping.cost"),
        row("JSON_EXTRACT_STRING", "{\"city\":\"Kyoto\"}", ORDER, "$.shipping.address"),
        row("JSON_EXTRACT_STRING", null, ORDER, "$.nothing"));
  }

  @ParameterizedTest(name = "{0}{2} = {1}")
  @MethodSource("calls")
  void behavesLikeDynamoDb(String name, Object expected, List<Object> arguments)
      throws SQLException {
    assertEquals(expected, call(name, arguments));
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of(
            "SIZE",
            List.of(new BigDecimal("5")),
            "Function SIZE expects VARCHAR|VARBINARY|ARRAY|JSON as argument 1, not DECIMAL '5'",
            "42804"),
        Arguments.of(
            "CONTAINS",
            List.of("abc", new BigDecimal("1")),
            "CONTAINS on a string expects a VARCHAR to look for, not DECIMAL '1'",
            "42804"),
        Arguments.of(
            "CONTAINS",
            List.of(Map.of("a", "b"), "a"),
            "CONTAINS expects a string, set or list, not JSON",
            "42804"),
        Arguments.of(
            "JSON_EXTRACT",
            List.of(ORDER, "$.items["),
            "Invalid JSON path '$.items[' at position 8: expected a closing ']'",
            "22023"),
        Arguments.of("JSON_EXTRACT", List.of(ORDER, "$..a"), "expected a name after '.'", "22023"),
        Arguments.of("JSON_EXTRACT", List.of(ORDER, "$x"), "expected '.' or '['", "22023"),
        Arguments.of("JSON_EXTRACT", List.of(ORDER, "$[-1]"), "an index (0, 1, ...", "22023"));
  }

  @ParameterizedTest(name = "{0}{1}")
  @MethodSource("invalid")
  void refusesBadInput(String name, List<Object> arguments, String message, String state) {
    assertInvalid(() -> call(name, Arrays.asList(arguments.toArray())), message, state);
  }
}
