package io.dynamosql.jdbc.exec.function;

import static io.dynamosql.jdbc.exec.function.Parameter.NUMBER;
import static io.dynamosql.jdbc.exec.function.Parameter.TEMPORAL;
import static io.dynamosql.jdbc.exec.function.Parameter.TEXT;

import io.dynamosql.jdbc.type.SqlType;
import io.dynamosql.jdbc.type.TemporalConversions;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Date and time functions over dates, timestamps, ISO-8601 strings and epoch numbers (read as
 * {@link TemporalConversions} does: seconds, or milliseconds above 10^11), all in UTC.
 *
 * <ul>
 *   <li>CURRENT_DATE (DATE), CURRENT_TIMESTAMP and NOW (TIMESTAMP): from the registry's clock; not
 *       deterministic.
 *   <li>EXTRACT(field, value) and its alias DATE_PART: field YEAR, QUARTER, MONTH, WEEK, DAY, DOW,
 *       DOY, HOUR, MINUTE, SECOND or EPOCH ({@link DatePart}), as DECIMAL (EPOCH has a fraction;
 *       DuckDB types the others BIGINT, with the same values).
 *   <li>DATE_TRUNC(field, value): a DATE for a DATE, otherwise a TIMESTAMP, as DuckDB does for
 *       TIMESTAMP WITH TIME ZONE.
 *   <li>DATE(value): the calendar date; TO_TIMESTAMP(epoch): the instant of an epoch number.
 * </ul>
 */
final class TemporalFunctions {

  private TemporalFunctions() {}

  static List<BuiltinFunction> all(Clock clock) {
    BuiltinFunction currentTimestamp =
        BuiltinFunction.named("CURRENT_TIMESTAMP")
            .takes(SqlType.TIMESTAMP)
            .nonDeterministic()
            .does(a -> Instant.now(clock));
    BuiltinFunction extract =
        BuiltinFunction.named("EXTRACT")
            .takes(SqlType.DECIMAL, TEXT, TEMPORAL)
            .does(a -> DatePart.named((String) a.get(0), "EXTRACT").extract(localTime(a.get(1))));
    return List.of(
        BuiltinFunction.named("CURRENT_DATE")
            .takes(SqlType.DATE)
            .nonDeterministic()
            .does(a -> LocalDate.now(clock.withZone(ZoneOffset.UTC))),
        currentTimestamp,
        currentTimestamp.alias("NOW"),
        extract,
        extract.alias("DATE_PART"),
        BuiltinFunction.named("DATE_TRUNC")
            .takes(t -> t.get(1) == SqlType.DATE ? SqlType.DATE : SqlType.TIMESTAMP, TEXT, TEMPORAL)
            .does(a -> truncate((String) a.get(0), a.get(1))),
        BuiltinFunction.named("DATE")
            .takes(SqlType.DATE, TEMPORAL)
            .does(a -> TemporalConversions.toLocalDate(a.get(0), ZoneOffset.UTC)),
        BuiltinFunction.named("TO_TIMESTAMP")
            .takes(SqlType.TIMESTAMP, NUMBER)
            .does(a -> TemporalConversions.toInstant(a.get(0), ZoneOffset.UTC)));
  }

  private static LocalDateTime localTime(Object value) throws SQLException {
    return TemporalConversions.toLocalDateTime(value, ZoneOffset.UTC);
  }

  private static Object truncate(String field, Object value) throws SQLException {
    LocalDateTime truncated = DatePart.named(field, "DATE_TRUNC").truncate(localTime(value));
    return value instanceof LocalDate
        ? truncated.toLocalDate()
        : truncated.toInstant(ZoneOffset.UTC);
  }
}
