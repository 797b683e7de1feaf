package io.dynamosql.jdbc.hostile;

import io.dynamosql.jdbc.readonly.RefusedStatements;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Every statement the read-only gate refuses, in every disguise: comments, case, whitespace the
 * parser may or may not take for blanks, multiple statements, CTEs and EXPLAIN around it, string
 * tricks before it; then random stacks of several disguises. Each must be refused (25006 or 42000)
 * before anything is read.
 */
final class DisguisedWrites {

  static final String FAMILY = "disguised-write";

  /**
   * A disguise and its name (for reading failures).
   *
   * @param embeds whether it puts the statement inside another query (a derived table, a subquery,
   *     a UNION branch), where its first word may be read as a table or column name: then an
   *     unknown-name refusal is as good as a read-only one
   */
  private record Disguise(String name, boolean embeds, UnaryOperator<String> apply) {
    Disguise(String name, UnaryOperator<String> apply) {
      this(name, false, apply);
    }
  }

  /** More writes in shapes the read-only gate's own list does not have. */
  private static final List<String> MORE_WRITES =
      List.of(
          "WITH d AS (DELETE FROM customers RETURNING *) SELECT customer_id FROM customers",
          "WITH u AS (UPDATE customers SET name = 'x' RETURNING *) SELECT 1",
          "WITH i AS (INSERT INTO customers (customer_id) VALUES ('x') RETURNING *) SELECT 1",
          "SELECT customer_id FROM customers WHERE customer_id IN"
              + " (SELECT customer_id FROM (DELETE FROM customers RETURNING customer_id) d)",
          "INSERT INTO customers VALUE {'customer_id': 'x999'}",
          "UPDATE customers SET name = 'x' WHERE customer_id = 'c001' RETURNING ALL NEW *",
          "DELETE FROM \"customers\" WHERE \"customer_id\" = 'c001'",
          "DELETE customers WHERE customer_id = 'c001'",
          "SELECT customer_id INTO @x FROM customers",
          "SELECT * FROM customers INTO OUTFILE '/tmp/x'",
          "INSERT OVERWRITE TABLE customers SELECT * FROM customers",
          "COPY customers TO '/tmp/x'",
          "LOAD DATA INFILE 'x' INTO TABLE customers",
          "VACUUM",
          "PRAGMA writable_schema = 1",
          "ATTACH DATABASE 'x' AS y",
          "SET GLOBAL read_only = 0");

