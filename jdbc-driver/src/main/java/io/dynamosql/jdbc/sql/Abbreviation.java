package io.dynamosql.jdbc.sql;

/** Keeps messages readable when they quote hostile input (100 KB identifiers, huge literals). */
final class Abbreviation {

  private static final int SHOWN = 80;

  private Abbreviation() {}

  static String of(String text) {
    return text.length() <= SHOWN
        ? text
        : text.substring(0, SHOWN) + "... (" + text.length() + " characters)";
  }
}
