package io.dynamosql.jdbc.exec.function;

import static io.dynamosql.jdbc.exec.function.Calls.NOW;
import static io.dynamosql.jdbc.exec.function.Calls.call;
import static io.dynamosql.jdbc.exec.function.Calls.function;
import static io.dynamosql.jdbc.exec.function.Calls.row;
import static io.dynamosql.jdbc.exec.value.SqlAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamosql.jdbc.type.SqlType;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected values checked against DuckDB 1.4 with TimeZone UTC. */
class TemporalFunctionsTest {

  private static final String TS = "2024-03-10T10:20:30.5Z";
  private static final LocalDate DAY = LocalDate.of(2024, 3, 10);

  private static BigDecimal n(String text) {
    return new BigDecimal(text);
  }

  static Stream<Arguments> calls() {
    return Stream.of(
        row("EXTRACT", n("2024"), "YEAR", TS),
        row("EXTRACT", n("2024"), "year", DAY),
        row("EXTRACT", n("1"), "QUARTER", DAY),
        row("EXTRACT", n("3"), "MONTH", "2024-03-10"),
        row("EXTRACT", n("10"), "DAY", Instant.parse(TS)),
        row("EXTRACT", n("0"), "DOW", DAY),
        row("EXTRACT", n("70"), "DOY", DAY),
        row("EXTRACT", n("1"), "WEEK", LocalDate.of(2024, 1, 1)),
        row("EXTRACT", n("52"), "WEEK", LocalDate.of(2023, 1, 1)),
        row("EXTRACT", n("10"), "HOUR", TS),
        row("EXTRACT", n("20"), "MINUTE", TS),
        row("EXTRACT", n("30"), "SECOND", TS),
        row("EXTRACT", n("0"), "MINUTE", DAY),
        row("EXTRACT", n("1710066030.5"), "EPOCH", TS),
        row("EXTRACT", n("1710028800"), "EPOCH", DAY),
        row("EXTRACT", n("2023"), "YEAR", n("1700000000")),
        row("EXTRACT", n("2023"), "YEAR", n("1700000000000")),
        row("DATE_PART", n("2024"), "year", DAY),
        row("EXTRACT", n("12"), "HOUR", "2024-03-10T14:00:00+02:00"),
        row("DATE_TRUNC", LocalDate.of(2024, 3, 1), "month", DAY),
        row("DATE_TRUNC", LocalDate.of(2024, 3, 4), "week", DAY),
        row("DATE_TRUNC", LocalDate.of(2024, 4, 1), "quarter", LocalDate.of(2024, 5, 10)),
        row("DATE_TRUNC", LocalDate.of(2024, 1, 1), "YEAR", DAY),
        row("DATE_TRUNC", DAY, "day", DAY),
        row("DATE_TRUNC", Instant.parse("2024-03-01T00:00:00Z"), "month", TS),
        row("DATE_TRUNC", Instant.parse("2024-03-10T10:00:00Z"), "hour", TS),
        row("DATE_TRUNC", Instant.parse("2024-03-10T10:20:00Z"), "minute", Instant.parse(TS)),
        row("DATE_TRUNC", Instant.parse("2024-03-10T10:20:30Z"), "second", TS),
        row("DATE", DAY, "2024-03-10 10:00:00"),
        row("DATE", DAY, Instant.parse(TS)),
        row("DATE", LocalDate.of(2023, 11, 14), n("1700000000")),
        row("TO_TIMESTAMP", Instant.parse("2023-11-14T22:13:20Z"), n("1700000000")),
        row("TO_TIMESTAMP", Instant.parse("2023-11-14T22:13:20.500Z"), n("1700000000.5")),
        row("CURRENT_TIMESTAMP", NOW),
        row("NOW", NOW),
        row("CURRENT_DATE", LocalDate.of(2026, 12, 1)));
  }

  @ParameterizedTest(name = "{0}{2} = {1}")
  @MethodSource("calls")
  void behavesLikeDuckDb(String name, Object expected, List<Object> arguments) throws SQLException {
    assertEquals(expected, call(name, arguments));
  }

  @Test
  void typesTruncationByItsArgument() throws SQLException {
    assertEquals(
        SqlType.DATE, function("DATE_TRUNC").returnType(List.of(SqlType.VARCHAR, SqlType.DATE)));
    assertEquals(
        SqlType.TIMESTAMP,
        function("DATE_TRUNC").returnType(List.of(SqlType.VARCHAR, SqlType.VARCHAR)));
  }

  @Test
  void onlyTheClockFunctionsAreNonDeterministic() {
    for (String name : List.of("CURRENT_DATE", "CURRENT_TIMESTAMP", "NOW")) {
      assertFalse(function(name).deterministic(), name);
    }
    assertTrue(function("EXTRACT").deterministic());
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of(
            "EXTRACT",
            List.of("fortnight", TS),
            "Unknown date part 'fortnight' for EXTRACT; expected one of YEAR, QUARTER",
            "22023"),
        Arguments.of(
            "DATE_TRUNC", List.of("dow", TS), "DATE_TRUNC cannot truncate to DOW", "22023"),
        Arguments.of("DATE", List.of("soon"), "Cannot convert 'soon' to TIMESTAMP", "22018"),
        Arguments.of(
            "EXTRACT",
            List.of("YEAR", true),
            "Function EXTRACT expects DATE|TIMESTAMP as argument 2, not BOOLEAN 'true'",
            "42804"));
  }

  @ParameterizedTest(name = "{0}{1}")
  @MethodSource("invalid")
  void refusesBadInput(String name, List<Object> arguments, String message, String state) {
    assertInvalid(() -> call(name, arguments), message, state);
  }
}
