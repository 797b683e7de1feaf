package io.dynamosql.jdbc.meta;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The SQL functions of the dialect ({@code shared/design/sql.md}, "Functions" and "Clauses"), by
 * kind: what {@code getStringFunctions} and its siblings list and {@code getFunctions} returns.
 */
enum BuiltInFunction {
  LOWER(Kind.STRING, "LOWER(text): the text in lower case"),
  UPPER(Kind.STRING, "UPPER(text): the text in upper case"),
  LENGTH(Kind.STRING, "LENGTH(text): the number of characters"),
  SUBSTRING(Kind.STRING, "SUBSTRING(text FROM start [FOR length])"),
  TRIM(Kind.STRING, "TRIM([LEADING|TRAILING|BOTH] [chars FROM] text)"),
  CONCAT(Kind.STRING, "CONCAT(text, ...), also the || operator"),
  REPLACE(Kind.STRING, "REPLACE(text, search, replacement)"),
  POSITION(Kind.STRING, "POSITION(search IN text): 1-based, 0 when absent"),
  STARTS_WITH(Kind.STRING, "STARTS_WITH(text, prefix); on a sort key it becomes begins_with"),
  ABS(Kind.NUMERIC, "ABS(number)"),
  ROUND(Kind.NUMERIC, "ROUND(number [, digits])"),
  FLOOR(Kind.NUMERIC, "FLOOR(number)"),
  CEIL(Kind.NUMERIC, "CEIL(number)"),
  MOD(Kind.NUMERIC, "MOD(dividend, divisor)"),
  POWER(Kind.NUMERIC, "POWER(base, exponent)"),
  CURRENT_DATE(Kind.TIME_DATE, "CURRENT_DATE"),
  CURRENT_TIMESTAMP(Kind.TIME_DATE, "CURRENT_TIMESTAMP"),
  NOW(Kind.TIME_DATE, "NOW(): the current timestamp"),
  EXTRACT(Kind.TIME_DATE, "EXTRACT(field FROM value) on ISO-8601 strings and epoch numbers"),
  DATE_TRUNC(Kind.TIME_DATE, "DATE_TRUNC(unit, value)"),
  SIZE(Kind.SYSTEM, "SIZE(attribute): length of a string, binary, list, map or set"),
  CONTAINS(Kind.SYSTEM, "CONTAINS(set or list, value)"),
  ATTRIBUTE_TYPE(Kind.SYSTEM, "ATTRIBUTE_TYPE(attribute): the DynamoDB type letters (S, N, M...)"),
  COALESCE(Kind.SYSTEM, "COALESCE(value, ...): the first non-NULL value"),
  NULLIF(Kind.SYSTEM, "NULLIF(a, b): NULL when a = b, else a"),
  COUNT(Kind.AGGREGATE, "COUNT(*), COUNT(value), COUNT(DISTINCT value)"),
  SUM(Kind.AGGREGATE, "SUM(number)"),
  AVG(Kind.AGGREGATE, "AVG(number)"),
  MIN(Kind.AGGREGATE, "MIN(value)"),
  MAX(Kind.AGGREGATE, "MAX(value)"),
  ROW_NUMBER(Kind.WINDOW, "ROW_NUMBER() OVER (...)"),
  RANK(Kind.WINDOW, "RANK() OVER (...)"),
  DENSE_RANK(Kind.WINDOW, "DENSE_RANK() OVER (...)");

  /** The groups of JDBC's function lists, plus aggregates and window functions. */
  enum Kind {
    STRING,
    NUMERIC,
    TIME_DATE,
    SYSTEM,
    AGGREGATE,
    WINDOW
  }

  private final Kind kind;
  private final String remarks;

  BuiltInFunction(Kind kind, String remarks) {
    this.kind = kind;
    this.remarks = remarks;
  }

  Kind kind() {
    return kind;
  }

  /** Its signature and what it does, for {@code REMARKS}. */
  String remarks() {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '/') + " function: " + remarks;
  }

  /** The comma-separated names of one kind, as {@code getStringFunctions} and the others list. */
  static String names(Kind kind) {
    return Arrays.stream(values())
        .filter(f -> f.kind == kind)
        .map(Enum::name)
        .collect(Collectors.joining(","));
  }

  static List<BuiltInFunction> all() {
    return List.of(values());
  }
}
