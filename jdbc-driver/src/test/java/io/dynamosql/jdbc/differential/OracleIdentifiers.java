package io.dynamosql.jdbc.differential;

/** Quoting of names and strings in the SQL the oracle loader writes. */
final class OracleIdentifiers {

  private OracleIdentifiers() {}

  static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  static String literal(String text) {
    return '\'' + text.replace("'", "''") + '\'';
  }
}