  private static final List<Disguise> DISGUISES =
      List.of(
          new Disguise("as is", sql -> sql),
          new Disguise("lower case", sql -> sql.toLowerCase(Locale.ROOT)),
          new Disguise("upper case", sql -> sql.toUpperCase(Locale.ROOT)),
          new Disguise("leading blanks", sql -> " \t\r\n\f " + sql),
          new Disguise("trailing semicolons", sql -> sql + " ;;;"),
          new Disguise("trailing semicolon and comment", sql -> sql + "; -- done"),
          new Disguise("block comment first", sql -> "/* harmless report */ " + sql),
          new Disguise("nested comment first", sql -> "/* outer /* inner */ still */ " + sql),
          new Disguise("line comment first", sql -> "-- SELECT 1\n" + sql),
          new Disguise("hash comment first", sql -> "# note\n" + sql),
          new Disguise("MySQL executable comment", sql -> "/*!50000 " + sql + " */"),
          new Disguise("comments between words", sql -> sql.replace(" ", "/**/")),
          new Disguise("newlines between words", sql -> sql.replace(" ", "\n")),
          new Disguise("tabs between words", sql -> sql.replace(" ", "\t")),
          new Disguise("no-break spaces", sql -> sql.replace(" ", "\u00A0")),
          new Disguise("ideographic spaces", sql -> sql.replace(" ", "\u3000")),
          new Disguise("line separators", sql -> sql.replace(" ", "\u2028")),
          new Disguise("byte order mark", sql -> "\uFEFF" + sql),
          new Disguise("zero-width space inside", sql -> sql.replaceFirst("E", "E\u200B")),
          new Disguise("fullwidth letters", DisguisedWrites::fullwidth),
          new Disguise("NUL before", sql -> "\u0000" + sql),
          new Disguise("in parentheses", true, sql -> "(" + sql + ")"),
          new Disguise("after a SELECT", sql -> "SELECT 1; " + sql),
          new Disguise("after a SELECT without blank", sql -> "SELECT 1;" + sql),
          new Disguise("before a SELECT", sql -> sql + "; SELECT 1"),
          new Disguise("after a string with a semicolon", sql -> "SELECT ';' AS x; " + sql),
          new Disguise(
              "after an escaped quote", sql -> "SELECT 'it''s'; " + sql + "; SELECT 'done'"),
          new Disguise("after a backslash-quote", sql -> "SELECT 'a\\'; " + sql + "; SELECT '\\'"),
          new Disguise("inside dollar quotes", sql -> "SELECT $$x$$; " + sql),
          new Disguise("after a comment hiding a semicolon", sql -> "SELECT 1 /* ; */; " + sql),
          new Disguise("after a quoted identifier", sql -> "SELECT \"a;b\" FROM customers; " + sql),
          new Disguise("under a CTE", sql -> "WITH x AS (SELECT 1 AS one) " + sql),
          new Disguise("under two CTEs", sql -> "WITH a AS (SELECT 1), b AS (SELECT 2) " + sql),
          new Disguise("as a CTE", sql -> "WITH w AS (" + sql + " RETURNING *) SELECT * FROM w"),
          new Disguise("as a derived table", true, sql -> "SELECT * FROM (" + sql + ") t"),
          new Disguise("as a scalar subquery", true, sql -> "SELECT (" + sql + ") AS v"),
          new Disguise(
              "as an IN subquery",
              true,
              sql -> "SELECT customer_id FROM customers WHERE customer_id IN (" + sql + ")"),
          new Disguise("in a UNION", true, sql -> "SELECT 1 UNION ALL " + sql),
          new Disguise("under EXPLAIN", sql -> "EXPLAIN " + sql),
          new Disguise("under EXPLAIN ANALYZE", sql -> "EXPLAIN ANALYZE " + sql),
          new Disguise("under EXPLAIN (options)", sql -> "EXPLAIN (FORMAT JSON) " + sql),
          new Disguise("under EXPLAIN PLAN FOR", sql -> "EXPLAIN PLAN FOR " + sql),
          new Disguise("in a transaction", sql -> "BEGIN; " + sql + "; COMMIT"),
          new Disguise("as a prepared statement", sql -> "PREPARE p AS " + sql));

  /** A write refused as such, or as a syntax error. */
  static final Expectation REFUSED = Expectation.refused("25006", "42000");

  /** A write inside another query: refused, or its words taken for unknown names. */
  static final Expectation EMBEDDED = Expectation.refused("25006", "42000", "42S02", "42S22");

  private DisguisedWrites() {}

  /** Every base statement in every disguise, then {@code stacked} random stacks of disguises. */
  static List<HostileStatement> generate(Random random, int stacked) {
    List<String> bases = new ArrayList<>();
    RefusedStatements.all().forEach(refusal -> bases.add(refusal.sql()));
    bases.addAll(MORE_WRITES);
    Batch batch = new Batch(FAMILY);
    // Blank bases are left out: behind "SELECT 1; " they would make a valid read.
    bases.removeIf(String::isBlank);
    for (String base : bases) {
      for (Disguise disguise : DISGUISES) {
        batch.add(disguise.apply().apply(base), disguise.embeds() ? EMBEDDED : REFUSED);
      }
    }
    for (int i = 0; i < stacked; i++) {
      String sql = bases.get(random.nextInt(bases.size()));
      int layers = 2 + random.nextInt(3);
      for (int l = 0; l < layers; l++) {
        sql = DISGUISES.get(random.nextInt(DISGUISES.size())).apply().apply(sql);
      }
      batch.add(randomCase(random, sql), EMBEDDED);
    }
    return batch.statements();
  }

  private static String fullwidth(String sql) {
    StringBuilder out = new StringBuilder();
    sql.chars()
        .forEach(c -> out.append(c >= 'A' && c <= 'Z' ? (char) (c - 'A' + '\uFF21') : (char) c));
    return out.toString();
  }

  private static String randomCase(Random random, String sql) {
    StringBuilder out = new StringBuilder(sql.length());
    for (char c : sql.toCharArray()) {
      out.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
    }
    return out.toString();
  }
}
