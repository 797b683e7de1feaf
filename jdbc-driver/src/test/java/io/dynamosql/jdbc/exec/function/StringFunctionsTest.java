package io.dynamosql.jdbc.exec.function;

import static io.dynamosql.jdbc.exec.function.Calls.call;
import static io.dynamosql.jdbc.exec.function.Calls.row;
import static io.dynamosql.jdbc.exec.value.SqlAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected values checked against DuckDB 1.4 where DuckDB has the function. */
class StringFunctionsTest {

  private static final String SMILE = "\uD83D\uDE00";

  static Stream<Arguments> calls() {
    return Stream.of(
        row("LOWER", "ada lovelace", "Ada LOVELACE"),
        row("lower", "i", "\u0130"),
        row("UPPER", "ZÜRICH", "zürich"),
        row("LENGTH", 6L, "Zürich"),
        row("LENGTH", 1L, SMILE),
        row("CHAR_LENGTH", 0L, ""),
        row("CHARACTER_LENGTH", 3L, "abc"),
        row("SUBSTRING", "ell", "hello", 2L, 3L),
        row("SUBSTRING", "ello", "hello", 2L),
        row("SUBSTRING", "he", "hello", 0L, 3L),
        row("SUBSTRING", "", "hello", 0L, 1L),
        row("SUBSTRING", "hello", "hello", 0L),
        row("SUBSTRING", "lo", "hello", -2L, 3L),
        row("SUBSTRING", "llo", "hello", -3L),
        row("SUBSTRING", "he", "hello", -5L, 2L),
        row("SUBSTRING", "he", "hello", -6L, 3L),
        row("SUBSTRING", "", "hello", -10L, 3L),
        row("SUBSTRING", "o", "hello", -1L, 1L),
        row("SUBSTRING", "", "hello", 1L, -1L),
        row("SUBSTRING", "", "hello", 10L),
        row("SUBSTRING", "hello", "hello", 1L, Long.MAX_VALUE),
        row("SUBSTR", "2024-03", "2024-03-10T10:00:00Z", new BigDecimal("1"), new BigDecimal("7")),
        row("SUBSTRING", SMILE + "b", "a" + SMILE + "bc", 2L, 2L),
        row("TRIM", "x", "  x  "),
        row("TRIM", "\tx", " \tx "),
        row("TRIM", "hi", "xyhixy", "xy"),
        row("TRIM", "hi", "xxhixx", "x"),
        row("LTRIM", "axx", "xxaxx", "x"),
        row("RTRIM", "xxa", "xxaxx", "x"),
        row("LTRIM", "a ", "  a "),
        row("RTRIM", "", "   "),
        row("CONCAT", "ab", "a", null, "b"),
        row("CONCAT", "", (Object) null),
        row("CONCAT", "1true2.50", 1L, true, new BigDecimal("2.50")),
        row("CONCAT", "Ada (gold)", "Ada", " (", "gold", ")"),
        row("CONCAT", "x[\"a\"]", "x", List.of("a")),
        row("REPLACE", "bbbbbb", "aaa", "a", "bb"),
        row("REPLACE", "abc", "abc", "", "x"),
        row("REPLACE", "Ada_Lovelace", "Ada Lovelace", " ", "_"),
        row("POSITION", 3L, "l", "hello"),
        row("POSITION", 0L, "z", "hello"),
        row("POSITION", 1L, "", "hello"),
        row("POSITION", 3L, "b", "a" + SMILE + "b"),
        row("STRPOS", 3L, "hello", "l"),
        row("INSTR", 0L, "hello", "z"),
        row("STARTS_WITH", true, "Grace", "Gr"),
        row("STARTS_WITH", false, "grace", "Gr"),
        row("STARTS_WITH", true, "hello", ""),
        row("LEFT", "he", "hello", 2L),
        row("LEFT", "hel", "hello", -2L),
        row("LEFT", "", "hello", 0L),
        row("LEFT", "hello", "hello", 99L),
        row("LEFT", "ab", "abc", "2"),
        row("RIGHT", "lo", "hello", 2L),
        row("RIGHT", "llo", "hello", -2L),
        row("RIGHT", "", "hello", -9L),
        row("REVERSE", SMILE + "cba", "abc" + SMILE),
        row("LPAD", "xyxabc", "abc", 6L, "xy"),
        row("LPAD", "abc", "abcdef", 3L, "x"),
        row("LPAD", "abc", "abc", 3L, ""),
        row("RPAD", "abcxyx", "abc", 6L, "xy"),
        row("RPAD", "", "abc", -1L, "x"),
        row("RPAD", "ab", "abc", 2L, "x"));
  }

  @ParameterizedTest(name = "{0}{2} = {1}")
  @MethodSource("calls")
  void behavesLikeDuckDb(String name, Object expected, List<Object> arguments) throws SQLException {
    assertEquals(expected, call(name, arguments));
  }

  @Test
  void padsOnlyWithSomething() {
    assertInvalid(
        () -> call("LPAD", Arrays.asList("abc", 5L, "")),
        "LPAD cannot pad 'abc' to 5 characters with ''",
        "22023");
    assertInvalid(
        () -> call("RPAD", Arrays.asList("abc", 1_000_000_000L, "x")),
        "RPAD length 1000000000 exceeds 409600 characters",
        "22023");
  }
}
