package io.dynamosql.jdbc.exec.function;

import io.dynamosql.jdbc.error.SqlState;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The fields of EXTRACT and DATE_TRUNC, read in UTC. As in DuckDB: DOW counts Sunday as 0, WEEK is
 * the ISO week (weeks start on Monday), SECOND is the whole seconds, EPOCH the seconds since
 * 1970-01-01 with their fraction.
 */
enum DatePart {
  YEAR,
  QUARTER,
  MONTH,
  WEEK,
  DAY,
  DOW,
  DOY,
  HOUR,
  MINUTE,
  SECOND,
  EPOCH;

  /**
   * The part named {@code name}, in any letter case.
   *
   * @throws SQLException 22023 for an unknown name, listing the known ones
   */
  static DatePart named(String name, String function) throws SQLException {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw SqlState.INVALID_PARAMETER_VALUE.exception(
          "Unknown date part '"
              + name
              + "' for "
              + function
              + "; expected one of "
              + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
  }

  /** The field's value: an integer, or for EPOCH seconds with their fraction. */
  BigDecimal extract(LocalDateTime time) {
    return switch (this) {
      case YEAR -> BigDecimal.valueOf(time.getYear());
      case QUARTER -> BigDecimal.valueOf(time.get(IsoFields.QUARTER_OF_YEAR));
      case MONTH -> BigDecimal.valueOf(time.getMonthValue());
      case WEEK -> BigDecimal.valueOf(time.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case DAY -> BigDecimal.valueOf(time.getDayOfMonth());
      case DOW -> BigDecimal.valueOf(time.getDayOfWeek().getValue() % 7);
      case DOY -> BigDecimal.valueOf(time.getDayOfYear());
      case HOUR -> BigDecimal.valueOf(time.getHour());
      case MINUTE -> BigDecimal.valueOf(time.getMinute());
      case SECOND -> BigDecimal.valueOf(time.getSecond());
      case EPOCH -> {
        BigDecimal seconds =
            BigDecimal.valueOf(time.toEpochSecond(ZoneOffset.UTC))
                .add(BigDecimal.valueOf(time.getNano(), 9))
                .stripTrailingZeros();
        yield seconds.scale() < 0 ? seconds.setScale(0) : seconds;
      }
    };
  }

  /**
   * The start of the part's period containing {@code time}.
   *
   * @throws SQLException 22023 for DOW, DOY and EPOCH, which are not periods
   */
  LocalDateTime truncate(LocalDateTime time) throws SQLException {
    return switch (this) {
      case YEAR -> time.toLocalDate().withDayOfYear(1).atStartOfDay();
      case QUARTER ->
          time.toLocalDate()
              .withMonth((time.getMonthValue() - 1) / 3 * 3 + 1)
              .withDayOfMonth(1)
              .atStartOfDay();
      case MONTH -> time.toLocalDate().withDayOfMonth(1).atStartOfDay();
      case WEEK ->
          time.toLocalDate()
              .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
              .atStartOfDay();
      case DAY -> time.truncatedTo(ChronoUnit.DAYS);
      case HOUR -> time.truncatedTo(ChronoUnit.HOURS);
      case MINUTE -> time.truncatedTo(ChronoUnit.MINUTES);
      case SECOND -> time.truncatedTo(ChronoUnit.SECONDS);
      case DOW, DOY, EPOCH ->
          throw SqlState.INVALID_PARAMETER_VALUE.exception(
              "DATE_TRUNC cannot truncate to "
                  + name()
                  + "; use YEAR, QUARTER, MONTH, WEEK, DAY, HOUR,"
                  + " MINUTE or SECOND");
    };
  }
}
