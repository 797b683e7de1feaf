package io.dynamosql.jdbc.exec.function;

import static io.dynamosql.jdbc.exec.function.Calls.call;
import static io.dynamosql.jdbc.exec.function.Calls.function;
import static io.dynamosql.jdbc.exec.function.Calls.row;
import static io.dynamosql.jdbc.exec.value.SqlAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynamosql.jdbc.type.SqlType;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ComparisonFunctionsTest {

  static Stream<Arguments> calls() {
    return Stream.of(
        row("GREATEST", new BigDecimal("2.5"), 1L, new BigDecimal("2.5"), null),
        row("LEAST", 1L, 1L, new BigDecimal("2.5"), null),
        row("LEAST", "B", "b", "a", "B"),
        row("GREATEST", "é", "z", "é"),
        row("GREATEST", null, null, null),
        row("GREATEST", "x", "x"),
        row("LEAST", "2024-01-01", LocalDate.of(2024, 1, 2), "2024-01-01"));
  }

  @ParameterizedTest(name = "{0}{2} = {1}")
  @MethodSource("calls")
  void skipsNullsLikeDuckDb(String name, Object expected, List<Object> arguments)
      throws SQLException {
    assertEquals(expected, call(name, arguments));
  }

  @Test
  void typesTheResultAsTheCommonType() throws SQLException {
    assertEquals(
        SqlType.DECIMAL,
        function("GREATEST").returnType(List.of(SqlType.BIGINT, SqlType.NULL, SqlType.DECIMAL)));
    assertEquals(SqlType.VARCHAR, function("LEAST").returnType(List.of(SqlType.VARCHAR)));
  }

  @Test
  void refusesValuesThatDoNotCompare() {
    assertInvalid(
        () -> call("GREATEST", List.of(new BigDecimal("1"), Map.of())),
        "Cannot compare JSON '{}' with DECIMAL '1'",
        "42804");
  }
}
