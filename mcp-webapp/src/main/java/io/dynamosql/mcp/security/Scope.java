package io.dynamosql.mcp.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The OAuth scopes the MCP server understands. */
public enum Scope {
  /** Run SELECT queries ({@code run_sql}, {@code POST /v1/query}). */
  QUERY("query"),
  /** Read schemas ({@code list_tables}, {@code describe_table}, schema resources). */
  SCHEMAS_READ("schemas:read");

  private final String value;

  Scope(String value) {
    this.value = value;
  }

  /** The scope as it appears in tokens and challenges. */
  public String value() {
    return value;
  }

  public static Optional<Scope> fromValue(String value) {
    return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
  }

  /** The known scopes of a space-separated {@code scope} claim; unknown ones are ignored. */
  public static Set<Scope> parse(String claim) {
    Set<Scope> scopes = EnumSet.noneOf(Scope.class);
    if (claim != null) {
      for (String part : claim.trim().split("\\s+")) {
        fromValue(part).ifPresent(scopes::add);
      }
    }
    return scopes;
  }

  /** Every scope, space-separated, in the order challenges list them. */
  public static String all() {
    return Arrays.stream(values()).map(Scope::value).collect(Collectors.joining(" "));
  }
}
