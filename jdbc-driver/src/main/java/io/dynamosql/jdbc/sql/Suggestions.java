package io.dynamosql.jdbc.sql;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The closest known names to a misspelt one, for "did you mean" hints. */
final class Suggestions {

  private static final int SHOWN = 3;

  private Suggestions() {}

  /** {@code "; did you mean a, b?"}, or {@code ""} when nothing is close. */
  static String closest(String wanted, Collection<String> known) {
    String target = wanted.toLowerCase(Locale.ROOT);
    int tolerance = Math.max(2, target.length() / 3);
    List<String> close =
        known.stream()
            .distinct()
            .filter(
                k ->
                    distance(target, k.toLowerCase(Locale.ROOT)) <= tolerance
                        || k.toLowerCase(Locale.ROOT).contains(target))
            .sorted(Comparator.comparingInt(k -> distance(target, k.toLowerCase(Locale.ROOT))))
            .limit(SHOWN)
            .toList();
    return close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?";
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
