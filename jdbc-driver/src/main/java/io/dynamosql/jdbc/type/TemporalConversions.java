package io.dynamosql.jdbc.type;

import java.math.BigDecimal;
import java.sql.SQLDataException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads dates and times out of DynamoDB values, which store them as ISO-8601 strings or as epoch
 * numbers.
 *
 * <ul>
 *   <li>Strings: an instant with offset ({@code 2025-03-01T10:00:00Z}, {@code ...+02:00}), a local
 *       date-time ({@code 2025-03-01T10:00:00} or with a space), a date ({@code 2025-03-01},
 *       midnight) or a time ({@code 10:00:00}, for {@code getTime} only). A string of digits is
 *       read as an epoch number.
 *   <li>Epoch numbers: a magnitude below 100,000,000,000 is seconds (fractions allowed), anything
 *       larger is milliseconds. Seconds cover the years 1966 to 5138 and milliseconds every date
 *       after March 1973, which is where the two readings of real data never overlap.
 *   <li>Values without an offset (local date-times, dates, times) are read in the given zone: the
 *       {@code Calendar}'s zone of a JDBC getter, otherwise the JVM's default zone.
 * </ul>
 */
public final class TemporalConversions {

  /** Epoch numbers of smaller magnitude are seconds, larger ones milliseconds. */
  static final BigDecimal SECONDS_LIMIT = new BigDecimal("100000000000");

  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
  private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);

  private TemporalConversions() {}

  /** The instant a value denotes; local values are placed in {@code zone}. */
  public static Instant toInstant(Object value, ZoneId zone) throws SQLDataException {
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof LocalDate date) {
      return date.atStartOfDay(zone).toInstant();
    }
    if (value instanceof LocalDateTime dateTime) {
      return dateTime.atZone(zone).toInstant();
    }
    if (value instanceof OffsetDateTime dateTime) {
      return dateTime.toInstant();
    }
    if (value instanceof java.util.Date date) {
      return Instant.ofEpochMilli(date.getTime());
    }
    if (value instanceof Number || value instanceof String text && isEpochText(text)) {
      return fromEpoch(ValueConversions.toBigDecimal(value), value);
    }
    if (value instanceof String text) {
      return parseInstant(text.trim(), zone, value);
    }
    throw ConversionFailure.invalid(value, "TIMESTAMP");
  }

  /** The calendar date of a value; instants are placed in {@code zone}. */
  public static LocalDate toLocalDate(Object value, ZoneId zone) throws SQLDataException {
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof String text && !isEpochText(text)) {
      String trimmed = text.trim();
      try {
        return LocalDate.parse(trimmed);
      } catch (DateTimeParseException notPlainDate) {
        return parseInstant(trimmed, zone, value).atZone(zone).toLocalDate();
      }
    }
    if (value instanceof LocalDateTime dateTime) {
      return dateTime.toLocalDate();
    }
    return toInstant(value, zone).atZone(zone).toLocalDate();
  }

  /** The local date-time of a value; instants are placed in {@code zone}. */
  public static LocalDateTime toLocalDateTime(Object value, ZoneId zone) throws SQLDataException {
    if (value instanceof LocalDateTime dateTime) {
      return dateTime;
    }
    return LocalDateTime.ofInstant(toInstant(value, zone), zone);
  }

  /** The time of day of a value; instants are placed in {@code zone}. */
  public static LocalTime toLocalTime(Object value, ZoneId zone) throws SQLDataException {
    if (value instanceof LocalTime time) {
      return time;
    }
    if (value instanceof String text && text.trim().length() <= 18 && text.indexOf(':') == 2) {
      try {
        return LocalTime.parse(text.trim());
      } catch (DateTimeParseException e) {
        throw ConversionFailure.invalid(value, "TIME");
      }
    }
    return toLocalDateTime(value, zone).toLocalTime();
  }

  private static boolean isEpochText(String text) {
    String trimmed = text.trim();
    if (trimmed.isEmpty()) {
      return false;
    }
    int start = trimmed.charAt(0) == '-' ? 1 : 0;
    // A bare year or date ("2025", "2025-03-01") is not an epoch number: require 5+ digits.
    return trimmed.length() - start > 4 && trimmed.substring(start).matches("\\d+(\\.\\d+)?");
  }

  private static Instant fromEpoch(BigDecimal number, Object original) throws SQLDataException {
    BigDecimal seconds =
        number.abs().compareTo(SECONDS_LIMIT) < 0 ? number : number.divide(THOUSAND);
    try {
      BigDecimal whole = seconds.setScale(0, java.math.RoundingMode.FLOOR);
      long nanos = seconds.subtract(whole).multiply(BILLION).longValue();
      return Instant.ofEpochSecond(whole.longValueExact(), nanos);
    } catch (ArithmeticException | DateTimeException e) {
      throw ConversionFailure.outOfRange(original, "TIMESTAMP");
    }
  }

  private static Instant parseInstant(String text, ZoneId zone, Object original)
      throws SQLDataException {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notOffset) {
      // fall through to the zone-less forms
    }
    try {
      return ZonedDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notZoned) {
      // fall through
    }
    try {
      return LocalDateTime.parse(text.replace(' ', 'T')).atZone(zone).toInstant();
    } catch (DateTimeParseException notLocal) {
      // fall through
    }
    try {
      return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay(zone).toInstant();
    } catch (DateTimeParseException notDate) {
      throw ConversionFailure.invalid(original, "TIMESTAMP");
    }
  }
}
