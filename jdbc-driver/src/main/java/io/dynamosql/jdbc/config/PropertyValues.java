package io.dynamosql.jdbc.config;

import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value syntaxes of connection properties. Each parser returns the typed value or throws {@link
 * IllegalArgumentException}; {@link ConnectionProperty#parse} turns that into the property's
 * SQLException.
 */
final class PropertyValues {

  /** AWS region codes: {@code us-east-1}, {@code eu-central-2}, {@code us-gov-west-1}. */
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");

  private static final Pattern ROLE_ARN =
      Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]{1,512}");

  /** What STS accepts as an external ID (2 to 1224 characters). */
  private static final Pattern EXTERNAL_ID = Pattern.compile("[\\w+=,.@:/-]{2,1224}");

  private static final Pattern SESSION_NAME = Pattern.compile("[\\w+=,.@-]{2,64}");

  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h)?");

  private PropertyValues() {}

  static String text(String value) {
    return value;
  }

  static URI endpoint(String value) {
    URI uri = URI.create(value);
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new IllegalArgumentException("not an http(s) URL with a host");
    }
    return uri;
  }

  static String region(String value) {
    return matching(REGION, value);
  }

  static String roleArn(String value) {
    return matching(ROLE_ARN, value);
  }

  static String externalId(String value) {
    return matching(EXTERNAL_ID, value);
  }

  static String sessionName(String value) {
    return matching(SESSION_NAME, value);
  }

  static Boolean bool(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw new IllegalArgumentException("not true or false");
    };
  }

  static int integer(String value, int min, int max) {
    long parsed = longInteger(value, min, max);
    return (int) parsed;
  }

  static long longInteger(String value, long min, long max) {
    long parsed = Long.parseLong(value);
    if (parsed < min || parsed > max) {
      throw new IllegalArgumentException("out of range");
    }
    return parsed;
  }

  /** A whole number of {@code ms}, {@code s}, {@code m} or {@code h}; seconds without a unit. */
  static Duration duration(String value, Duration min) {
    Matcher matcher = DURATION.matcher(value);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("not a duration");
    }
    long amount = Long.parseLong(matcher.group(1));
    String unit = matcher.group(2) == null ? "s" : matcher.group(2);
    Duration duration =
        switch (unit) {
          case "ms" -> Duration.ofMillis(amount);
          case "m" -> Duration.ofMinutes(amount);
          case "h" -> Duration.ofHours(amount);
          default -> Duration.ofSeconds(amount);
        };
    if (duration.compareTo(min) < 0) {
      throw new IllegalArgumentException("too short");
    }
    return duration;
  }

  static Path path(String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("not a path", e);
    }
  }

  /** A comma-separated list of names; blanks around commas are ignored, empty names are not. */
  static List<String> names(String value) {
    List<String> names = Arrays.stream(value.split(",", -1)).map(String::strip).toList();
    if (names.stream().anyMatch(String::isEmpty)) {
      throw new IllegalArgumentException("empty name");
    }
    return names;
  }

  static <E extends Enum<E>> E choice(Class<E> type, String value) {
    return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  private static String matching(Pattern pattern, String value) {
    if (!pattern.matcher(value).matches()) {
      throw new IllegalArgumentException("does not match " + pattern);
    }
    return value;
  }
}
