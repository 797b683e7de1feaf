package io.dynamosql.jdbc.differential;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Compares the driver's result with the reference engine's: same column count, and the same rows in
 * the same order when the query has a total ORDER BY, as multisets otherwise. A column either
 * engine computed in floating point is compared at 12 significant digits; a column the driver types
 * ARRAY (a DynamoDB set) is compared without element order.
 */
final class ResultComparison {

  private static final int SHOWN_ROWS = 8;

  private ResultComparison() {}

  /** A description of the difference, or empty when the results agree. */
  static Optional<String> difference(QueryResult driver, QueryResult oracle, boolean ordered) {
    int columns = driver.labels().size();
    if (columns != oracle.labels().size()) {
      return Optional.of(
          "columns differ: driver " + driver.labels() + ", reference " + oracle.labels());
    }
    List<Boolean> approximate = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      approximate.add(floating(driver, c) || floating(oracle, c));
    }
    List<List<String>> actual = canonical(driver, approximate, driver.arrayColumns());
    List<List<String>> expected = canonical(oracle, approximate, driver.arrayColumns());
    if (!ordered) {
      Comparator<List<String>> byText = Comparator.comparing(List::toString);
      actual.sort(byText);
      expected.sort(byText);
    }
    if (actual.equals(expected)) {
      return Optional.empty();
    }
    return Optional.of(describe(actual, expected, ordered));
  }

  private static boolean floating(QueryResult result, int column) {
    return result.rows().stream()
        .map(row -> row.get(column))
        .anyMatch(value -> value instanceof Double || value instanceof Float);
  }

  private static List<List<String>> canonical(
      QueryResult result, List<Boolean> approximate, List<Boolean> sets) {
    List<List<String>> rows = new ArrayList<>();
    for (List<Object> row : result.rows()) {
      List<String> canonicalRow = new ArrayList<>(row.size());
      for (int c = 0; c < row.size(); c++) {
        canonicalRow.add(CanonicalValue.of(row.get(c), approximate.get(c), sets.get(c)));
      }
      rows.add(canonicalRow);
    }
    return rows;
  }

  private static String describe(
      List<List<String>> actual, List<List<String>> expected, boolean ordered) {
    StringBuilder text = new StringBuilder();
    text.append(ordered ? "ordered" : "unordered")
        .append(" results differ: driver ")
        .append(actual.size())
        .append(" rows, reference ")
        .append(expected.size())
        .append(" rows\n");
    int first = 0;
    while (first < Math.min(actual.size(), expected.size())
        && actual.get(first).equals(expected.get(first))) {
      first++;
    }
    text.append("first difference at row ").append(first).append('\n');
    appendRows(text, "driver   ", actual, first);
    appendRows(text, "reference", expected, first);
    if (!ordered) {
      text.append("only in driver: ").append(minus(actual, expected)).append('\n');
      text.append("only in reference: ").append(minus(expected, actual));
    }
    return text.toString();
  }

  private static void appendRows(
      StringBuilder text, String side, List<List<String>> rows, int from) {
    for (int r = from; r < Math.min(rows.size(), from + SHOWN_ROWS); r++) {
      text.append(side).append(" #").append(r).append(' ').append(rows.get(r)).append('\n');
    }
  }

  private static List<List<String>> minus(List<List<String>> rows, List<List<String>> others) {
    List<List<String>> remaining = new ArrayList<>(others);
    List<List<String>> extra = new ArrayList<>();
    for (List<String> row : rows) {
      if (!remaining.remove(row)) {
        extra.add(row);
      }
    }
    return extra.subList(0, Math.min(extra.size(), SHOWN_ROWS));
  }
}
