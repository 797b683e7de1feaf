package io.dynamosql.jdbc.differential;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a statement file of the differential suite: statements end with {@code ;} at the end of a
 * line; {@code --} lines are comments, except {@code -- duckdb:} lines, which give the reference
 * engine's spelling of the statement that follows.
 */
final class DifferentialCases {

  private static final String ORACLE_PREFIX = "-- duckdb:";

  private DifferentialCases() {}

  static List<DifferentialCase> read(String resource) {
    InputStream in = DifferentialCases.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalArgumentException("no such resource: " + resource);
    }
    String file = resource.substring(resource.lastIndexOf('/') + 1);
    List<DifferentialCase> cases = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      StringBuilder sql = new StringBuilder();
      StringBuilder oracle = new StringBuilder();
      int start = 0;
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        String trimmed = line.strip();
        if (trimmed.startsWith(ORACLE_PREFIX)) {
          oracle.append(trimmed.substring(ORACLE_PREFIX.length())).append('\n');
        } else if (!trimmed.isEmpty() && !trimmed.startsWith("--")) {
          if (sql.isEmpty()) {
            start = lineNumber;
          }
          sql.append(line).append('\n');
          if (trimmed.endsWith(";")) {
            String statement = withoutSemicolon(sql);
            String oracleStatement = oracle.isEmpty() ? statement : withoutSemicolon(oracle);
            cases.add(new DifferentialCase(file + ":" + start, statement, oracleStatement));
            sql.setLength(0);
            oracle.setLength(0);
          }
        }
      }
      if (!sql.isEmpty()) {
        throw new IllegalStateException(file + ":" + start + ": statement without ';'");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }

  private static String withoutSemicolon(StringBuilder text) {
    String statement = text.toString().strip();
    return statement.endsWith(";")
        ? statement.substring(0, statement.length() - 1).strip()
        : statement;
  }
}
