package io.dynamosql.jdbc.exec.value;

import io.dynamosql.jdbc.error.SqlState;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A compiled {@code LIKE} pattern: {@code %} matches any sequence of characters, {@code _} exactly
 * one character (a code point, as DuckDB counts UTF-8 characters), everything else itself, case
 * sensitively. The escape character makes the next character literal, whatever it is (as in DuckDB:
 * {@code 'FRIEND!-%' ESCAPE '!'} matches {@code FRIEND-2024}).
 *
 * <p>The pattern is compiled into the segments between its {@code %}s. The first segment must match
 * at the start, the last at the end, and each middle one at its leftmost occurrence after the
 * previous one: taking the leftmost occurrence is never wrong, because a later segment can only
 * find more room after an earlier match. So matching never backtracks across segments and costs at
 * most text length × pattern length, however many {@code %}s the pattern has (a regex engine is
 * exponential on {@code '%a%a%a%a%b'}).
 *
 * <p>For {@code ILIKE} the pattern's literal characters and the text are lower-cased code point by
 * code point (Unicode simple case mapping), so that {@code _} still counts the text's characters.
 */
public final class LikePattern {

  /** Stands for {@code _} in a segment; real code points are never negative. */
  private static final int ANY = -1;

  private final String pattern;

  private final boolean ignoreCase;

  /** Matches at the start of the text (the whole text when there is no {@code %}). */
  private final int[] first;

  /** Match in order, each at its leftmost position (empty ones dropped). */
  private final List<int[]> middle;

  /** Matches at the end of the text; null when the pattern has no {@code %}. */
  private final int[] last;

  private LikePattern(String pattern, boolean ignoreCase, List<int[]> parts) {
    this.pattern = pattern;
    this.ignoreCase = ignoreCase;
    this.first = parts.get(0);
    this.last = parts.size() > 1 ? parts.get(parts.size() - 1) : null;
    this.middle =
        parts.size() > 2
            ? parts.subList(1, parts.size() - 1).stream().filter(p -> p.length > 0).toList()
            : List.of();
  }

  /**
   * Compiles {@code pattern} with an optional escape character.
   *
   * @throws SQLException 22025 when the escape character ends the pattern
   */
  public static LikePattern compile(String pattern, Character escape) throws SQLException {
    return compile(pattern, escape, false);
  }

  /**
   * Compiles {@code pattern}, case-insensitively when {@code ignoreCase} (ILIKE).
   *
   * @throws SQLException 22025 when the escape character ends the pattern
   */
  public static LikePattern compile(String pattern, Character escape, boolean ignoreCase)
      throws SQLException {
    List<int[]> parts = new ArrayList<>();
    List<Integer> part = new ArrayList<>();
    int[] codePoints = pattern.codePoints().toArray();
    for (int i = 0; i < codePoints.length; i++) {
      int c = codePoints[i];
      if (escape != null && c == escape) {
        if (i + 1 == codePoints.length) {
          throw SqlState.INVALID_ESCAPE_SEQUENCE.exception(
              "Invalid escape sequence in LIKE pattern '"
                  + pattern
                  + "': it ends with the escape character '"
                  + escape
                  + "'");
        }
        part.add(ignoreCase ? Character.toLowerCase(codePoints[++i]) : codePoints[++i]);
      } else if (c == '%') {
        parts.add(toArray(part));
        part.clear();
      } else {
        part.add(c == '_' ? ANY : ignoreCase ? Character.toLowerCase(c) : c);
      }
    }
    parts.add(toArray(part));
    return new LikePattern(pattern, ignoreCase, parts);
  }

  private static int[] toArray(List<Integer> codePoints) {
    return codePoints.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Whether {@code text} matches the whole pattern. */
  public boolean matches(String text) {
    int[] input = codePoints(text, ignoreCase);
    if (last == null) {
      return input.length == first.length && matchesAt(first, input, 0);
    }
    if (!matchesAt(first, input, 0)) {
      return false;
    }
    int position = first.length;
    for (int[] segment : middle) {
      int found = find(segment, input, position);
      if (found < 0) {
        return false;
      }
      position = found + segment.length;
    }
    int start = input.length - last.length;
    return start >= position && matchesAt(last, input, start);
  }

  /** The text's code points; a plain loop, as this runs once per row. */
  private static int[] codePoints(String text, boolean lowerCase) {
    int[] result = new int[text.length()];
    int count = 0;
    for (int i = 0; i < text.length(); count++) {
      int c = text.codePointAt(i);
      result[count] = lowerCase ? Character.toLowerCase(c) : c;
      i += Character.charCount(c);
    }
    return count == result.length ? result : Arrays.copyOf(result, count);
  }

  private static int find(int[] segment, int[] input, int from) {
    for (int start = from; start + segment.length <= input.length; start++) {
      if (matchesAt(segment, input, start)) {
        return start;
      }
    }
    return -1;
  }

  private static boolean matchesAt(int[] segment, int[] input, int start) {
    if (start < 0 || start + segment.length > input.length) {
      return false;
    }
    for (int i = 0; i < segment.length; i++) {
      if (segment[i] != ANY && segment[i] != input[start + i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The literal text every match starts with (up to the first wildcard), empty when the pattern
   * starts with a wildcard or ignores case: what the planner turns into {@code begins_with}.
   */
  public Optional<String> literalPrefix() {
    if (ignoreCase) {
      return Optional.empty();
    }
    StringBuilder prefix = new StringBuilder();
    for (int c : first) {
      if (c == ANY) {
        break;
      }
      prefix.appendCodePoint(c);
    }
    return prefix.isEmpty() ? Optional.empty() : Optional.of(prefix.toString());
  }

  /**
   * Whether the pattern is a literal prefix followed only by {@code %}s ({@code 'abc%'}), so that
   * {@code begins_with(prefix)} alone decides the match.
   */
  public boolean isPrefixOnly() {
    return !ignoreCase
        && last != null
        && last.length == 0
        && middle.isEmpty()
        && first.length > 0
        && Arrays.stream(first).noneMatch(c -> c == ANY);
  }

  @Override
  public String toString() {
    return pattern;
  }
}
