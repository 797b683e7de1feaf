package io.dynamosql.mcp.sql;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Suggests the known names closest to a misspelt one (edit distance, case-insensitive). */
public final class ClosestNames {

  private ClosestNames() {}

  /** Up to {@code limit} names, closest first, that are plausibly what was meant. */
  public static List<String> to(String wanted, Collection<String> known, int limit) {
    String target = wanted.toLowerCase(Locale.ROOT);
    int tolerance = Math.max(2, target.length() / 3);
    return known.stream()
        .map(name -> new Scored(name, distance(target, name.toLowerCase(Locale.ROOT))))
        .filter(s -> s.distance <= tolerance || s.name.toLowerCase(Locale.ROOT).contains(target))
        .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
        .limit(limit)
        .map(Scored::name)
        .toList();
  }

  private record Scored(String name, int distance) {}

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
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
